//! The proof a provider gave of a session's identification, kept by the proxy because the
//! provider deleted its own copy (Signicat: the dossier as Assure showed it just before its
//! deletion). It stays for the retention's personal-data period after the decision, or until the
//! team erases the session.

use super::Partner;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use serde_json::Value;

/// Answer of `GET /partner/v1/sessions/{id}/evidence`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct EvidenceView {
    /// The provider that gave it: `signicat`.
    provider: String,
    /// What it is: `assure_dossier` (Assure's Get dossier, with the user data, every process
    /// with its final result and provider findings).
    source: String,
    /// When the proxy read it from the provider (RFC 3339, UTC).
    retrieved_at: String,
    /// SHA-256 (hex) of the provider's answer, byte for byte as it was received.
    sha256: String,
    /// The provider's answer itself (JSON).
    #[schema(value_type = Object)]
    content: Value,
}

/// `GET /partner/v1/sessions/{id}/evidence`: the provider's proof, `404` when there is none (the
/// flow keeps none, the session is not decided yet, or the retention or the team deleted it).
#[utoipa::path(get, path = "/sessions/{public_id}/evidence", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), responses((status = 200, body = EvidenceView), crate::openapi::Problems))]
pub async fn evidence_show(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Json<EvidenceView>, AppError> {
    let session = partner.session(&state, &public_id).await?;
    let evidence = state.env.store.evidence_load(session).await?.ok_or(AppError::NotFound)?;
    // Checked when it was kept; a stored proof that is not JSON any more is our fault.
    let content = serde_json::from_slice(&evidence.bytes).map_err(|_| AppError::Internal)?;
    partner.audit(&state, "evidence.read", Some(&public_id), None).await?;
    Ok(Json(EvidenceView {
        provider: evidence.provider,
        source: evidence.source,
        retrieved_at: evidence.retrieved_at,
        sha256: evidence.sha256,
        content,
    }))
}
