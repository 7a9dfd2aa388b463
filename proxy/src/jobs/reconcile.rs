//! The reconciliation: every identification that is started, not settled, and has had no news
//! from its provider for a while (and every account waiting for its provider's decision) is
//! re-read from the provider, so that a webhook that never
//! came still ends in the decision. While the provider has nothing new the interval doubles (up
//! to the settings' maximum); any news brings it back to the start.

use super::{stopped, JobSettings};
use crate::clock;
use crate::flow::settled;
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
    let now = clock::now().unix_millis();
    let due = store
        .identifications_due(now, settings.reconcile_after.as_millis() as i64, settings.lease.as_millis() as i64, BATCH)
        .await?;
    let count = due.len();
    let mut work = JoinSet::new();
    for check in due {
        if work.len() >= PARALLEL {
            work.join_next().await;
        }
        let (providers, settings) = (providers.clone(), settings.clone());
        work.spawn(async move { check_one(&providers, &settings, check).await });
    }
    while work.join_next().await.is_some() {}
    let pace = crate::providers::xpollens::Pace {
        interval_ms: settings.reconcile_after.as_millis() as i64,
        max_ms: settings.reconcile_max.as_millis() as i64,
        lease_ms: settings.lease.as_millis() as i64,
    };
    Ok(count + providers.accounts_reconcile(pace, BATCH).await?)
}

/// Re-reads one identification and sets when it is due next.
async fn check_one(providers: &Providers, settings: &JobSettings, check: DueCheck) {
    let store = &providers.env.store;
    let session = check.session;
    let next = match store.identification_load(session).await {
        Ok(Some(mut rec)) if !settled(rec.status) => {
            let before = rec.status;
            let reread = providers.refresh(session, &mut rec).await;
            let provider = rec.provider.key();
            match reread {
                Ok(()) if rec.status != before => {
                    crate::metrics::reconcile_reread(provider, "changed");
                    None
                }
                Ok(()) => {
                    crate::metrics::reconcile_reread(provider, "unchanged");
                    Some(doubled(check.interval_ms, settings))
                }
                Err(err) => {
                    crate::metrics::reconcile_reread(provider, "error");
                    tracing::warn!(%provider, error = %err, "reconciliation could not re-read");
                    Some(doubled(check.interval_ms, settings))
                }
            }
        }
        Ok(_) => None,
        Err(err) => {
            tracing::error!(error = %err, "reconciliation could not load an identification");
            Some(doubled(check.interval_ms, settings))
        }
    };
    let wait = next.unwrap_or(settings.reconcile_after.as_millis() as i64);
    let not_before = clock::now().unix_millis() + wait;
    if let Err(err) = store.identification_check_done(session, next, not_before).await {
        tracing::error!(error = %err, "reconciliation could not record its check");
    }
}

fn doubled(interval_ms: i64, settings: &JobSettings) -> i64 {
    interval_ms.saturating_mul(2).min(settings.reconcile_max.as_millis() as i64)
}
