//! Launch codes: how a session created by a product team's backend reaches the user's browser.

use super::{SessionRecord, Store, StoreError};
use rusqlite::{params, OptionalExtension};

/// Why a launch code cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchRefusal {
    /// Unknown, used before, or past its time.
    Expired,
}

impl Store {
    /// Records a code (by hash) for `session`.
    pub async fn launch_code_insert(
        &self,
        session: SessionRecord,
        code_hash: String,
        expires_at_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO launch_codes (code_hash, session_id, expires_at_ms) VALUES (?1, ?2, ?3)",
                params![code_hash, session.id, expires_at_ms],
            )?;
            Ok(())
        })
        .await
    }

    /// Uses a code once: gives its session the new bearer token (by hash) and returns the
    /// session. A code works once and only before it expires.
    pub async fn launch_code_redeem(
        &self,
        code_hash: String,
        new_token_hash: String,
        now_ms: i64,
    ) -> Result<Result<SessionRecord, LaunchRefusal>, StoreError> {
        self.call(move |c| {
            let tx = c.transaction()?;
            let session: Option<i64> = tx
                .query_row(
                    "SELECT session_id FROM launch_codes WHERE code_hash = ?1 AND used = 0 AND expires_at_ms > ?2",
                    params![code_hash, now_ms],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = session else { return Ok(Err(LaunchRefusal::Expired)) };
            tx.execute("UPDATE launch_codes SET used = 1 WHERE code_hash = ?1", [&code_hash])?;
            tx.execute("UPDATE sessions SET token_hash = ?2 WHERE id = ?1", params![id, new_token_hash])?;
            tx.commit()?;
            Ok(Ok(SessionRecord { id }))
        })
        .await
    }
}
