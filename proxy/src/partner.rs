//! The partner API for product teams' backends, under `/partner/v1` and authenticated by API
//! key: sessions, their results, and the provider's KYC report and documents. Nothing here is
//! reachable with a browser's session token.

mod audit;
mod auth;
mod documents;
mod launch;
mod review;
mod sessions;
mod webhooks;

pub use auth::{key_hashes, Partner};

use crate::state::AppState;
use axum::routing::get;
use axum::Router;

/// The `/partner/v1` routes (mounted by [`crate::app`]).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/audit", get(audit::audit_index))
        .route("/webhooks", get(webhooks::webhooks_index).post(webhooks::webhook_create))
        .route("/webhooks/{id}", axum::routing::delete(webhooks::webhook_delete))
        .route("/webhooks/{id}/secret", axum::routing::post(webhooks::webhook_secret_rotate))
        .route("/webhooks/{id}/deliveries", get(webhooks::deliveries_index))
        .route("/webhooks/{id}/deliveries/{event_id}/redeliver", axum::routing::post(webhooks::delivery_redeliver))
        .route("/sessions", get(sessions::sessions_index).post(launch::session_create))
        .route("/sessions/{public_id}", get(sessions::session_show))
        .route("/sessions/{public_id}/links", axum::routing::post(launch::link_renew))
        .route("/sessions/{public_id}/review", axum::routing::post(review::review_create))
        .route("/sessions/{public_id}/documents", get(documents::documents_index))
        .route("/sessions/{public_id}/documents/{document_id}", get(documents::document_show))
        .fallback(|| async { crate::error::AppError::NotFound })
}
