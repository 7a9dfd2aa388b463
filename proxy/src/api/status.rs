//! The identification status, read through to its provider while it can still change.

use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use kyc_core::api::StatusView;
use kyc_core::IdentificationStatus;

/// `GET /api/session/status`: the current status and what the user may be told about it.
#[utoipa::path(get, path = "/session/status", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::api::StatusView), crate::openapi::Problems))]
pub async fn status_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<StatusView>, AppError> {
    let mut rec = state
        .env
        .store
        .identification_load(session)
        .await?
        .filter(crate::store::IdentificationRecord::started)
        .ok_or(AppError::NotFound)?;
    // The last known status stays true when the provider cannot be asked; the SPA polls again.
    // Polls faster than the session's quota answer from the store, which the provider's
    // webhooks and the reconciliation keep fresh: no poll loop can drive provider calls.
    if !crate::flow::settled(rec.status) && state.limits.provider_poll(session.id) {
        if let Err(err) = state.providers.refresh(session, &mut rec).await {
            tracing::warn!(error = %err, "status refresh failed; answering the stored status");
        }
    }
    let field_checks = state.providers.field_checks(session, &rec).await?;
    let mut view = status_view(rec.status, rec.failure_reason, rec.estimated_waiting_time);
    view.field_checks = field_checks;
    // The verified data first: until the provider returns it (all the polls while waiting),
    // its column is empty and the poll opens no sealed personal data.
    if let Some(verified) = state.env.store.person_verified_load(session).await? {
        if let Some(entered) = state.env.store.person_load(session).await? {
            view.corrections = kyc_core::api::corrections(&entered, &verified);
        }
    }
    Ok(Json(view))
}

/// What may be disclosed: a reason only for aborted and canceled (never for failed, as the video
/// call's provider requires), the waiting time only while the call is still to come.
pub fn status_view(status: IdentificationStatus, reason: Option<String>, wait: Option<u32>) -> StatusView {
    let reason =
        matches!(status, IdentificationStatus::Aborted | IdentificationStatus::Canceled).then_some(reason).flatten();
    let estimated_waiting_time =
        matches!(status, IdentificationStatus::Created | IdentificationStatus::Pending).then_some(wait).flatten();
    StatusView {
        status,
        is_final: status.is_final(),
        reason,
        estimated_waiting_time,
        corrections: Vec::new(),
        field_checks: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_identification_never_discloses_its_reason() {
        let v = status_view(IdentificationStatus::Failed, Some("FRAUD".into()), None);
        assert_eq!(v.reason, None);
        assert!(v.is_final);
        let v = status_view(IdentificationStatus::Aborted, Some("TECH_VIDEO".into()), Some(60));
        assert_eq!(v.reason.as_deref(), Some("TECH_VIDEO"));
        assert_eq!(v.estimated_waiting_time, None);
    }
}
