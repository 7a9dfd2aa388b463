//! Consents: each stored with the text shown (version, language, SHA-256), the user's UTC time
//! and the proxy's own receipt time; withdrawals the same way. The product team reads them as
//! signed receipts ([`crate::receipts`]).

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use crate::store::ShownText;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use kyc_core::api::{ConsentRequest, SessionView};
use kyc_core::{ConsentKind, ConsentText, UtcTimestamp};
use serde::Deserialize;

/// A browser clock may run a little fast; more than this ahead of ours is not a real time.
const MAX_CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;

fn kind(raw: &str) -> Result<ConsentKind, AppError> {
    ConsentKind::from_key(raw).ok_or(AppError::NotFound)
}

/// The browser's time, if it is a UTC time not in the future of ours.
fn browser_time(raw: &str, received: &UtcTimestamp, field: &str) -> Result<UtcTimestamp, AppError> {
    UtcTimestamp::parse(raw)
        .ok()
        .filter(|t| t.unix_millis() <= received.unix_millis() + MAX_CLOCK_SKEW_MS)
        .ok_or_else(|| AppError::BadRequest(format!("{field} must be a past UTC time like 2019-01-01T00:00:00Z")))
}

/// `PUT /api/session/consents/{kind}`: records that the user gave this consent at `given_at`,
/// beside the text of `text_version` in `language`.
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
    let given = browser_time(&request.given_at, &received, "given_at")?;
    // Only a text the repository holds can be named in a receipt; an old version stays valid
    // (a page loaded before a new version was deployed showed it).
    let text = ConsentText::find(kind, request.text_version, request.language).ok_or_else(|| {
        AppError::BadRequest(format!(
            "text_version {} in {} is not a text of this consent",
            request.text_version,
            request.language.code()
        ))
    })?;
    if state.env.store.person_load(session).await?.is_none() {
        return Err(AppError::Conflict("Personal data must be saved before consents are given.".into()));
    }
    let shown =
        ShownText { version: text.version, language: text.language, sha256: crate::receipts::text_sha256(text.text) };
    state.env.store.consent_give(session, kind, shown, given.to_string(), received.to_string()).await?;
    Ok(Json(session_view(&state, session).await?))
}

/// Query of `DELETE /api/session/consents/{kind}`.
#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default, deny_unknown_fields)]
pub struct Withdrawal {
    /// When the box was unticked, ISO 8601 UTC (the browser's clock).
    withdrawn_at: Option<String>,
}

/// `DELETE /api/session/consents/{kind}`: withdraws a consent, until the identification started.
#[utoipa::path(delete, path = "/session/consents/{kind}", tag = "app", security(("session" = [])), params(("kind" = kyc_core::ConsentKind, Path, description = "Which consent"), Withdrawal), responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn consent_delete(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    Path(raw_kind): Path<String>,
    query: Result<Query<Withdrawal>, QueryRejection>,
) -> Result<Json<SessionView>, AppError> {
    let kind = kind(&raw_kind)?;
    let Query(query) = query.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let received = clock::now();
    let withdrawn = query.withdrawn_at.map(|at| browser_time(&at, &received, "withdrawn_at")).transpose()?;
    if state.env.store.identification_started_or_drop_prepared(session).await? {
        return Err(AppError::Conflict("The identification has started with these consents.".into()));
    }
    state.env.store.consent_withdraw(session, kind, withdrawn.map(|t| t.to_string()), received.to_string()).await?;
    Ok(Json(session_view(&state, session).await?))
}
