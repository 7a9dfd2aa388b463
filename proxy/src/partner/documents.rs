//! The KYC report and documents of a successful identification, fetched from the provider on
//! demand and streamed through; the proxy keeps no copy.

use super::Partner;
use crate::error::AppError;
use crate::providers::Document;
use crate::state::AppState;
use crate::store::IdentificationRecord;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kyc_core::IdentificationStatus;

async fn verified_identification(
    partner: &Partner,
    state: &AppState,
    public_id: &str,
) -> Result<IdentificationRecord, AppError> {
    let session = partner.session(state, public_id).await?;
    let rec = state.env.store.identification_load(session).await?.ok_or(AppError::NotFound)?;
    match rec.status {
        IdentificationStatus::Successful | IdentificationStatus::PendingSuccessful => Ok(rec),
        _ => Err(AppError::Conflict("Documents exist only after a successful identification.".into())),
    }
}

async fn documents(state: &AppState, rec: &IdentificationRecord) -> Result<Vec<Document>, AppError> {
    state.providers.documents(rec).await
}

/// `GET /partner/v1/sessions/{id}/documents`: the KYC report and the other documents.
#[utoipa::path(get, path = "/sessions/{public_id}/documents", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), responses((status = 200, body = Vec<crate::providers::Document>), crate::openapi::Problems))]
pub async fn documents_index(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Json<Vec<Document>>, AppError> {
    let rec = verified_identification(&partner, &state, &public_id).await?;
    let list = documents(&state, &rec).await?;
    partner.audit(&state, "documents.list", Some(&public_id), None).await?;
    Ok(Json(list))
}

/// `GET /partner/v1/sessions/{id}/documents/{document_id}`: one document's bytes, as an attachment.
#[utoipa::path(get, path = "/sessions/{public_id}/documents/{document_id}", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id"), ("document_id" = String, Path, description = "As the list names it")), responses((status = 200, description = "The document's bytes, with its content type", content_type = "application/octet-stream", body = Vec<u8>), crate::openapi::Problems))]
pub async fn document_show(
    partner: Partner,
    State(state): State<AppState>,
    Path((public_id, document_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let rec = verified_identification(&partner, &state, &public_id).await?;
    // Only documents of this session's identification: ids of other sessions are refused.
    let doc = documents(&state, &rec).await?.into_iter().find(|d| d.id == document_id).ok_or(AppError::NotFound)?;
    let (content_type, bytes) = state.providers.document_file(&rec, &doc.id).await?;
    partner.audit(&state, "document.read", Some(&public_id), Some(doc.id.clone())).await?;
    let safe_name: String =
        doc.name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{safe_name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    let content_type =
        HeaderValue::from_str(&content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    Ok(([(CONTENT_TYPE, content_type), (CONTENT_DISPOSITION, disposition)], bytes).into_response())
}
