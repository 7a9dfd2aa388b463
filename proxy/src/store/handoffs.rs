//! Hand-off to a phone: a single-use, short-lived code in the link the phone opens, traded for
//! a token that reaches the capture routes of its session and nothing else.

use super::{LaunchRefusal, SessionRecord, Store, StoreError};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Records a hand-off code (by hash) for `session`.
    pub async fn handoff_code_insert(
        &self,
        session: SessionRecord,
        code_hash: String,
        expires_at_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO handoff_codes (code_hash, session_id, expires_at_ms) VALUES (?1, ?2, ?3)",
                params![code_hash, session.id, expires_at_ms],
            )?;
            Ok(())
        })
        .await
    }

    /// Uses a code once, before it expires: records the capture token (by hash, valid until
    /// `token_expires_at_ms`) and returns the session.
    pub async fn handoff_code_redeem(
        &self,
        code_hash: String,
        token_hash: String,
        now_ms: i64,
        token_expires_at_ms: i64,
    ) -> Result<Result<SessionRecord, LaunchRefusal>, StoreError> {
        self.call(move |c| {
            let tx = c.transaction()?;
            let session: Option<i64> = tx
                .query_row(
                    "SELECT session_id FROM handoff_codes WHERE code_hash = ?1 AND used = 0 AND expires_at_ms > ?2",
                    params![code_hash, now_ms],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = session else { return Ok(Err(LaunchRefusal::Expired)) };
            tx.execute("UPDATE handoff_codes SET used = 1 WHERE code_hash = ?1", [&code_hash])?;
            tx.execute(
                "INSERT INTO capture_tokens (token_hash, session_id, expires_at_ms) VALUES (?1, ?2, ?3)",
                params![token_hash, id, token_expires_at_ms],
            )?;
            tx.commit()?;
            Ok(Ok(SessionRecord { id }))
        })
        .await
    }

    /// The session a capture token belongs to, unless it has expired by `now_ms`.
    pub async fn capture_token_find(
        &self,
        token_hash: String,
        now_ms: i64,
    ) -> Result<Option<SessionRecord>, StoreError> {
        self.call(move |c| {
            Ok(c.query_row(
                "SELECT session_id FROM capture_tokens WHERE token_hash = ?1 AND expires_at_ms > ?2",
                params![token_hash, now_ms],
                |r| Ok(SessionRecord { id: r.get(0)? }),
            )
            .optional()?)
        })
        .await
    }
}
