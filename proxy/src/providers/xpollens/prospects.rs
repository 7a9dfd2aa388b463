//! Xpollens prospects: which session an `appUserId` belongs to, and the 90-day purge of the
//! prospects that never became customers, with everything the proxy kept about them.

use crate::params;
use crate::store::Optional;
use crate::store::{SessionRecord, Store, StoreError};

/// How long the provider keeps a prospect; the proxy keeps its copies no longer.
pub const PROSPECT_LIFETIME_MS: i64 = 90 * 86_400_000;

impl Store {
    /// Records `app_user_id` as the session's prospect; `false` when the id is taken.
    pub async fn prospect_insert(
        &self,
        session: SessionRecord,
        app_user_id: String,
        created_at_ms: i64,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            let inserted = c.execute(
                "INSERT INTO prospects (app_user_id, session_id, created_at_ms) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                params![app_user_id, session.id, created_at_ms],
            )?;
            Ok(inserted == 1)
        })
        .await
    }

    /// The session's `appUserId`, if it has one.
    pub async fn prospect_of_session(&self, session: SessionRecord) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            c.query_row("SELECT app_user_id FROM prospects WHERE session_id = ?1", params![session.id], |r| r.get(0))
                .optional()
        })
        .await
    }

    /// The session of an `appUserId` (a callback names the prospect, not the session).
    pub async fn prospect_session(&self, app_user_id: String) -> Result<Option<SessionRecord>, StoreError> {
        self.read(move |c| {
            c.query_row("SELECT session_id FROM prospects WHERE app_user_id = ?1", params![app_user_id], |r| {
                Ok(SessionRecord { id: r.get(0)? })
            })
            .optional()
        })
        .await
    }

    /// Marks the prospect a customer: the account is open, the purge no longer applies.
    pub async fn prospect_mark_customer(&self, session: SessionRecord) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("UPDATE prospects SET customer = 1 WHERE session_id = ?1", params![session.id])?;
            Ok(())
        })
        .await
    }

    /// Deletes the sessions of prospects begun at least 90 days before `now_ms` that did not
    /// become customers, and with them (by cascade) their personal data, consents, progress
    /// (activation code, webview link, booked IBAN) and appUserId. Returns how many went.
    pub async fn prospects_purge(&self, now_ms: i64) -> Result<usize, StoreError> {
        self.call(move |c| {
            c.execute(
                "DELETE FROM sessions WHERE id IN
                    (SELECT session_id FROM prospects WHERE customer = 0 AND created_at_ms <= ?1)",
                params![now_ms - PROSPECT_LIFETIME_MS],
            )
        })
        .await
    }
}
