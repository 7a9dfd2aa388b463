//! The video call step's routes: the accepted documents and the start of the identification.

use super::flow::{self, Solaris};
use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::flow::Ctx;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use kyc_core::api::{IdentificationRequest, IdentificationView, SupportedDocument};

/// `GET /api/session/identification/documents`: the documents accepted for the call.
#[utoipa::path(get, path = "/session/identification/documents", tag = "app", security(("session" = [])), params(LanguageQuery), responses((status = 200, body = Vec<kyc_core::api::SupportedDocument>), crate::openapi::Problems))]
pub async fn identification_documents_index(
    State(ctx): State<Ctx<Solaris>>,
    CurrentSession(session): CurrentSession,
    query: Result<Query<LanguageQuery>, QueryRejection>,
) -> Result<Json<Vec<SupportedDocument>>, AppError> {
    let Query(query) = query.map_err(|e| AppError::BadRequest(e.body_text()))?;
    // The first look prepares the person and an identification at Solaris: once.
    let _one_at_a_time = ctx.env.handovers.lock(session).await?;
    Ok(Json(flow::supported_documents(&ctx, session, query.language.as_deref()).await?))
}

/// The language the user sees the app in, for the call Solaris prepares.
#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    /// `en`, `de`, `fr` or `nl`: the call is held in German for `de`, in English otherwise.
    language: Option<String>,
}

/// `POST /api/session/identification`: idempotent; the first call starts the identification,
/// later calls return it (the same URL serves a retry after an abort). After the URL expired,
/// a new identification is started.
#[utoipa::path(post, path = "/session/identification", tag = "app", security(("session" = [])), request_body(content = Option<kyc_core::api::IdentificationRequest>, content_type = "application/json", description = "Optional: the document chosen"), responses((status = 200, body = kyc_core::api::IdentificationView), crate::openapi::Problems))]
pub async fn identification_create(
    State(ctx): State<Ctx<Solaris>>,
    CurrentSession(session): CurrentSession,
    body: Bytes,
) -> Result<Json<IdentificationView>, AppError> {
    // The body is optional: an empty one means no document was chosen.
    let request: IdentificationRequest = if body.is_empty() {
        IdentificationRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| AppError::BadRequest(format!("invalid body: {e}")))?
    };
    let _one_at_a_time = ctx.env.handovers.lock(session).await?;
    Ok(Json(flow::view(&flow::start(&ctx, session, &request).await?)))
}
