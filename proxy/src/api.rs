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
use kyc_core::capture::UPLOAD_MAX_BYTES;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The `/api` routes (mounted by [`crate::app`]), each with its OpenAPI description.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health::health_show))
        .routes(routes!(health::ready_show))
        .routes(routes!(sessions::session_create))
        .routes(routes!(sessions::session_launch))
        .routes(routes!(address::address_suggestions_create))
        .routes(routes!(sessions::session_show))
        .routes(routes!(person::person_update))
        .routes(routes!(draft::draft_update))
        .routes(routes!(consents::consent_update, consents::consent_delete))
        .routes(routes!(status::status_show))
        .routes(routes!(captures::captures_index))
        .routes(routes!(captures::capture_document_update))
        // Pictures are far larger than the JSON bodies the rest of the API takes.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(captures::capture_update))
                .layer(DefaultBodyLimit::max(UPLOAD_MAX_BYTES))
                .layer(axum::middleware::from_fn(captures::upload_admit)),
        )
        .routes(routes!(handoffs::handoff_create))
        .routes(routes!(handoffs::handoff_sms_create))
        .routes(routes!(handoffs::handoff_exchange))
        .routes(routes!(risk::risk_create))
        .routes(routes!(phone_check::phone_check_create, phone_check::phone_check_show))
        .fallback(|| async { crate::error::AppError::NotFound })
}
