//! Keeping the stored identification status in step with the provider, whether a poll from the
//! SPA, a provider's event or the reconciliation asks for it. Updates never move a status backwards.

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

/// Re-reads `rec` from its provider (see [`Tracked::refresh`]) and records that the provider
/// confirmed it now, which the reconciliation and the product team's view read.
pub async fn refresh<P: Tracked>(
    ctx: &Ctx<P>,
    session: SessionRecord,
    rec: &mut IdentificationRecord,
) -> Result<(), AppError> {
    P::refresh(ctx, session, rec).await?;
    let now = crate::clock::now();
    ctx.env.store.identification_confirmed(session, now.to_string(), now.unix_millis()).await?;
    Ok(())
}

/// Applies a provider's event about one of its identifications: the event is only a hint, so
/// the identification is re-read from the provider unless it is settled. An identification no
/// session owns yet (the event overtook the save after the provider call) is tried again later.
pub async fn event_refresh<P: Tracked>(
    ctx: &Ctx<P>,
    provider: kyc_core::flow::ProviderId,
    identification_id: String,
) -> Result<(), super::EventError> {
    let Some(session) = ctx.env.store.identification_owner(provider, identification_id).await? else {
        return Err(super::EventError::Unknown("no session has this identification".into()));
    };
    // Gone since (erased): nothing left to apply.
    let Some(mut rec) = ctx.env.store.identification_load(session).await? else { return Ok(()) };
    if !settled(rec.status) {
        refresh(ctx, session, &mut rec).await?;
    }
    Ok(())
}
