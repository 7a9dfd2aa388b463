//! The silent device and network check that opens a flow that has one.

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::client_ip::ClientIp;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::providers::SessionSignals;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header::USER_AGENT;
use axum::http::HeaderMap;
use axum::Json;
use kyc_core::api::{RiskRequest, SessionView};

/// `POST /api/session/risk`: the session-risk check; a high-risk session is decided (denied)
/// before anything personal is asked. Runs once per session.
#[utoipa::path(post, path = "/session/risk", tag = "app", security(("session" = [])), request_body = kyc_core::api::RiskRequest, responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn risk_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonObject<RiskRequest>,
) -> Result<Json<SessionView>, AppError> {
    let JsonObject(request) = body;
    let fingerprint = request.fingerprint.trim();
    if fingerprint.is_empty() || fingerprint.len() > 128 {
        return Err(AppError::BadRequest("fingerprint must be 1 to 128 characters".into()));
    }
    let user_agent = headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let signals = SessionSignals {
        ip,
        user_agent,
        fingerprint: Some(fingerprint.to_owned()),
        webdriver: request.webdriver,
        email: None,
    };
    state.providers.risk(session, signals).await?;
    Ok(Json(session_view(&state, session).await?))
}
