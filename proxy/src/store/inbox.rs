//! The inbox of provider events. A delivery is stored before it is acknowledged; workers lease
//! due events, apply them and mark them done, or put them back with a later time, or park them
//! as failed with the reason. A lease that runs out (the worker died) makes the event due again.

use super::{Store, StoreError};
use kyc_core::flow::ProviderId;
use rusqlite::{params, OptionalExtension};

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

/// An event as operators see it: no payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxEntry {
    /// The row.
    pub id: i64,
    /// Whose event it is.
    pub provider: String,
    /// The provider's delivery id (or the digest of the body).
    pub delivery_id: String,
    /// When it arrived.
    pub received_at: String,
    /// `pending`, `done`, `ignored` (names nothing of ours) or `failed`.
    pub state: String,
    /// Attempts so far.
    pub attempts: u32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
}

/// How many events wait and how many are parked, for the metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InboxCounts {
    /// `pending`: due now or later, or leased to a worker.
    pub pending: i64,
    /// `failed`: parked for an operator.
    pub failed: i64,
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

    /// Leases up to `limit` due events until `now_ms + lease_ms`, oldest first, counting the
    /// attempt. Two workers never lease the same event at once.
    pub async fn inbox_lease(&self, now_ms: i64, lease_ms: i64, limit: u32) -> Result<Vec<InboxEvent>, StoreError> {
        self.call(move |c| {
            let tx = c.transaction()?;
            let mut events = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "UPDATE inbox SET leased_until_ms = ?1 + ?2, attempts = attempts + 1
                     WHERE id IN (SELECT id FROM inbox WHERE state = 'pending' AND next_at_ms <= ?1
                                  AND (leased_until_ms IS NULL OR leased_until_ms <= ?1) ORDER BY id LIMIT ?3)
                     RETURNING id, provider, payload, attempts",
                )?;
                let rows = stmt.query_map(params![now_ms, lease_ms, limit], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<Vec<u8>>>(2)?, r.get(3)?))
                })?;
                for row in rows {
                    let (id, provider, payload, attempts) = row?;
                    let provider = super::identifications::provider_from_sql(provider)?;
                    events.push(InboxEvent { id, provider, payload: payload.unwrap_or_default(), attempts });
                }
            }
            tx.commit()?;
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
            let tx = c.transaction()?;
            for id in ids {
                tx.execute(
                    "UPDATE inbox SET leased_until_ms = NULL, attempts = MAX(attempts - 1, 0)
                     WHERE id = ?1 AND state = 'pending' AND leased_until_ms IS NOT NULL",
                    [id],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// Puts parked events back in line (an operator's decision after fixing the cause); all of
    /// them with `None`. Returns how many.
    pub async fn inbox_requeue(&self, id: Option<i64>, now_ms: i64) -> Result<usize, StoreError> {
        self.call(move |c| {
            Ok(c.execute(
                "UPDATE inbox SET state = 'pending', attempts = 0, next_at_ms = ?2, finished_at = NULL
                 WHERE state = 'failed' AND (?1 IS NULL OR id = ?1)",
                params![id, now_ms],
            )?)
        })
        .await
    }

    /// Events in `state` (`pending`, `failed`), oldest first, at most `limit`.
    pub async fn inbox_list(&self, state: &'static str, limit: u32) -> Result<Vec<InboxEntry>, StoreError> {
        self.read(move |c| {
            let mut stmt = c.prepare(
                "SELECT id, provider, delivery_id, received_at, state, attempts, last_error FROM inbox
                 WHERE state = ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![state, limit], |r| {
                Ok(InboxEntry {
                    id: r.get(0)?,
                    provider: r.get(1)?,
                    delivery_id: r.get(2)?,
                    received_at: r.get(3)?,
                    state: r.get(4)?,
                    attempts: r.get(5)?,
                    last_error: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    /// The events pending and failed (counted on the `inbox_due` index).
    pub async fn inbox_counts(&self) -> Result<InboxCounts, StoreError> {
        self.read(|c| {
            let count = |state: &str| c.query_row("SELECT COUNT(*) FROM inbox WHERE state = ?1", [state], |r| r.get(0));
            Ok(InboxCounts { pending: count("pending")?, failed: count("failed")? })
        })
        .await
    }

    /// One event's state, for tests and operators.
    pub async fn inbox_state(&self, provider: ProviderId, delivery_id: String) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            Ok(c.query_row(
                "SELECT state FROM inbox WHERE provider = ?1 AND delivery_id = ?2",
                params![provider.key(), delivery_id],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    /// Forgets finished events received before `before` (their ids only guard against replays
    /// that providers stop after days). Returns how many.
    pub async fn inbox_forget_finished(&self, before: String) -> Result<usize, StoreError> {
        self.call(move |c| {
            Ok(c.execute("DELETE FROM inbox WHERE state IN ('done', 'ignored') AND received_at < ?1", [before])?)
        })
        .await
    }
}

#[cfg(test)]
mod tests;
