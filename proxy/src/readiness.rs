//! Whether this instance should be sent requests, for a load balancer's readiness probe
//! (`GET /api/ready`): not once it is stopping, and not while the store does not answer.

use crate::params;
use crate::store::Store;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A trivial query that takes longer than this means the store is stuck (a writer that does not
/// come back, a disk that hangs): requests would only pile up behind it.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(1);

/// Shared by the state's clones: set once at SIGTERM, never cleared.
#[derive(Clone, Default)]
pub struct Readiness(Arc<Flags>);

#[derive(Default)]
struct Flags {
    stopping: AtomicBool,
    /// A probe's query is still running: a blocking task cannot be abandoned, so probes that
    /// time out must not each leave another one queued behind the stuck store.
    probing: AtomicBool,
}

/// Why the instance is not ready.
#[derive(Debug, PartialEq, Eq)]
pub enum NotReady {
    /// SIGTERM arrived; requests are being finished.
    Stopping,
    /// The store failed the query or did not answer within [`PROBE_TIMEOUT`].
    Store,
}

impl Readiness {
    /// From now on the instance is not ready (the start of a graceful shutdown).
    pub fn stop(&self) {
        self.0.stopping.store(true, Ordering::SeqCst);
    }

    /// Whether [`Readiness::stop`] was called.
    pub fn stopping(&self) -> bool {
        self.0.stopping.load(Ordering::SeqCst)
    }

    /// Ready unless stopping, or unless the store fails to read its schema within the timeout
    /// (or is still busy with an earlier probe's query).
    pub async fn check(&self, store: &Store) -> Result<(), NotReady> {
        if self.stopping() {
            return Err(NotReady::Stopping);
        }
        if self.0.probing.swap(true, Ordering::SeqCst) {
            return Err(NotReady::Store);
        }
        let probing = Probing(self.0.clone());
        // The writer: what most requests need. Reading the schema touches the file, which
        // `SELECT 1` would not.
        let query = store.call(move |c| {
            let _probing = &probing;
            c.query_row("SELECT COUNT(*) FROM sessions WHERE id = 0", params![], |r| r.get::<i64>(0))
        });
        match tokio::time::timeout(PROBE_TIMEOUT, query).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(err)) => {
                tracing::error!(error = %err, "readiness probe: the store failed");
                Err(NotReady::Store)
            }
            Err(_) => {
                tracing::warn!("readiness probe: the store did not answer in time");
                Err(NotReady::Store)
            }
        }
    }
}

/// Clears `probing` when the query is over, or dropped without running.
struct Probing(Arc<Flags>);

impl Drop for Probing {
    fn drop(&mut self) {
        self.0.probing.store(false, Ordering::SeqCst);
    }
}
