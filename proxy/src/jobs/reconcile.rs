//! The reconciliation: every identification that is started, not settled, and has had no news
//! from its provider for a while (and every account waiting for its provider's decision) is
//! re-read from the provider, so that a webhook that never
//! came still ends in the decision. While the provider has nothing new the interval doubles (up
//! to the settings' maximum); any news brings it back to the start.

use super::{stopped, JobSettings};
use crate::clock;
use crate::flow::{settled, Pace};
use crate::providers::Providers;
use crate::store::DueCheck;
use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Identifications leased at once.
const BATCH: u32 = 64;
/// Re-reads at the same time (each is one or two provider calls).
const PARALLEL: usize = 8;

/// Re-reads quiet identifications until `stop`, once at once and then every
/// [`JobSettings::reconcile_every`].
pub async fn run(providers: Arc<Providers>, settings: JobSettings, mut stop: watch::Receiver<bool>) {
    while !*stop.borrow() {
        let checked = match round(&providers, &settings).await {
            Ok(checked) => checked,
            Err(err) => {
                tracing::error!(error = %err, "reconciliation failed");
                0
            }
        };
        if checked < BATCH as usize {
            tokio::select! {
                _ = tokio::time::sleep(settings.reconcile_every()) => {}
                _ = stopped(&mut stop) => {}
            }
        }
    }
}

/// One lease of due identifications, re-read; how many there were.
pub async fn round(providers: &Arc<Providers>, settings: &JobSettings) -> Result<usize, crate::store::StoreError> {
    let store = &providers.env.store;
    let pace = settings.pace();
    let due = store.identifications_due(clock::now().unix_millis(), pace.interval_ms, pace.lease_ms, BATCH).await?;
    let count = due.len();
    let mut work = JoinSet::new();
    for check in due {
        if work.len() >= PARALLEL {
            work.join_next().await;
        }
        let providers = providers.clone();
        work.spawn(async move { check_one(&providers, pace, check).await });
    }
    while work.join_next().await.is_some() {}
    Ok(count + providers.accounts_reconcile(pace, BATCH).await?)
}

/// Re-reads one identification and sets when it is due next.
async fn check_one(providers: &Providers, pace: Pace, check: DueCheck) {
    let store = &providers.env.store;
    let session = check.session;
    let changed = match store.identification_load(session).await {
        Ok(Some(mut rec)) if !settled(rec.status) => {
            let before = rec.status;
            let reread = providers.refresh(session, &mut rec).await;
            let provider = rec.provider.key();
            match reread {
                Ok(()) if rec.status != before => {
                    crate::metrics::reconcile_reread(provider, "changed");
                    true
                }
                Ok(()) => {
                    crate::metrics::reconcile_reread(provider, "unchanged");
                    false
                }
                Err(err) => {
                    crate::metrics::reconcile_reread(provider, "error");
                    tracing::warn!(%provider, error = %err, "reconciliation could not re-read");
                    false
                }
            }
        }
        // Settled or gone meanwhile: nothing more to wait for.
        Ok(_) => true,
        Err(err) => {
            tracing::error!(error = %err, "reconciliation could not load an identification");
            false
        }
    };
    let (backoff, not_before) = pace.after(check.interval_ms, changed, clock::now().unix_millis());
    if let Err(err) = store.identification_check_done(session, backoff, not_before).await {
        tracing::error!(error = %err, "reconciliation could not record its check");
    }
}
