//! The Assure calls that create something, each announced before it is sent
//! ([`Env::intent`](crate::flow::Env::intent)) so that after a crash between the call and the
//! save of its result the retry adopts what the first attempt created. The caller saves the
//! result and then calls [`Env::intent_done`](crate::flow::Env::intent_done) with the step.

use super::{DossierId, EidStart, ProcessId, Signicat};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;
use kyc_core::EidScheme;

/// The intent step of the dossier's creation.
pub const DOSSIER_STEP: &str = "signicat-dossier";
/// The intent step of an eID process's creation.
pub const EID_STEP: &str = "signicat-eid-process";
/// The intent step of the document-and-selfie process's creation.
pub const EIDV_STEP: &str = "signicat-eidv-process";

/// The session's dossier: the one an interrupted attempt created, found by the intent's
/// reference given as its external reference, else a new one carrying it.
pub(super) async fn dossier_once(
    ctx: &Ctx<Signicat>,
    signicat: &Signicat,
    session: SessionRecord,
) -> Result<DossierId, AppError> {
    let intent = ctx.env.intent(session, DOSSIER_STEP).await?;
    if intent.earlier_since_ms.is_some() {
        if let Some(dossier) = signicat.client.dossier_find(&intent.reference).await? {
            tracing::info!(session = session.id, "signicat dossier of an interrupted attempt adopted");
            return Ok(dossier);
        }
    }
    Ok(signicat.client.dossier_create(Some(&intent.reference)).await?)
}

/// An eID process of `scheme` in the dossier: a pending one an interrupted attempt created
/// (processes take no reference of ours; the dossier is the session's own), else a new one.
pub(super) async fn eid_process_once(
    ctx: &Ctx<Signicat>,
    signicat: &Signicat,
    session: SessionRecord,
    (dossier, scheme): (&DossierId, EidScheme),
    return_url: &str,
) -> Result<EidStart, AppError> {
    let intent = ctx.env.intent(session, EID_STEP).await?;
    if intent.earlier_since_ms.is_some() {
        if let Some(started) = signicat.client.eid_process_find_pending(dossier, scheme).await? {
            tracing::info!(session = session.id, "signicat eid process of an interrupted attempt adopted");
            return Ok(started);
        }
    }
    Ok(signicat.client.eid_process_create(dossier, scheme, return_url, signicat.notification.as_ref()).await?)
}

/// The document-and-selfie process: a pending one an interrupted attempt created, else a new
/// one.
pub(super) async fn eidv_process_once(
    ctx: &Ctx<Signicat>,
    signicat: &Signicat,
    session: SessionRecord,
    dossier: &DossierId,
) -> Result<ProcessId, AppError> {
    let intent = ctx.env.intent(session, EIDV_STEP).await?;
    if intent.earlier_since_ms.is_some() {
        if let Some(process) = signicat.client.eidv_process_find_pending(dossier).await? {
            tracing::info!(session = session.id, "signicat eidv process of an interrupted attempt adopted");
            return Ok(process);
        }
    }
    Ok(signicat.client.eidv_process_create(dossier, signicat.notification.as_ref()).await?)
}
