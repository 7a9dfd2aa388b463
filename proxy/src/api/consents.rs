//! Consents: each stored with the user's UTC time and the proxy's own receipt time.

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use kyc_core::api::{ConsentRequest, SessionView};
use kyc_core::{ConsentKind, UtcTimestamp};

/// A browser clock may run a little fast; more than this ahead of ours is not a real time.
const MAX_CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;

fn kind(raw: &str) -> Result<ConsentKind, AppError> {
    ConsentKind::from_key(raw).ok_or(AppError::NotFound)
}

/// `PUT /api/session/consents/{kind}`: records that the user gave this consent at `given_at`.
#[utoipa::path(put, path = "/session/consents/{kind}", tag = "app", security(("session" = [])), params(("kind" = kyc_core::ConsentKind, Path, description = "Which consent")), request_body = kyc_core::api::ConsentRequest, responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn consent_update(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    Path(raw_kind): Path<String>,
    body: JsonObject<ConsentRequest>,
) -> Result<Json<SessionView>, AppError> {
    let kind = kind(&raw_kind)?;
    let JsonObject(request) = body;
    let received = clock::now();
    let given = UtcTimestamp::parse(&request.given_at)
        .ok()
        .filter(|t| t.unix_millis() <= received.unix_millis() + MAX_CLOCK_SKEW_MS)
        .ok_or_else(|| AppError::BadRequest("given_at must be a past UTC time like 2019-01-01T00:00:00Z".into()))?;
    if state.env.store.person_load(session).await?.is_none() {
        return Err(AppError::Conflict("Personal data must be saved before consents are given.".into()));
    }
    state.env.store.consent_save(session, kind, given.to_string(), received.to_string()).await?;
    Ok(Json(session_view(&state, session).await?))
}

/// `DELETE /api/session/consents/{kind}`: withdraws a consent, until the identification started.
#[utoipa::path(delete, path = "/session/consents/{kind}", tag = "app", security(("session" = [])), params(("kind" = kyc_core::ConsentKind, Path, description = "Which consent")), responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn consent_delete(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    Path(raw_kind): Path<String>,
) -> Result<Json<SessionView>, AppError> {
    let kind = kind(&raw_kind)?;
    if state.env.store.identification_started_or_drop_prepared(session).await? {
        return Err(AppError::Conflict("The identification has started with these consents.".into()));
    }
    state.env.store.consent_delete(session, kind).await?;
    Ok(Json(session_view(&state, session).await?))
}
