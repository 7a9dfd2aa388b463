//! Keeping the stored identification status in step with the provider, whether a poll from the
//! SPA or a webhook asks for it. Updates never move a status backwards.

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{IdentificationRecord, SessionRecord};
use kyc_core::IdentificationStatus;

/// Statuses nothing can change any more: no need to ask the provider.
pub fn settled(status: IdentificationStatus) -> bool {
    use IdentificationStatus::*;
    matches!(status, Successful | Failed | Expired | Referred)
}

/// After a provider's event, in the background (the event is answered at once): re-reads the
/// session's identification from its provider unless it is settled. A failure is only logged;
/// the next poll of the status step catches up.
pub fn refresh_later(state: AppState, session: SessionRecord) {
    tokio::spawn(async move {
        let Ok(Some(mut rec)) = state.store.identification_load(session).await else { return };
        if !settled(rec.status) {
            if let Err(err) = refresh(&state, session, &mut rec).await {
                tracing::warn!(provider = %rec.provider, error = %err, "event follow-up failed; the next poll will catch up");
            }
        }
    });
}

/// Asks the identification's provider for the current status and stores it; `rec` then holds
/// what is stored.
pub async fn refresh(state: &AppState, session: SessionRecord, rec: &mut IdentificationRecord) -> Result<(), AppError> {
    match rec.provider.as_str() {
        crate::flows::onfido::PROVIDER => crate::flows::onfido::refresh(state, session, rec).await,
        crate::flows::signicat::PROVIDER => crate::flows::signicat::refresh(state, session, rec).await,
        // ID Dataweb decides within the browser's calls: its records are settled when stored.
        crate::flows::iddataweb::PROVIDER => Ok(()),
        _ => solaris_refresh(state, session, rec).await,
    }
}

async fn solaris_refresh(
    state: &AppState,
    session: SessionRecord,
    rec: &mut IdentificationRecord,
) -> Result<(), AppError> {
    let latest = state.solaris.identification_show(&rec.provider_person_id, &rec.provider_identification_id).await?;
    let stored = state
        .store
        .identification_update(
            session,
            latest.status,
            latest.failure_reason.clone(),
            latest.estimated_waiting_time,
            clock::now().to_string(),
        )
        .await?;
    let changed = stored == Some(latest.status) && rec.status != latest.status;
    if stored == Some(latest.status) {
        rec.status = latest.status;
        rec.failure_reason = latest.failure_reason;
        rec.estimated_waiting_time = latest.estimated_waiting_time;
    }
    // Agents may correct data during the call or in review: read the person whenever a
    // positive result arrives, so the user and the product team see what was verified.
    if changed && matches!(rec.status, IdentificationStatus::PendingSuccessful | IdentificationStatus::Successful) {
        let verified = state.solaris.person_show(&rec.provider_person_id).await?;
        state.store.person_verified_save(session, &verified).await?;
    }
    Ok(())
}
