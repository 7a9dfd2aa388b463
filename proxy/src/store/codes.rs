//! Single-use codes: how a session reaches a browser without its token ever being in a link.
//! A product team's launch link carries one (traded for the session's bearer token), and so does
//! a hand-off link to a phone (traded for a token that only reaches the capture routes). Codes
//! are kept by hash, work once, and only before they expire.

use super::outbox::{EventData, EventType};
use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;

/// What a code opens; a code of one purpose never opens the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// A product team's link to its session.
    Launch,
    /// A link that continues the capture step on a phone.
    Handoff,
}

impl CodePurpose {
    fn as_str(self) -> &'static str {
        match self {
            CodePurpose::Launch => "launch",
            CodePurpose::Handoff => "handoff",
        }
    }
}

/// What using a code grants, written in the same transaction that marks it used.
#[derive(Debug, Clone)]
pub enum Grant {
    /// A launch: the session's new bearer token (by hash); the one it had stops working.
    SessionToken {
        /// SHA-256 of the new token.
        token_hash: String,
    },
    /// A hand-off: a token for the session's capture routes only (by hash), until `expires_at_ms`.
    CaptureToken {
        /// SHA-256 of the capture token.
        token_hash: String,
        /// When the capture token stops working.
        expires_at_ms: i64,
    },
}

impl Grant {
    fn purpose(&self) -> CodePurpose {
        match self {
            Grant::SessionToken { .. } => CodePurpose::Launch,
            Grant::CaptureToken { .. } => CodePurpose::Handoff,
        }
    }
}

/// Why a code cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRefusal {
    /// Unknown, used before, past its time, or made for something else.
    Expired,
}

impl Store {
    /// Records a code (by hash) for `session`.
    pub async fn code_insert(
        &self,
        purpose: CodePurpose,
        session: SessionRecord,
        code_hash: String,
        expires_at_ms: i64,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO single_use_codes (code_hash, purpose, session_id, expires_at_ms) VALUES (?1, ?2, ?3, ?4)",
                params![code_hash, purpose.as_str(), session.id, expires_at_ms],
            )?;
            Ok(())
        })
        .await
    }

    /// Uses a code once, before it expires by `now_ms`, and writes what it grants; returns the
    /// session. The code's purpose must match the grant.
    pub async fn code_redeem(
        &self,
        code_hash: String,
        now_ms: i64,
        grant: Grant,
    ) -> Result<Result<SessionRecord, CodeRefusal>, StoreError> {
        self.call(move |c| {
            let session: Option<i64> = c
                .query_row(
                    "SELECT session_id FROM single_use_codes
                     WHERE code_hash = ?1 AND purpose = ?2 AND used = 0 AND expires_at_ms > ?3",
                    params![code_hash, grant.purpose().as_str(), now_ms],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = session else {
                // A product team's link opened too late: tell the team once, so it can send a
                // new one (the code is spent either way).
                if grant.purpose() == CodePurpose::Launch {
                    let late: Option<i64> = c
                        .query_row(
                            "UPDATE single_use_codes SET used = 1
                             WHERE code_hash = ?1 AND purpose = 'launch' AND used = 0 AND expires_at_ms <= ?2
                             RETURNING session_id",
                            params![code_hash, now_ms],
                            |r| r.get(0),
                        )
                        .optional()?;
                    if let Some(late) = late {
                        let now = kyc_core::UtcTimestamp::from_unix_millis(now_ms);
                        super::outbox::enqueue(c, late, EventType::LinkExpired, EventData::default(), &now)?;
                    }
                }
                return Ok(Err(CodeRefusal::Expired));
            };
            c.execute("UPDATE single_use_codes SET used = 1 WHERE code_hash = ?1", params![&code_hash])?;
            super::retention::touch(c, id)?;
            match &grant {
                Grant::SessionToken { token_hash } => {
                    c.execute("UPDATE sessions SET token_hash = ?2 WHERE id = ?1", params![id, token_hash])?;
                }
                Grant::CaptureToken { token_hash, expires_at_ms } => {
                    c.execute(
                        "INSERT INTO capture_tokens (token_hash, session_id, expires_at_ms) VALUES (?1, ?2, ?3)",
                        params![token_hash, id, expires_at_ms],
                    )?;
                }
            }
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
            c.query_row(
                "SELECT session_id FROM capture_tokens WHERE token_hash = ?1 AND expires_at_ms > ?2",
                params![token_hash, now_ms],
                |r| Ok(SessionRecord { id: r.get(0)? }),
            )
            .optional()
        })
        .await
    }
}
