//! The JSON API for the SPA, under `/api`, that every flow shares. Handlers are named
//! `resource_verb`. The steps only one provider has (the video call, the bank login, the account
//! steps) are that provider's own routes ([`crate::providers::Providers::api_routes`]).

mod address;
pub(crate) mod captures;
mod consents;
pub(crate) mod draft;
pub(crate) mod handoffs;
mod health;
mod person;
mod phone_check;
mod risk;
pub(crate) mod sessions;
mod status;

use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use axum::Router;
use kyc_core::capture::UPLOAD_MAX_BYTES;

/// The `/api` routes (mounted by [`crate::app`]).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health_show))
        .route("/ready", get(health::ready_show))
        .route("/sessions", post(sessions::session_create))
        .route("/sessions/launch", post(sessions::session_launch))
        .route("/address/suggestions", post(address::address_suggestions_create))
        .route("/session", get(sessions::session_show))
        .route("/session/person", put(person::person_update))
        .route("/session/draft", put(draft::draft_update))
        .route("/session/consents/{kind}", put(consents::consent_update).delete(consents::consent_delete))
        .route("/session/status", get(status::status_show))
        .route("/captures", get(captures::captures_index))
        .route("/captures/document", put(captures::capture_document_update))
        // Pictures are far larger than the JSON bodies the rest of the API takes.
        .route(
            "/captures/{slot}",
            put(captures::capture_update)
                .layer(DefaultBodyLimit::max(UPLOAD_MAX_BYTES))
                .layer(axum::middleware::from_fn(captures::upload_admit)),
        )
        .route("/handoffs", post(handoffs::handoff_create))
        .route("/handoffs/sms", post(handoffs::handoff_sms_create))
        .route("/handoffs/exchange", post(handoffs::handoff_exchange))
        .route("/session/risk", post(risk::risk_create))
        .route("/session/phone-check", post(phone_check::phone_check_create).get(phone_check::phone_check_show))
        .fallback(|| async { crate::error::AppError::NotFound })
}
