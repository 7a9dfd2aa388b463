//! Hand-overs that finish even if this process does not: before the session's data goes to its
//! provider, a row in the inbox holds the hand-over for this instance (leased for the jobs'
//! lease). Done or refused, the row is closed; failed on an outage, it falls due soon; if the
//! process dies, the lease runs out and any instance's inbox worker finishes it.

use super::Env;
use crate::clock;
use crate::error::AppError;
use crate::store::SessionRecord;
use kyc_core::flow::ProviderId;

/// After an outage, the worker's first try waits a little.
const AFTER_OUTAGE_MS: i64 = 2_000;

/// The inbox entry of a hand-over: `{"handover": <session row id>}`.
#[derive(serde::Serialize, serde::Deserialize)]
struct Handover {
    handover: i64,
}

/// The session of a hand-over entry; `None` for a provider's own event.
pub fn handover_of(payload: &[u8]) -> Option<SessionRecord> {
    serde_json::from_slice::<Handover>(payload).ok().map(|h| SessionRecord { id: h.handover })
}

fn key(session: SessionRecord) -> String {
    format!("handover:{}", session.id)
}

impl Env {
    /// Before a hand-over: held by this instance for the lease, finished by a worker after it.
    pub async fn handover_begin(&self, provider: ProviderId, session: SessionRecord) -> Result<(), AppError> {
        let payload = serde_json::to_vec(&Handover { handover: session.id }).map_err(|_| AppError::Internal)?;
        let now = clock::now();
        let held_until = now.unix_millis() + self.lease.as_millis() as i64;
        self.store.inbox_hold(provider, key(session), payload, now.to_string(), held_until).await?;
        Ok(())
    }

    /// The hand-over ended: done, or refused for a reason another try would not change.
    pub async fn handover_end(&self, provider: ProviderId, session: SessionRecord) -> Result<(), AppError> {
        Ok(self.store.inbox_close(provider, key(session), clock::now().to_string()).await?)
    }

    /// The hand-over failed because the provider is down: the user sees "try again", and a
    /// worker tries soon, then with the inbox's backoff, until the provider is back.
    pub async fn handover_later(&self, provider: ProviderId, session: SessionRecord) -> Result<(), AppError> {
        let due = clock::now().unix_millis() + AFTER_OUTAGE_MS;
        Ok(self.store.inbox_due_at(provider, key(session), due).await?)
    }
}
