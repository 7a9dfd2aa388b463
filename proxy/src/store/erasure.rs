//! Erasing a session's personal data once its result is decided and stored elsewhere: what
//! the user typed (and its drafts), the pictures, the partner's prefilled values and the
//! single-use link codes, and the session's data key, so that any copy of its sealed values
//! left elsewhere (a backup) stays unreadable. The session, its consents (times, no content)
//! and its decision stay.

use super::{SessionRecord, Store, StoreError};
use crate::params;

impl Store {
    /// Deletes every piece of personal data the proxy holds for the session, in one transaction.
    pub async fn personal_data_erase(&self, session: SessionRecord) -> Result<(), StoreError> {
        self.call(move |c| {
            for table in ["persons", "drafts", "captures", "single_use_codes", "capture_tokens", "session_keys"] {
                c.execute(&format!("DELETE FROM {table} WHERE session_id = ?1"), params![session.id])?;
            }
            c.execute("UPDATE sessions SET locked = '{}' WHERE id = ?1", params![session.id])?;
            super::outbox::enqueue(
                c,
                session.id,
                super::outbox::EventType::DataDeleted,
                super::outbox::EventData::default(),
                &crate::clock::now(),
            )?;
            Ok(())
        })
        .await
    }
}
