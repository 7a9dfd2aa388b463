//! The text messages each session sent, so that its team's limit holds across instances.

use super::{SessionRecord, Store, StoreError};
use crate::params;

impl Store {
    /// Counts one more text message for the session, unless `max` went out after `since_ms`
    /// already: whether this one may go.
    pub async fn sms_allow(
        &self,
        session: SessionRecord,
        now_ms: i64,
        since_ms: i64,
        max: u32,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            let sent: i64 = c.query_row(
                "SELECT COUNT(*) FROM sms_sends WHERE session_id = ?1 AND sent_at_ms > ?2",
                params![session.id, since_ms],
                |r| r.get(0),
            )?;
            if sent >= i64::from(max) {
                return Ok(false);
            }
            c.execute("INSERT INTO sms_sends (session_id, sent_at_ms) VALUES (?1, ?2)", params![session.id, now_ms])?;
            Ok(true)
        })
        .await
    }
}
