//! Store-wide jobs that one instance at a time should run, when they are due (the retention):
//! a row per job with when it is due next and, while an instance runs it, a lease. A lease that
//! runs out (the instance died) lets another take the job.

use super::{Optional, Store, StoreError};
use crate::params;

impl Store {
    /// Takes the job `name` until `now_ms + lease_ms` if it is due by `now_ms` and nobody holds
    /// it; whether this caller now does.
    pub async fn job_lease(&self, name: &'static str, now_ms: i64, lease_ms: i64) -> Result<bool, StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO job_runs (name, next_at_ms) VALUES (?1, 0) ON CONFLICT (name) DO NOTHING",
                params![name],
            )?;
            let taken = c
                .query_row(
                    "UPDATE job_runs SET leased_until_ms = CAST(?2 AS BIGINT) + CAST(?3 AS BIGINT)
                     WHERE name = ?1 AND next_at_ms <= ?2 AND COALESCE(leased_until_ms, 0) <= ?2 RETURNING name",
                    params![name, now_ms, lease_ms],
                    |_| Ok(()),
                )
                .optional()?;
            Ok(taken.is_some())
        })
        .await
    }

    /// The holder of `name` is done with it: due again at `next_at_ms`.
    pub async fn job_done(&self, name: &'static str, next_at_ms: i64) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE job_runs SET next_at_ms = ?2, leased_until_ms = NULL WHERE name = ?1",
                params![name, next_at_ms],
            )?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    #[tokio::test]
    async fn one_holder_at_a_time_and_only_when_due() {
        let store = Store::in_memory().unwrap();
        assert!(store.job_lease("sweep", 1_000, 500).await.unwrap());
        assert!(!store.job_lease("sweep", 1_100, 500).await.unwrap(), "held by the first");
        assert!(store.job_lease("sweep", 1_600, 500).await.unwrap(), "its lease ran out: the holder died");
        store.job_done("sweep", 5_000).await.unwrap();
        assert!(!store.job_lease("sweep", 4_999, 500).await.unwrap(), "not due yet");
        assert!(store.job_lease("sweep", 5_000, 500).await.unwrap());
        assert!(store.job_lease("other", 0, 500).await.unwrap(), "each job on its own");
    }
}
