//! Prospects that wait for Xpollens's decision: the user finished their steps, and callbacks
//! 34 and 4 should bring the verdict. Should they stay away, the reconciliation re-reads the
//! prospect from the API, after the deployment's interval and then at doubling intervals while
//! nothing changes, until the account is open or refused.

use super::callback_flow::account_reread;
use super::flow::adapter;
use super::{AppUserId, Xpollens};
use crate::clock;
use crate::flow::{Ctx, Pace};
use crate::params;
use crate::store::{SessionRecord, Store, StoreError};
use kyc_core::flow::ProviderId;

impl Store {
    /// Whether the prospect waits for a decision: it does once the user's steps are done, until
    /// the account is open or refused.
    pub async fn prospect_awaiting(
        &self,
        session: SessionRecord,
        awaiting: bool,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            if awaiting {
                c.execute(
                    "UPDATE prospects SET awaiting_since_ms = COALESCE(awaiting_since_ms, ?2) WHERE session_id = ?1",
                    params![session.id, now_ms],
                )?;
            } else {
                c.execute("UPDATE prospects SET awaiting_since_ms = NULL WHERE session_id = ?1", params![session.id])?;
            }
            Ok(())
        })
        .await
    }

    /// Leases up to `limit` waiting prospects quiet for longer than their interval.
    async fn prospects_due(
        &self,
        now_ms: i64,
        pace: Pace,
        limit: u32,
    ) -> Result<Vec<(SessionRecord, String, i64)>, StoreError> {
        self.call(move |c| {
            let sql = format!(
                "UPDATE prospects SET check_leased_until_ms = CAST(?1 AS BIGINT) + CAST(?3 AS BIGINT)
                 WHERE session_id IN (
                    SELECT session_id FROM prospects WHERE awaiting_since_ms IS NOT NULL
                      AND COALESCE(confirmed_at_ms, awaiting_since_ms) + COALESCE(check_backoff_ms, ?2) <= ?1
                      AND COALESCE(check_leased_until_ms, 0) <= ?1
                    ORDER BY COALESCE(confirmed_at_ms, awaiting_since_ms) LIMIT ?4{})
                 RETURNING session_id, app_user_id, COALESCE(check_backoff_ms, ?2)",
                c.skip_locked()
            );
            c.query_map(&sql, params![now_ms, pace.interval_ms, pace.lease_ms, limit], |r| {
                Ok((SessionRecord { id: r.get(0)? }, r.get(1)?, r.get(2)?))
            })
        })
        .await
    }

    /// Done with a prospect: confirmed now (or not, when the re-read failed), next look after
    /// `backoff_ms` (`None`: the interval) and not before `not_before_ms`.
    async fn prospect_checked(
        &self,
        session: SessionRecord,
        confirmed_ms: Option<i64>,
        backoff_ms: Option<i64>,
        not_before_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE prospects SET confirmed_at_ms = COALESCE(?2, confirmed_at_ms), check_backoff_ms = ?3,
                    check_leased_until_ms = ?4 WHERE session_id = ?1",
                params![session.id, confirmed_ms, backoff_ms, not_before_ms],
            )?;
            Ok(())
        })
        .await
    }
}

/// One round: re-reads the waiting prospects that are due; how many there were.
pub async fn reconcile_round(ctx: &Ctx<Xpollens>, pace: Pace, limit: u32) -> Result<usize, StoreError> {
    if adapter(ctx).is_err() {
        return Ok(0);
    }
    let store = &ctx.env.store;
    let due = store.prospects_due(clock::now().unix_millis(), pace, limit).await?;
    let count = due.len();
    for (session, app_user_id, interval_ms) in due {
        let before = super::flow::progress(ctx, session).await.ok().and_then(|p| p.status);
        let reread = match AppUserId::parse(&app_user_id) {
            Ok(id) => account_reread(ctx, session, &id).await,
            Err(_) => Err(crate::error::AppError::Internal),
        };
        let now = clock::now().unix_millis();
        let (outcome, confirmed) = match reread {
            Ok(status) if Some(status) != before => ("changed", Some(now)),
            Ok(_) => ("unchanged", Some(now)),
            Err(err) => {
                tracing::warn!(error = %err, "reconciliation could not re-read a prospect");
                ("error", None)
            }
        };
        crate::metrics::reconcile_reread(ProviderId::Xpollens.key(), outcome);
        let (backoff, not_before) = pace.after(interval_ms, outcome == "changed", now);
        store.prospect_checked(session, confirmed, backoff, not_before).await?;
    }
    Ok(count)
}
