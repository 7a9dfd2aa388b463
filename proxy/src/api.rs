//! The JSON API for the SPA, under `/api`. Handlers are named `resource_verb`.

mod address;
mod consents;
pub(crate) mod draft;
mod identification;
mod person;
mod phone_check;
mod risk;
pub(crate) mod sessions;
mod status;

use crate::state::AppState;
use axum::routing::{get, post, put};
use axum::Router;

/// The `/api` routes (mounted by [`crate::app`]).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/health", get(sessions::health_show))
        .route("/sessions", post(sessions::session_create))
        .route("/sessions/launch", post(sessions::session_launch))
        .route("/address/suggestions", post(address::address_suggestions_create))
        .route("/session", get(sessions::session_show))
        .route("/session/person", put(person::person_update))
        .route("/session/draft", put(draft::draft_update))
        .route("/session/consents/{kind}", put(consents::consent_update).delete(consents::consent_delete))
        .route("/session/identification", post(identification::identification_create))
        .route("/session/identification/documents", get(identification::identification_documents_index))
        .route("/session/status", get(status::status_show))
        .route("/session/risk", post(risk::risk_create))
        .route("/session/phone-check", post(phone_check::phone_check_create).get(phone_check::phone_check_show))
        .fallback(|| async { crate::error::AppError::NotFound })
}
