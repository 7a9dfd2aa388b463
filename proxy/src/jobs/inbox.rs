//! The inbox worker: leases due provider events, applies each through the dispatcher, and
//! records the outcome: done, due again after a backoff, set aside as not ours, or parked as
//! failed with the reason once the attempts run out.

use super::{stopped, JobSettings};
use crate::clock;
use crate::flow::EventError;
use crate::providers::Providers;
use crate::store::InboxEvent;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Events leased at once by one worker.
const BATCH: u32 = 32;

/// Works off the inbox until `stop`; see [`super::Jobs::shutdown`] for what a stop leaves.
pub async fn run(providers: Arc<Providers>, settings: JobSettings, mut stop: watch::Receiver<bool>) {
    let store = providers.env.store.clone();
    let wake = providers.env.events.clone();
    while !*stop.borrow() {
        let now = clock::now().unix_millis();
        let batch = match store.inbox_lease(now, settings.lease.as_millis() as i64, BATCH).await {
            Ok(batch) => batch,
            Err(err) => {
                tracing::error!(error = %err, "inbox unreadable");
                Vec::new()
            }
        };
        if batch.is_empty() {
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(settings.poll) => {}
                _ = stopped(&mut stop) => {}
            }
            continue;
        }
        let open: Arc<Mutex<HashSet<i64>>> = Arc::new(Mutex::new(batch.iter().map(|e| e.id).collect()));
        let mut work = JoinSet::new();
        for event in batch {
            let (providers, settings, open) = (providers.clone(), settings.clone(), open.clone());
            work.spawn(async move {
                let id = event.id;
                work_one(&providers, &settings, event).await;
                open.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
            });
        }
        let all_done = async { while work.join_next().await.is_some() {} };
        let grace_over = async {
            stopped(&mut stop).await;
            tokio::time::sleep(settings.shutdown_grace).await;
        };
        let finished = tokio::select! {
            _ = all_done => true,
            _ = grace_over => false,
        };
        if !finished {
            work.abort_all();
            let unfinished: Vec<i64> = open.lock().unwrap_or_else(|p| p.into_inner()).drain().collect();
            tracing::warn!(events = unfinished.len(), "stopping: unfinished provider events given back");
            if let Err(err) = store.inbox_release(unfinished).await {
                tracing::error!(error = %err, "could not give events back; their lease runs out instead");
            }
        }
    }
}

/// Applies one event and records what came of it.
async fn work_one(providers: &Providers, settings: &JobSettings, event: InboxEvent) {
    let store = &providers.env.store;
    let (id, provider, attempts) = (event.id, event.provider, event.attempts);
    let outcome = providers.event_apply(provider, &event.payload).await;
    let now = clock::now();
    let (counted, recorded) = match outcome {
        Ok(()) => ("done", store.inbox_done(id, now.to_string()).await),
        Err(EventError::Invalid(reason)) => {
            tracing::error!(%provider, id, %reason, "provider event cannot be applied; parked");
            ("parked", store.inbox_park(id, reason, now.to_string()).await)
        }
        Err(EventError::Unknown(reason)) if attempts >= settings.unknown_attempts => {
            tracing::info!(%provider, id, %reason, "provider event about nothing of ours set aside");
            ("ignored", store.inbox_set_aside(id, reason, now.to_string()).await)
        }
        Err(EventError::Later(reason)) if attempts >= settings.event_attempts => {
            tracing::error!(%provider, id, attempts, %reason, "provider event still failing; parked");
            ("parked", store.inbox_park(id, reason, now.to_string()).await)
        }
        Err(EventError::Later(reason) | EventError::Unknown(reason)) => {
            let next = now.unix_millis() + settings.event_backoff.delay(attempts).as_millis() as i64;
            tracing::warn!(%provider, id, attempts, %reason, "provider event failed; will retry");
            ("retry", store.inbox_retry(id, next, reason).await)
        }
    };
    crate::metrics::inbox_applied(provider.key(), counted);
    if let Err(err) = recorded {
        // The lease runs out and the event is tried again: applying twice is harmless.
        tracing::error!(id, error = %err, "outcome of a provider event not recorded");
    }
}
