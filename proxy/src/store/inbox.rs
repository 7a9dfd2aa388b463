//! The inbox of provider events. A delivery is stored before it is acknowledged; workers lease
//! due events, apply them and mark them done, or put them back with a later time, or park them
//! as failed with the reason. A lease that runs out (the worker died) makes the event due again.

use super::{Store, StoreError};
use crate::params;
use kyc_core::flow::ProviderId;

mod operators;
mod own_work;

pub use operators::{InboxCounts, InboxEntry};

/// An event leased to a worker.
#[derive(Debug, Clone)]
pub struct InboxEvent {
    /// The row, to report back on.
    pub id: i64,
    /// Whose event it is.
    pub provider: ProviderId,
    /// The delivery as received.
    pub payload: Vec<u8>,
    /// Attempts so far, this one included.
    pub attempts: u32,
}

impl Store {
    /// Keeps a delivery for processing. False when the same delivery is already kept (a retry
    /// or a replay): it is acknowledged again and not applied twice.
    pub async fn inbox_accept(
        &self,
        provider: ProviderId,
        delivery_id: String,
        payload: Vec<u8>,
        now: String,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            let inserted = c.execute(
                "INSERT INTO inbox (provider, delivery_id, payload, received_at, next_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                params![provider.key(), delivery_id, payload, now, now_ms],
            )?;
            Ok(inserted == 1)
        })
        .await
    }

    /// Leases up to `limit` due events until `now_ms + lease_ms`, oldest first, counting the
    /// attempt. Two workers never lease the same event at once.
    pub async fn inbox_lease(&self, now_ms: i64, lease_ms: i64, limit: u32) -> Result<Vec<InboxEvent>, StoreError> {
        self.call(move |c| {
            let sql = format!(
                "UPDATE inbox SET leased_until_ms = CAST(?1 AS BIGINT) + CAST(?2 AS BIGINT), attempts = attempts + 1
                 WHERE id IN (SELECT id FROM inbox WHERE state = 'pending' AND next_at_ms <= ?1
                              AND (leased_until_ms IS NULL OR leased_until_ms <= ?1) ORDER BY id LIMIT ?3{})
                 RETURNING id, provider, payload, attempts",
                c.skip_locked()
            );
            let mut events = c.query_map(&sql, params![now_ms, lease_ms, limit], |r| {
                let provider = super::identifications::provider_from_sql(r.get(1)?)?;
                let payload: Option<Vec<u8>> = r.get(2)?;
                Ok(InboxEvent { id: r.get(0)?, provider, payload: payload.unwrap_or_default(), attempts: r.get(3)? })
            })?;
            events.sort_by_key(|e| e.id);
            Ok(events)
        })
        .await
    }

    /// The event was applied: it is done, and its payload is no longer kept.
    pub async fn inbox_done(&self, id: i64, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET state = 'done', payload = NULL, leased_until_ms = NULL, last_error = NULL,
                 finished_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            Ok(())
        })
        .await
    }

    /// The attempt failed: due again at `next_at_ms`.
    pub async fn inbox_retry(&self, id: i64, next_at_ms: i64, error: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET next_at_ms = ?2, leased_until_ms = NULL, last_error = ?3 WHERE id = ?1",
                params![id, next_at_ms, error],
            )?;
            Ok(())
        })
        .await
    }

    /// No more attempts: parked as failed with the reason, for an operator.
    pub async fn inbox_park(&self, id: i64, error: String, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET state = 'failed', leased_until_ms = NULL, last_error = ?2, finished_at = ?3
                 WHERE id = ?1",
                params![id, error, now],
            )?;
            Ok(())
        })
        .await
    }

    /// The event names nothing stored here: set aside (`ignored`) with the reason.
    pub async fn inbox_set_aside(&self, id: i64, reason: String, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET state = 'ignored', payload = NULL, leased_until_ms = NULL, last_error = ?2,
                 finished_at = ?3 WHERE id = ?1",
                params![id, reason, now],
            )?;
            Ok(())
        })
        .await
    }

    /// Gives leased events back at once (a worker stopping before it finished them).
    pub async fn inbox_release(&self, ids: Vec<i64>) -> Result<(), StoreError> {
        self.call(move |c| {
            for id in &ids {
                c.execute(
                    "UPDATE inbox SET leased_until_ms = NULL, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END
                     WHERE id = ?1 AND state = 'pending' AND leased_until_ms IS NOT NULL",
                    params![id],
                )?;
            }
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests;
