//! `DELETE /partner/v1/sessions/{id}`: the product team erases a session's personal data now,
//! without waiting for the retention (a customer's request, a closed application).

use super::Partner;
use crate::clock;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;

/// `DELETE /partner/v1/sessions/{id}`: erases the session's personal data (what the user typed,
/// drafts, pictures, prefilled values, links, a provider's proof kept as evidence) at the provider first where its API offers a
/// deletion, then here; the team's webhooks hear `session.data_deleted`. The user's links and
/// token stop working. The decision stays: status, reasons, times and provider references, as
/// `GET /partner/v1/sessions/{id}` shows them. Erasing again changes nothing.
#[utoipa::path(delete, path = "/sessions/{public_id}", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), responses((status = 204, description = "Erased"), crate::openapi::Problems))]
pub async fn session_delete(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<StatusCode, AppError> {
    let session = partner.session(&state, &public_id).await?;
    // Before the erasure: one that fails half-way was still asked for.
    partner.audit(&state, "session.delete", Some(&public_id), None).await?;
    state.env.store.session_end(session, clock::now().unix_millis()).await?;
    state.providers.personal_data_erase(session).await?;
    // The provider's proof too: the team asked for everything personal to go.
    state.env.store.evidence_erase(session).await?;
    tracing::info!(session = session.id, "personal data erased at the product team's request");
    Ok(StatusCode::NO_CONTENT)
}
