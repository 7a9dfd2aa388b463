//! The phone check of a flow that has one: the personal data matched against carrier records,
//! then the SMS link that must be opened on the phone.

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use kyc_core::api::{masked_phone, PhoneCheckView, SessionView};

/// `POST /api/session/phone-check`: validates the saved data with the provider; on a match the
/// SMS link goes out, otherwise the session's furthest step becomes the document step-up.
#[utoipa::path(post, path = "/session/phone-check", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn phone_check_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<SessionView>, AppError> {
    state.providers.phone_check_start(session).await?;
    Ok(Json(session_view(&state, session).await?))
}

/// `GET /api/session/phone-check`: whether the link was opened (or the check is over otherwise).
#[utoipa::path(get, path = "/session/phone-check", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::api::PhoneCheckView), crate::openapi::Problems))]
pub async fn phone_check_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<PhoneCheckView>, AppError> {
    let done = state.providers.phone_check_poll(session).await?;
    let phone = state.env.store.person_load(session).await?.map(|p| masked_phone(&p.mobile_number)).unwrap_or_default();
    Ok(Json(PhoneCheckView { done, phone }))
}
