//! What the capture noticed while taking each picture, and what the proxy found reading its
//! machine-readable zone again, kept beside the picture for the product team
//! (`GET /partner/v1/sessions/{id}`). Neither is personal data (which fields differ, never their
//! values), so not sealed; they go with the picture's row, whether a retake replaces it or the
//! session's erasure deletes it.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use kyc_core::capture::signals::CaptureSignals;
use kyc_core::capture::CaptureSlot;
use kyc_core::mrz::MrzCheck;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A JSON column of `captures` that these notes live in.
#[derive(Clone, Copy)]
enum Column {
    Signals,
    MrzCheck,
}

impl Column {
    fn update(self) -> &'static str {
        match self {
            Column::Signals => "UPDATE captures SET signals = ?3 WHERE session_id = ?1 AND slot = ?2",
            Column::MrzCheck => "UPDATE captures SET mrz_check = ?3 WHERE session_id = ?1 AND slot = ?2",
        }
    }

    fn select(self) -> &'static str {
        match self {
            Column::Signals => "SELECT slot, signals FROM captures WHERE session_id = ?1 AND signals IS NOT NULL",
            Column::MrzCheck => "SELECT slot, mrz_check FROM captures WHERE session_id = ?1 AND mrz_check IS NOT NULL",
        }
    }
}

impl Store {
    /// Records (or clears, for a picture sent without) the signals of the picture of `slot`.
    pub async fn capture_signals_save(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
        signals: Option<CaptureSignals>,
    ) -> Result<(), StoreError> {
        self.capture_note_save(Column::Signals, session, slot, signals).await
    }

    /// The signals of the session's pictures, in slot order.
    pub async fn capture_signals_load(
        &self,
        session: SessionRecord,
    ) -> Result<Vec<(CaptureSlot, CaptureSignals)>, StoreError> {
        self.capture_notes_load(Column::Signals, session).await
    }

    /// Records (or clears) the proxy's check of the zone on the picture of `slot`.
    pub async fn capture_mrz_check_save(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
        check: Option<MrzCheck>,
    ) -> Result<(), StoreError> {
        self.capture_note_save(Column::MrzCheck, session, slot, check).await
    }

    /// The zone checks of the session's pictures, in slot order.
    pub async fn capture_mrz_checks_load(
        &self,
        session: SessionRecord,
    ) -> Result<Vec<(CaptureSlot, MrzCheck)>, StoreError> {
        self.capture_notes_load(Column::MrzCheck, session).await
    }

    async fn capture_note_save<T: Serialize>(
        &self,
        column: Column,
        session: SessionRecord,
        slot: CaptureSlot,
        note: Option<T>,
    ) -> Result<(), StoreError> {
        let json = note.map(|n| serde_json::to_string(&n)).transpose()?;
        self.call(move |c| {
            c.execute(column.update(), params![session.id, slot.as_str(), json])?;
            Ok(())
        })
        .await
    }

    /// The notes in `column` of the session's pictures, in slot order; a stored value that no
    /// longer reads as its type is left out rather than failing the session's view.
    async fn capture_notes_load<T: DeserializeOwned>(
        &self,
        column: Column,
        session: SessionRecord,
    ) -> Result<Vec<(CaptureSlot, T)>, StoreError> {
        let rows = self
            .read(move |c| {
                c.query_map(column.select(), params![session.id], |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)))
            })
            .await?;
        let mut notes: Vec<_> = rows
            .into_iter()
            .filter_map(|(slot, json)| Some((CaptureSlot::parse(&slot)?, serde_json::from_str(&json).ok()?)))
            .collect();
        notes.sort_by_key(|(slot, _)| CaptureSlot::ALL.iter().position(|s| s == slot));
        Ok(notes)
    }
}
