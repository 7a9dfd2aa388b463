//! Dossiers whose user stopped before the pictures (at the bank, or at the camera) are deleted
//! at Assure once the session has been quiet for `SIGNICAT_ABANDONED_DOSSIER_HOURS`, long before
//! the proxy's own retention deletes the session. Run by the retention job, a row of the store:
//! whichever instance holds it does the work, and a crash only delays it to the next run.
//!
//! Each dossier is first marked [`Progress::Abandoned`] (only if the session is still quiet and
//! its progress unchanged, so a user who came back in the meantime keeps theirs), then deleted
//! at Assure, then its progress dropped. A run that stops in between finds the mark again; a
//! user who returns to a marked session starts a new dossier (the old one is deleted first).

use super::flow::{Progress, PROVIDER};
use super::{DossierId, Signicat};
use crate::error::AppError;
use crate::flow::Ctx;

/// Sessions looked at per run; the rest wait for the next one.
const BATCH: u32 = 64;

/// Deletes at Assure the dossiers left unfinished for longer than the setting, as of `now_ms`;
/// how many went. A failed deletion is logged and tried again at the next run.
pub async fn abandoned_dossiers_delete(ctx: &Ctx<Signicat>, now_ms: i64) -> Result<usize, AppError> {
    let Ok(signicat) = ctx.provider() else { return Ok(0) };
    let store = &ctx.env.store;
    let cutoff = now_ms - i64::try_from(signicat.abandoned_after.as_millis()).unwrap_or(i64::MAX);
    let mut deleted = 0;
    for (session, stored) in store.progress_stale(PROVIDER, cutoff, BATCH).await? {
        let dossier_id = match serde_json::from_str::<Progress>(&stored) {
            Ok(
                Progress::Dossier { dossier_id }
                | Progress::BankLogin { dossier_id, .. }
                | Progress::BankConfirmed { dossier_id, .. }
                | Progress::Abandoned { dossier_id },
            ) => dossier_id,
            // Verifying and decided sessions have a started identification: never listed.
            Ok(_) => continue,
            Err(err) => {
                tracing::error!(session = session.id, error = %err, "stored signicat progress does not parse");
                continue;
            }
        };
        let marked = serde_json::to_string(&Progress::Abandoned { dossier_id: dossier_id.clone() })
            .map_err(|_| AppError::Internal)?;
        if stored != marked && !store.progress_swap(session, stored, Some(marked.clone()), cutoff).await? {
            continue;
        }
        if let Err(err) = signicat.client.dossier_delete(&DossierId::parse(&dossier_id)?).await {
            tracing::warn!(session = session.id, error = %err, "abandoned signicat dossier not deleted yet");
            continue;
        }
        if store.progress_swap(session, marked, None, cutoff).await? {
            tracing::info!(session = session.id, "abandoned signicat dossier deleted");
            deleted += 1;
        }
    }
    Ok(deleted)
}
