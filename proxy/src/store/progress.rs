//! Where a provider's multi-step flow stands, kept between the browser's calls.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;
use kyc_core::flow::ProviderId;
use serde::de::DeserializeOwned;
use serde::Serialize;

impl Store {
    /// The stored progress of `provider`'s flow for the session, if any.
    pub async fn progress_load<T: DeserializeOwned + Send + 'static>(
        &self,
        session: SessionRecord,
        provider: ProviderId,
    ) -> Result<Option<T>, StoreError> {
        let raw: Option<String> = self
            .read(move |c| {
                c.query_row(
                    "SELECT state FROM progress WHERE session_id = ?1 AND provider = ?2",
                    params![session.id, provider.key()],
                    |r| r.get(0),
                )
                .optional()
            })
            .await?;
        Ok(raw.map(|raw| serde_json::from_str(&raw)).transpose()?)
    }

    /// Replaces the progress of `provider`'s flow for the session.
    pub async fn progress_save<T: Serialize>(
        &self,
        session: SessionRecord,
        provider: ProviderId,
        progress: &T,
        now: String,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(progress)?;
        self.call(move |c| {
            c.execute(
                "INSERT INTO progress (session_id, provider, state, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (session_id) DO UPDATE SET provider = excluded.provider, state = excluded.state,
                    updated_at = excluded.updated_at",
                params![session.id, provider.key(), json, now],
            )?;
            super::retention::touch(c, session.id)
        })
        .await
    }
}
