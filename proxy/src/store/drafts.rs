//! Autosaved, not yet valid personal data.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use kyc_core::PersonalDataInput;

impl Store {
    /// The session's draft, if any.
    pub async fn draft_load(&self, session: SessionRecord) -> Result<Option<PersonalDataInput>, StoreError> {
        self.json_load("SELECT data FROM drafts WHERE session_id = ?1", "drafts.data", session).await
    }

    /// Replaces the session's draft.
    pub async fn draft_save(
        &self,
        session: SessionRecord,
        draft: &PersonalDataInput,
        now: String,
    ) -> Result<(), StoreError> {
        let json = zeroize::Zeroizing::new(serde_json::to_string(draft)?);
        let keys = self.keys.clone();
        self.call(move |c| {
            let json = keys.seal_text(c, session.id, "drafts.data", "", &json)?;
            c.execute(
                "INSERT INTO drafts (session_id, data, saved_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
                params![session.id, json, now],
            )?;
            super::retention::touch(c, session.id)
        })
        .await
    }

    /// Drops the draft once the data is saved for real.
    pub async fn draft_delete(&self, session: SessionRecord) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("DELETE FROM drafts WHERE session_id = ?1", params![session.id])?;
            Ok(())
        })
        .await
    }
}
