//! Erasing a session's personal data once its result is decided and stored elsewhere: what
//! the user typed (and its drafts), the pictures, the partner's prefilled values and the
//! single-use link codes, and the session's data key, so that any copy of its sealed values
//! left elsewhere (a backup) stays unreadable. The session, its consents (times, no content)
//! and its decision stay. The retention job ([`crate::jobs::retention`]) and the product team's
//! `DELETE /partner/v1/sessions/{id}` call it too.

use super::{SessionRecord, Store, StoreError};
use crate::params;

impl Store {
    /// Deletes every piece of personal data the proxy holds for the session, in one transaction.
    pub async fn personal_data_erase(&self, session: SessionRecord) -> Result<(), StoreError> {
        self.call(move |c| {
            for table in ["persons", "drafts", "captures", "single_use_codes", "capture_tokens", "session_keys"] {
                c.execute(&format!("DELETE FROM {table} WHERE session_id = ?1"), params![session.id])?;
            }
            let now = crate::clock::now();
            c.execute("UPDATE sessions SET locked = '{}' WHERE id = ?1", params![session.id])?;
            let first = c.execute(
                "UPDATE sessions SET erased_at = ?2 WHERE id = ?1 AND erased_at IS NULL",
                params![session.id, now.to_string()],
            )?;
            if first == 0 {
                // Erased before: the team heard of it then.
                return Ok(());
            }
            super::outbox::enqueue(
                c,
                session.id,
                super::outbox::EventType::DataDeleted,
                super::outbox::EventData::default(),
                &now,
            )?;
            Ok(())
        })
        .await
    }

    /// Ends the session for its user by `now_ms`: its bearer token, and the capture tokens of
    /// its phone, stop working (a session erased at the team's request is over).
    pub async fn session_end(&self, session: SessionRecord, now_ms: i64) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE sessions SET expires_at_ms = ?2 WHERE id = ?1 AND expires_at_ms > ?2",
                params![session.id, now_ms],
            )?;
            c.execute("DELETE FROM capture_tokens WHERE session_id = ?1", params![session.id])?;
            Ok(())
        })
        .await
    }
}
