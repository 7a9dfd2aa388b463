//! The partner API for product teams' backends, under `/partner/v1` and authenticated by API
//! key: sessions, their results, and the provider's KYC report and documents. Nothing here is
//! reachable with a browser's session token.

mod audit;
mod auth;
mod documents;
mod erasure;
mod evidence;
mod launch;
mod receipts;
mod review;
mod sessions;
mod webhooks;

pub use auth::{key_hashes, Partner};

use crate::state::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The `/partner/v1` routes (mounted by [`crate::app`]), each with its OpenAPI description.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(audit::audit_index))
        .routes(routes!(webhooks::webhooks_index, webhooks::webhook_create))
        .routes(routes!(webhooks::webhook_delete))
        .routes(routes!(webhooks::webhook_secret_rotate))
        .routes(routes!(webhooks::deliveries_index))
        .routes(routes!(webhooks::delivery_redeliver))
        .routes(routes!(sessions::sessions_index, launch::session_create))
        .routes(routes!(sessions::session_show, erasure::session_delete))
        .routes(routes!(launch::link_renew))
        .routes(routes!(review::review_create))
        .routes(routes!(documents::documents_index))
        .routes(routes!(documents::document_show))
        .routes(routes!(evidence::evidence_show))
        .routes(routes!(receipts::receipt_keys))
        .fallback(|| async { crate::error::AppError::NotFound })
}
