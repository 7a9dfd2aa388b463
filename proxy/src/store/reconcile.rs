//! When each identification's status was last confirmed by its provider, and which ones the
//! reconciliation should re-read: not settled, and quiet for longer than their interval.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;

/// Statuses worth re-reading: started and not yet settled (a merely prepared identification
/// waits for the user; a referral waits for the product team).
const OPEN: &str = "status NOT IN ('created', 'successful', 'failed', 'expired', 'referred')";

/// An identification the reconciliation leased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueCheck {
    /// Whose it is.
    pub session: SessionRecord,
    /// The interval that made it due, to double when the provider has nothing new.
    pub interval_ms: i64,
}

impl Store {
    /// The provider confirmed the stored status just now: news, so the next check comes after
    /// the deployment's interval again.
    pub async fn identification_confirmed(
        &self,
        session: SessionRecord,
        now: String,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE identifications SET confirmed_at = ?2, confirmed_at_ms = ?3, check_backoff_ms = NULL,
                    check_leased_until_ms = NULL WHERE session_id = ?1",
                params![session.id, now, now_ms],
            )?;
            Ok(())
        })
        .await
    }

    /// When the provider last confirmed the session's status.
    pub async fn identification_confirmed_at(&self, session: SessionRecord) -> Result<Option<String>, StoreError> {
        let at: Option<Option<String>> = self
            .read(move |c| {
                c.query_row(
                    "SELECT confirmed_at FROM identifications WHERE session_id = ?1",
                    params![session.id],
                    |r| r.get(0),
                )
                .optional()
            })
            .await?;
        Ok(at.flatten())
    }

    /// Leases up to `limit` open identifications quiet for longer than their interval
    /// (`interval_ms` unless backed off), the longest quiet first, for `lease_ms`.
    pub async fn identifications_due(
        &self,
        now_ms: i64,
        interval_ms: i64,
        lease_ms: i64,
        limit: u32,
    ) -> Result<Vec<DueCheck>, StoreError> {
        self.call(move |c| {
            let sql = format!(
                "UPDATE identifications SET check_leased_until_ms = CAST(?1 AS BIGINT) + CAST(?3 AS BIGINT)
                 WHERE session_id IN (
                    SELECT session_id FROM identifications WHERE {OPEN}
                      AND COALESCE(confirmed_at_ms, 0) + COALESCE(check_backoff_ms, ?2) <= ?1
                      AND COALESCE(check_leased_until_ms, 0) <= ?1
                    ORDER BY COALESCE(confirmed_at_ms, 0) LIMIT ?4{skip})
                 RETURNING session_id, COALESCE(check_backoff_ms, ?2)",
                skip = c.skip_locked()
            );
            c.query_map(&sql, params![now_ms, interval_ms, lease_ms, limit], |r| {
                Ok(DueCheck { session: SessionRecord { id: r.get(0)? }, interval_ms: r.get(1)? })
            })
        })
        .await
    }

    /// The reconciliation is done with the session: the next check comes `backoff_ms` after
    /// the last confirmation (`None`: the deployment's interval), and not before `not_before_ms`
    /// (so that a provider that cannot be reached is not asked again at once).
    pub async fn identification_check_done(
        &self,
        session: SessionRecord,
        backoff_ms: Option<i64>,
        not_before_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE identifications SET check_backoff_ms = ?2, check_leased_until_ms = ?3 WHERE session_id = ?1",
                params![session.id, backoff_ms, not_before_ms],
            )?;
            Ok(())
        })
        .await
    }
}
