//! Pictures of the ID document and the selfie, one per session and slot. They are read only by
//! provider adapters; no route gives them back to a browser.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;
use kyc_core::capture::CaptureSlot;
use kyc_core::document::DocumentKind;

/// A picture as it was accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPicture {
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The file as uploaded.
    pub bytes: Vec<u8>,
}

impl Store {
    /// Keeps (replacing a retake) the picture of `slot`.
    pub async fn capture_save(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
        picture: StoredPicture,
        stored_at: String,
    ) -> Result<(), StoreError> {
        // The retention counts from here while no provider has the picture.
        let stored_at_ms = crate::clock::now().unix_millis();
        let keys = self.keys.clone();
        self.call(move |c| {
            let bytes = keys.seal_bytes(c, session.id, "captures.bytes", slot.as_str(), &picture.bytes)?;
            c.execute(
                "INSERT INTO captures (session_id, slot, content_type, width, height, bytes, stored_at, stored_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (session_id, slot) DO UPDATE SET content_type = excluded.content_type,
                    width = excluded.width, height = excluded.height, bytes = excluded.bytes,
                    stored_at = excluded.stored_at, stored_at_ms = excluded.stored_at_ms",
                params![
                    session.id,
                    slot.as_str(),
                    picture.content_type,
                    picture.width,
                    picture.height,
                    bytes,
                    stored_at,
                    stored_at_ms
                ],
            )?;
            super::retention::touch(c, session.id)
        })
        .await
    }

    /// The slots of the session that have a picture.
    pub async fn captures_done(&self, session: SessionRecord) -> Result<Vec<CaptureSlot>, StoreError> {
        self.read(move |c| {
            let names = c.query_map("SELECT slot FROM captures WHERE session_id = ?1", params![session.id], |r| {
                r.get::<String>(0)
            })?;
            Ok(CaptureSlot::ALL.into_iter().filter(|s| names.iter().any(|n| n == s.as_str())).collect())
        })
        .await
    }

    /// The picture of `slot`, for a provider adapter.
    pub async fn capture_load(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
    ) -> Result<Option<StoredPicture>, StoreError> {
        let keys = self.keys.clone();
        self.read(move |c| {
            let stored = c
                .query_row(
                    "SELECT content_type, width, height, bytes FROM captures WHERE session_id = ?1 AND slot = ?2",
                    params![session.id, slot.as_str()],
                    |r| {
                        let bytes = r.get(3)?;
                        Ok(StoredPicture { content_type: r.get(0)?, width: r.get(1)?, height: r.get(2)?, bytes })
                    },
                )
                .optional()?;
            let Some(mut picture) = stored else { return Ok(None) };
            let sealed = std::mem::take(&mut picture.bytes);
            match keys.open_bytes(c, session.id, "captures.bytes", slot.as_str(), sealed) {
                Ok(bytes) => Ok(Some(StoredPicture { bytes, ..picture })),
                // Erased since the row was read: the picture went with it.
                Err(StoreError::Erased) => Ok(None),
                Err(err) => Err(err),
            }
        })
        .await
    }

    /// Records which document the session's pictures are of: `fixed` by the product team at
    /// launch, or chosen by the user (who may then choose again).
    pub async fn capture_document_save(
        &self,
        session: SessionRecord,
        kind: DocumentKind,
        fixed: bool,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "UPDATE sessions SET capture_document = ?2, capture_document_fixed = ?3 WHERE id = ?1",
                params![session.id, kind.as_str(), fixed],
            )?;
            Ok(())
        })
        .await
    }

    /// The document the session's pictures are of (`None` while nobody chose one), and whether
    /// the product team fixed it.
    pub async fn capture_document_load(
        &self,
        session: SessionRecord,
    ) -> Result<(Option<DocumentKind>, bool), StoreError> {
        let row: Option<(Option<String>, bool)> = self
            .read(move |c| {
                c.query_row(
                    "SELECT capture_document, capture_document_fixed FROM sessions WHERE id = ?1",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
            })
            .await?;
        let (name, fixed) = row.unwrap_or_default();
        Ok((name.as_deref().and_then(DocumentKind::parse), fixed))
    }
}
