//! The text messages sent, so that the limits per session (its team's) and per mobile number
//! (the deployment's) hold across instances: SMS pumping costs the bank money.

use super::{SessionRecord, Store, StoreError, Value};
use crate::params;

/// How many text messages may go out in which windows.
#[derive(Debug, Clone, Copy)]
pub struct SmsQuota {
    /// Per session, in `session_window_ms`.
    pub per_session: u32,
    /// The session's window.
    pub session_window_ms: i64,
    /// Per mobile number over every session, in `number_window_ms`.
    pub per_number: u32,
    /// The number's window.
    pub number_window_ms: i64,
}

impl Store {
    /// Counts one more text message for the session to the number whose SHA-256 is
    /// `number_hash`, unless a quota is used up: `None` when it may go, or how many
    /// milliseconds until it could.
    pub async fn sms_allow(
        &self,
        session: SessionRecord,
        number_hash: String,
        now_ms: i64,
        quota: SmsQuota,
    ) -> Result<Option<i64>, StoreError> {
        self.call(move |c| {
            // Each query names only its own parameters: PostgreSQL refuses one it cannot type.
            let windows = [
                ("session_id", Value::Int(session.id), quota.per_session, quota.session_window_ms),
                ("number_hash", Value::Text(number_hash.clone()), quota.per_number, quota.number_window_ms),
            ];
            for (column, key, max, window) in windows {
                let since = now_ms - window;
                let (sent, oldest): (i64, Option<i64>) = c.query_row(
                    &format!("SELECT COUNT(*), MIN(sent_at_ms) FROM sms_sends WHERE {column} = ?1 AND sent_at_ms > ?2"),
                    params![key, since],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                if sent >= i64::from(max) {
                    return Ok(Some(oldest.map_or(window, |oldest| oldest + window - now_ms).max(1)));
                }
            }
            c.execute(
                "INSERT INTO sms_sends (session_id, sent_at_ms, number_hash) VALUES (?1, ?2, ?3)",
                params![session.id, now_ms, number_hash],
            )?;
            Ok(None)
        })
        .await
    }
}
