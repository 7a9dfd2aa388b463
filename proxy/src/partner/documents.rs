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

async fn verified_identification(state: &AppState, public_id: String) -> Result<IdentificationRecord, AppError> {
    let session = state.env.store.session_by_public_id(public_id).await?.ok_or(AppError::NotFound)?;
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
pub async fn documents_index(
    _: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Json<Vec<Document>>, AppError> {
    let rec = verified_identification(&state, public_id).await?;
    Ok(Json(documents(&state, &rec).await?))
}

/// `GET /partner/v1/sessions/{id}/documents/{document_id}`: one document's bytes, as an attachment.
pub async fn document_show(
    _: Partner,
    State(state): State<AppState>,
    Path((public_id, document_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let rec = verified_identification(&state, public_id).await?;
    // Only documents of this session's identification: ids of other sessions are refused.
    let doc = documents(&state, &rec).await?.into_iter().find(|d| d.id == document_id).ok_or(AppError::NotFound)?;
    let (content_type, bytes) = state.providers.document_file(&rec, &doc.id).await?;
    let safe_name: String =
        doc.name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{safe_name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    let content_type =
        HeaderValue::from_str(&content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    Ok(([(CONTENT_TYPE, content_type), (CONTENT_DISPOSITION, disposition)], bytes).into_response())
}
