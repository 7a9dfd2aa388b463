//! A provider's proof of a session's identification, kept as the session's evidence after the
//! provider deleted its own copy (Signicat: the dossier as Assure showed it just before its
//! deletion). It is personal data with a life of its own: the session's personal data is erased
//! at the decision, the proof stays for the retention's personal-data period after it (or until
//! the product team erases the session). So it is sealed with a data key of its own, wrapped
//! like the sessions' keys and stored in its row: deleting the row leaves any copy unreadable.

use super::crypt::DataKey;
use super::{Optional, SessionRecord, Store, StoreError};
use crate::params;
use sha2::{Digest, Sha256};

/// The field sealed values of this table are bound to.
const FIELD: &str = "evidence.sealed";

/// The proof as it was received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvidence {
    /// The provider that gave it (`signicat`).
    pub provider: String,
    /// What it is, in the provider's terms (`assure_dossier`).
    pub source: String,
    /// Its media type (`application/json`).
    pub content_type: String,
    /// SHA-256 of the bytes, hex: what the provider sent is what is given back.
    pub sha256: String,
    /// When it was read from the provider (RFC 3339, UTC).
    pub retrieved_at: String,
    /// The provider's answer, byte for byte.
    pub bytes: Vec<u8>,
}

impl StoredEvidence {
    /// The proof of `bytes` as read just now.
    pub fn new(provider: &str, source: &str, content_type: &str, bytes: Vec<u8>) -> Self {
        Self {
            provider: provider.to_owned(),
            source: source.to_owned(),
            content_type: content_type.to_owned(),
            sha256: hex::encode(Sha256::digest(&bytes)),
            retrieved_at: crate::clock::now().to_string(),
            bytes,
        }
    }
}

type Row = (String, String, String, String, String, String, Vec<u8>, Vec<u8>);

impl Store {
    /// Keeps the session's proof, replacing an earlier one (a retry read the same dossier again).
    pub async fn evidence_save(&self, session: SessionRecord, evidence: StoredEvidence) -> Result<(), StoreError> {
        let keys = self.keys.clone();
        self.call(move |c| {
            let key = DataKey::random();
            let (kek, wrapped) = keys.wrap(session.id, &key)?;
            let sealed = key.seal_bytes(FIELD, session.id, &evidence.source, &evidence.bytes)?;
            let e = &evidence;
            c.execute(
                "INSERT INTO evidence (session_id, provider, source, content_type, sha256, retrieved_at, kek_id,
                    wrapped, sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (session_id) DO UPDATE SET provider = excluded.provider, source = excluded.source,
                    content_type = excluded.content_type, sha256 = excluded.sha256,
                    retrieved_at = excluded.retrieved_at, kek_id = excluded.kek_id, wrapped = excluded.wrapped,
                    sealed = excluded.sealed",
                params![
                    session.id,
                    e.provider,
                    e.source,
                    e.content_type,
                    e.sha256,
                    e.retrieved_at,
                    kek,
                    wrapped,
                    sealed
                ],
            )?;
            Ok(())
        })
        .await
    }

    /// The session's proof, if it has one (none yet, or deleted by the retention or the team).
    pub async fn evidence_load(&self, session: SessionRecord) -> Result<Option<StoredEvidence>, StoreError> {
        let row: Option<Row> = self
            .read(move |c| {
                c.query_row(
                    "SELECT provider, source, content_type, sha256, retrieved_at, kek_id, wrapped, sealed
                     FROM evidence WHERE session_id = ?1",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
                )
                .optional()
            })
            .await?;
        let Some((provider, source, content_type, sha256, retrieved_at, kek, wrapped, sealed)) = row else {
            return Ok(None);
        };
        let key = self.keys.unwrap(session.id, &kek, &wrapped)?;
        let bytes = key.open_bytes(FIELD, session.id, &source, &sealed)?;
        Ok(Some(StoredEvidence { provider, source, content_type, sha256, retrieved_at, bytes }))
    }

    /// Deletes the session's proof (the product team erased the session); whether there was one.
    pub async fn evidence_erase(&self, session: SessionRecord) -> Result<bool, StoreError> {
        self.call(move |c| Ok(c.execute("DELETE FROM evidence WHERE session_id = ?1", params![session.id])? > 0)).await
    }
}
