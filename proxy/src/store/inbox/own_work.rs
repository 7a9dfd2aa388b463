//! Work of the proxy's own kept in the inbox beside the providers' events: a hand-over held by
//! the instance that runs it, closed when it ends, due soon after an outage.

use super::super::{Store, StoreError};
use crate::params;
use kyc_core::flow::ProviderId;

impl Store {
    /// Puts work of our own in the inbox under `key`, held by the caller until `held_until_ms`
    /// (then due for any worker). Work under the same key that is finished is put back in line.
    pub async fn inbox_hold(
        &self,
        provider: ProviderId,
        key: String,
        payload: Vec<u8>,
        now: String,
        held_until_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO inbox (provider, delivery_id, payload, received_at, next_at_ms, leased_until_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (provider, delivery_id) DO UPDATE SET state = 'pending', payload = excluded.payload,
                    received_at = excluded.received_at, next_at_ms = excluded.next_at_ms,
                    leased_until_ms = excluded.leased_until_ms, attempts = 0, last_error = NULL, finished_at = NULL",
                params![provider.key(), key, payload, now, held_until_ms],
            )?;
            Ok(())
        })
        .await
    }

    /// Our own work under `key` is finished (unless a worker holds it right now: it finishes it).
    pub async fn inbox_close(&self, provider: ProviderId, key: String, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET state = 'done', payload = NULL, leased_until_ms = NULL, finished_at = ?3
                 WHERE provider = ?1 AND delivery_id = ?2 AND state = 'pending' AND attempts = 0",
                params![provider.key(), key, now],
            )?;
            Ok(())
        })
        .await
    }

    /// Our own pending work under `key` falls due at `due_ms`, whoever held it.
    pub async fn inbox_due_at(&self, provider: ProviderId, key: String, due_ms: i64) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET next_at_ms = ?3, leased_until_ms = NULL
                 WHERE provider = ?1 AND delivery_id = ?2 AND state = 'pending' AND attempts = 0",
                params![provider.key(), key, due_ms],
            )?;
            Ok(())
        })
        .await
    }
}
