//! What the capture noticed while taking each picture, kept beside the picture for the product
//! team (`GET /partner/v1/sessions/{id}`). Not personal data, so not sealed; it goes with the
//! picture's row, whether a retake replaces it or the session's erasure deletes it.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use kyc_core::capture::signals::CaptureSignals;
use kyc_core::capture::CaptureSlot;

impl Store {
    /// Records (or clears, for a picture sent without) the signals of the picture of `slot`.
    pub async fn capture_signals_save(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
        signals: Option<CaptureSignals>,
    ) -> Result<(), StoreError> {
        let json = signals.map(|s| serde_json::to_string(&s)).transpose()?;
        self.call(move |c| {
            c.execute(
                "UPDATE captures SET signals = ?3 WHERE session_id = ?1 AND slot = ?2",
                params![session.id, slot.as_str(), json],
            )?;
            Ok(())
        })
        .await
    }

    /// The signals of the session's pictures, in slot order; a stored value that no longer
    /// reads as signals is left out rather than failing the session's view.
    pub async fn capture_signals_load(
        &self,
        session: SessionRecord,
    ) -> Result<Vec<(CaptureSlot, CaptureSignals)>, StoreError> {
        let rows = self
            .read(move |c| {
                c.query_map(
                    "SELECT slot, signals FROM captures WHERE session_id = ?1 AND signals IS NOT NULL",
                    params![session.id],
                    |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
                )
            })
            .await?;
        let mut signals: Vec<_> = rows
            .into_iter()
            .filter_map(|(slot, json)| Some((CaptureSlot::parse(&slot)?, serde_json::from_str(&json).ok()?)))
            .collect();
        signals.sort_by_key(|(slot, _)| CaptureSlot::ALL.iter().position(|s| s == slot));
        Ok(signals)
    }
}
