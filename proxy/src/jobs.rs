//! Work that must outlive the request that caused it, run from the store so that a crash, a
//! kill or a restart loses none of it: the inbox of provider events ([`inbox`]), the
//! reconciliation of identifications the providers have been quiet about ([`reconcile`]), the
//! webhooks to the teams ([`deliveries`]) and the retention of personal data ([`retention`]). Any
//! instance may run them; leases in the store keep two from doing the same item at once.

pub mod deliveries;
pub mod inbox;
pub mod reconcile;
pub mod retention;
mod settings;

pub use crate::backoff::Backoff;
pub use settings::JobSettings;

use crate::providers::Providers;
use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The running jobs: tell them to stop, then wait for them.
pub struct Jobs {
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Jobs {
    /// Starts the inbox worker and the reconciliation (which runs once at once, for whatever
    /// went quiet while the proxy was down).
    pub fn start(providers: Arc<Providers>, settings: JobSettings) -> Self {
        let (stop, stopped) = watch::channel(false);
        let tasks = vec![
            tokio::spawn(inbox::run(providers.clone(), settings.clone(), stopped.clone())),
            tokio::spawn(deliveries::run(providers.env.store.clone(), settings.clone(), stopped.clone())),
            tokio::spawn(retention::run(providers.clone(), settings.clone(), stopped.clone())),
            tokio::spawn(reconcile::run(providers, settings, stopped)),
        ];
        Self { stop, tasks }
    }

    /// Takes no new work; what is in flight finishes within the settings' grace period or is
    /// given back to the store for the next start (or another instance).
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

/// Resolves once `stop` says so (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}
