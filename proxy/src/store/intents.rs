//! Provider calls that create something, announced before they are sent (see migration 15).

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;

/// An announced call: the reference that names it, and when it was first announced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntentRecord {
    /// Ours, unique; sent to the provider where its API takes a reference or tag.
    pub reference: String,
    /// When the first attempt was announced (milliseconds since the epoch).
    pub started_at_ms: i64,
}

impl Store {
    /// Announces `step` of the session with `reference`, unless it was announced before and
    /// not forgotten since: then the earlier announcement is returned (with `true`), and the
    /// caller must look for its result at the provider before it creates anything.
    pub async fn intent_open(
        &self,
        session: SessionRecord,
        step: &'static str,
        reference: String,
        now_ms: i64,
    ) -> Result<(IntentRecord, bool), StoreError> {
        self.call(move |c| {
            let earlier = c
                .query_row(
                    "SELECT reference, started_at_ms FROM handover_intents WHERE session_id = ?1 AND step = ?2",
                    params![session.id, step],
                    |r| Ok(IntentRecord { reference: r.get(0)?, started_at_ms: r.get(1)? }),
                )
                .optional()?;
            let result = match earlier {
                Some(intent) => (intent, true),
                None => {
                    c.execute(
                        "INSERT INTO handover_intents (session_id, step, reference, started_at_ms) VALUES (?1, ?2, ?3, ?4)",
                        params![session.id, step, reference, now_ms],
                    )?;
                    (IntentRecord { reference: reference.clone(), started_at_ms: now_ms }, false)
                }
            };
            Ok(result)
        })
        .await
    }

    /// The result of `step` is stored: the announcement is done with.
    pub async fn intent_close(&self, session: SessionRecord, step: &'static str) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("DELETE FROM handover_intents WHERE session_id = ?1 AND step = ?2", params![session.id, step])?;
            Ok(())
        })
        .await
    }
}
