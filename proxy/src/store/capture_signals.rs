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

    /// Records (or clears) the proxy's check of the zone on the picture of `slot`.
    pub async fn capture_mrz_check_save(
        &self,
        session: SessionRecord,
        slot: CaptureSlot,
        check: Option<MrzCheck>,
    ) -> Result<(), StoreError> {
        let json = check.map(|c| serde_json::to_string(&c)).transpose()?;
        self.call(move |c| {
            c.execute(
                "UPDATE captures SET mrz_check = ?3 WHERE session_id = ?1 AND slot = ?2",
                params![session.id, slot.as_str(), json],
            )?;
            Ok(())
        })
        .await
    }

    /// The zone checks of the session's pictures, in slot order (unreadable values left out).
    pub async fn capture_mrz_checks_load(
        &self,
        session: SessionRecord,
    ) -> Result<Vec<(CaptureSlot, MrzCheck)>, StoreError> {
        let rows = self
            .read(move |c| {
                c.query_map(
                    "SELECT slot, mrz_check FROM captures WHERE session_id = ?1 AND mrz_check IS NOT NULL",
                    params![session.id],
                    |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
                )
            })
            .await?;
        let mut checks: Vec<_> = rows
            .into_iter()
            .filter_map(|(slot, json)| Some((CaptureSlot::parse(&slot)?, serde_json::from_str(&json).ok()?)))
            .collect();
        checks.sort_by_key(|(slot, _)| CaptureSlot::ALL.iter().position(|s| s == slot));
        Ok(checks)
    }
}
