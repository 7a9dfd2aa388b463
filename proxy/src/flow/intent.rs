//! Provider calls that create something, made safe against a crash between the call and the
//! save of its result: [`Env::intent`] announces the call in the store first; the next attempt
//! finds the announcement and asks the provider for the first attempt's result before it
//! creates a second (a second person, applicant or check at the provider).

use super::Env;
use crate::clock;
use crate::error::AppError;
use crate::store::SessionRecord;
use rand::RngCore;

/// An announced provider call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intent {
    /// Names this call at the provider where its API takes a reference or tag
    /// (`kyc-` and 24 hex digits).
    pub reference: String,
    /// Set when an earlier attempt was announced and never finished: it may have reached the
    /// provider, at this time (milliseconds since the epoch) or a little later.
    pub earlier_since_ms: Option<i64>,
}

impl Env {
    /// Announces `step` of `session` before its provider call. Call [`Env::intent_done`] once
    /// the result is stored.
    pub async fn intent(&self, session: SessionRecord, step: &'static str) -> Result<Intent, AppError> {
        let mut bytes = [0u8; 12];
        rand::thread_rng().fill_bytes(&mut bytes);
        let reference = format!("kyc-{}", hex::encode(bytes));
        let (record, earlier) = self.store.intent_open(session, step, reference, clock::now().unix_millis()).await?;
        Ok(Intent { reference: record.reference, earlier_since_ms: earlier.then_some(record.started_at_ms) })
    }

    /// The result of `step` is stored.
    pub async fn intent_done(&self, session: SessionRecord, step: &'static str) -> Result<(), AppError> {
        Ok(self.store.intent_close(session, step).await?)
    }
}
