//! The inbox as operators (and the metrics) see it: events by state with their reasons, parked
//! ones put back in line, finished ones forgotten. Never a payload.

use super::super::{Store, StoreError};
use crate::params;
use crate::store::Optional;
use kyc_core::flow::ProviderId;

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
    /// Puts parked events back in line (an operator's decision after fixing the cause); all of
    /// them with `None`. Returns how many.
    pub async fn inbox_requeue(&self, id: Option<i64>, now_ms: i64) -> Result<usize, StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE inbox SET state = 'pending', attempts = 0, next_at_ms = ?2, finished_at = NULL
                 WHERE state = 'failed' AND (CAST(?1 AS BIGINT) IS NULL OR id = ?1)",
                params![id, now_ms],
            )
        })
        .await
    }

    /// Events in `state` (`pending`, `failed`), oldest first, at most `limit`.
    pub async fn inbox_list(&self, state: &'static str, limit: u32) -> Result<Vec<InboxEntry>, StoreError> {
        self.read(move |c| {
            c.query_map(
                "SELECT id, provider, delivery_id, received_at, state, attempts, last_error FROM inbox
                 WHERE state = ?1 ORDER BY id LIMIT ?2",
                params![state, limit],
                |r| {
                    Ok(InboxEntry {
                        id: r.get(0)?,
                        provider: r.get(1)?,
                        delivery_id: r.get(2)?,
                        received_at: r.get(3)?,
                        state: r.get(4)?,
                        attempts: r.get(5)?,
                        last_error: r.get(6)?,
                    })
                },
            )
        })
        .await
    }

    /// The events pending and failed (counted on the `inbox_due` index).
    pub async fn inbox_counts(&self) -> Result<InboxCounts, StoreError> {
        self.read(|c| {
            let mut count =
                |state: &str| c.query_row("SELECT COUNT(*) FROM inbox WHERE state = ?1", params![state], |r| r.get(0));
            Ok(InboxCounts { pending: count("pending")?, failed: count("failed")? })
        })
        .await
    }

    /// One event's state, for tests and operators.
    pub async fn inbox_state(&self, provider: ProviderId, delivery_id: String) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            c.query_row(
                "SELECT state FROM inbox WHERE provider = ?1 AND delivery_id = ?2",
                params![provider.key(), delivery_id],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    /// Forgets finished events received before `before` (their ids only guard against replays
    /// that providers stop after days). Returns how many.
    pub async fn inbox_forget_finished(&self, before: String) -> Result<usize, StoreError> {
        self.call(move |c| {
            c.execute("DELETE FROM inbox WHERE state IN ('done', 'ignored') AND received_at < ?1", params![before])
        })
        .await
    }
}
