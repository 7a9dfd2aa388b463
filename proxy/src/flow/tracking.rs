//! Keeping the stored identification status in step with the provider, whether a poll from the
//! SPA or a provider's event asks for it. Updates never move a status backwards.

use super::Ctx;
use crate::error::AppError;
use crate::store::{IdentificationRecord, SessionRecord};
use kyc_core::IdentificationStatus;
use std::future::Future;

/// Statuses nothing can change any more: no need to ask the provider.
pub fn settled(status: IdentificationStatus) -> bool {
    use IdentificationStatus::*;
    matches!(status, Successful | Failed | Expired | Referred)
}

/// A provider whose identifications can be re-read.
pub trait Tracked: Send + Sync + Sized + 'static {
    /// Asks the provider for the current status of `rec` and stores it; `rec` then holds what
    /// is stored.
    fn refresh(
        ctx: &Ctx<Self>,
        session: SessionRecord,
        rec: &mut IdentificationRecord,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}

/// After a provider's event, in the background (the event is answered at once): re-reads the
/// session's identification from its provider unless it is settled. A failure is only logged;
/// the next poll of the status step catches up.
pub fn refresh_later<P: Tracked>(ctx: Ctx<P>, session: SessionRecord) {
    tokio::spawn(async move {
        let Ok(Some(mut rec)) = ctx.env.store.identification_load(session).await else { return };
        if !settled(rec.status) {
            if let Err(err) = P::refresh(&ctx, session, &mut rec).await {
                tracing::warn!(provider = %rec.provider, error = %err, "event follow-up failed; the next poll will catch up");
            }
        }
    });
}
