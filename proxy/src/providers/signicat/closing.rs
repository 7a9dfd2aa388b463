//! The end of a dossier: once the eIDV process is final, the typed data is matched against the
//! bank's and the document's data, the decision stored, the proof extracted from Assure (the
//! dossier as Get dossier shows it, as the guide's bank does before its delete request) and kept
//! as the session's evidence, and then every other piece of personal data deleted, at Assure
//! (the dossier) and in the proxy (person, drafts, pictures, the provider ids), before the user
//! sees the result. The decision, which names fields but holds no values, stays; the evidence
//! stays for the retention's personal-data period after the decision, sealed with its own key.
//! A referral is the exception: a person at the product team looks at the case and contacts the
//! user, so the data stays until their review ([`forget`] then runs).

use super::decision::{self, DecisionDetail};
use super::flow::{load, save, PROVIDER};
use super::{DossierId, ProcessId, ProcessStatus};
use super::{Progress, Signicat};
use crate::clock;
use crate::error::AppError;
use crate::flow::{Ctx, Tracked};
use crate::store::{IdentificationRecord, SessionRecord, StoredEvidence};
use kyc_core::api::Evidence;
use kyc_core::IdentificationStatus;

/// What the evidence of a Signicat session is: Get dossier's answer.
pub const EVIDENCE_SOURCE: &str = "assure_dossier";

impl Tracked for Signicat {
    /// Asks Assure about the eIDV process while it runs; once final, decides, deletes, and stores the
    /// status (`rec` then holds it). A failed deletion leaves the status pending, so the next poll
    /// (or notification) tries again; the decision itself is never made twice.
    async fn refresh(ctx: &Ctx<Self>, session: SessionRecord, rec: &mut IdentificationRecord) -> Result<(), AppError> {
        let signicat = ctx.provider()?;
        let (detail, dossier_id) = match load(ctx, session).await? {
            Some(Progress::Verifying { dossier_id, eid_process_id, eidv_process_id }) => {
                let Some(detail) = decide(signicat, &dossier_id, &eid_process_id, &eidv_process_id).await? else {
                    return Ok(());
                };
                let decided = Progress::Decided { detail: detail.clone(), dossier_id: Some(dossier_id.clone()) };
                save(ctx, session, &decided).await?;
                tracing::info!(session = session.id, verdict = ?detail.verdict, "signicat dossier decided");
                (detail, Some(dossier_id))
            }
            Some(Progress::Decided { detail, dossier_id }) => (detail, dossier_id),
            _ => return Ok(()),
        };
        let awaits_review = detail.verdict.status() == IdentificationStatus::Referred;
        if let (Some(dossier_id), false) = (dossier_id, awaits_review) {
            erase(ctx, signicat, session, &detail, &dossier_id).await?;
        }
        if let Some(status) =
            ctx.env.store.identification_update(session, detail.verdict.status(), None, None, clock::now()).await?
        {
            rec.status = status;
        }
        Ok(())
    }
}

/// Deletes the dossier at Assure and the proxy's personal data of a decided session that still
/// has them (a referral, before the product team's review settles it); nothing otherwise.
pub async fn forget(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<(), AppError> {
    if let Some(Progress::Decided { detail, dossier_id: Some(dossier_id) }) = load(ctx, session).await? {
        erase(ctx, ctx.provider()?, session, &detail, &dossier_id).await?;
    }
    Ok(())
}

/// Deletes the session's dossier at Assure whatever stage it reached (a session the product
/// team erases before its decision, or one abandoned on the way); a decided one as [`forget`]
/// does. Assure counts a dossier already gone as deleted, so this may run again.
pub async fn forget_any(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<(), AppError> {
    let dossier_id = match load(ctx, session).await? {
        Some(Progress::Decided { .. }) => return forget(ctx, session).await,
        Some(
            Progress::Dossier { dossier_id }
            | Progress::Abandoned { dossier_id }
            | Progress::BankLogin { dossier_id, .. }
            | Progress::BankConfirmed { dossier_id, .. }
            | Progress::Verifying { dossier_id, .. },
        ) => dossier_id,
        None => return Ok(()),
    };
    ctx.provider()?.client.dossier_delete(&DossierId::parse(&dossier_id)?).await?;
    tracing::info!(session = session.id, "signicat dossier deleted before a decision");
    Ok(())
}

async fn erase(
    ctx: &Ctx<Signicat>,
    signicat: &Signicat,
    session: SessionRecord,
    detail: &DecisionDetail,
    dossier_id: &str,
) -> Result<(), AppError> {
    let dossier = DossierId::parse(dossier_id)?;
    // Kept before the deletion; a retry after a deletion whose end was not saved has it already.
    if ctx.env.store.evidence_load(session).await?.is_none() {
        match signicat.client.dossier_proof(&dossier).await? {
            Some(proof) => {
                let evidence = StoredEvidence::new(PROVIDER.key(), EVIDENCE_SOURCE, "application/json", proof);
                ctx.env.store.evidence_save(session, evidence).await?;
            }
            None => tracing::error!(session = session.id, "signicat dossier gone before its proof was kept"),
        }
    }
    signicat.client.dossier_delete(&dossier).await?;
    ctx.env.store.personal_data_erase(session).await?;
    save(ctx, session, &Progress::Decided { detail: detail.clone(), dossier_id: None }).await?;
    tracing::info!(session = session.id, "signicat dossier and the proxy's personal data deleted");
    Ok(())
}

/// The decision once the eIDV process is final; `None` while it runs. Both processes are read
/// from Assure, and matched only when both were accepted (Assure matches nothing else).
async fn decide(
    signicat: &Signicat,
    dossier_id: &str,
    eid_process_id: &str,
    eidv_process_id: &str,
) -> Result<Option<DecisionDetail>, AppError> {
    let client = &signicat.client;
    let dossier = DossierId::parse(dossier_id)?;
    let eidv = client.process_show(&dossier, &ProcessId::parse(eidv_process_id)?).await?;
    if !eidv.status.is_final() {
        return Ok(None);
    }
    let eid = client.process_show(&dossier, &ProcessId::parse(eid_process_id)?).await?;
    let mut checks = Vec::new();
    if eid.status == ProcessStatus::Accepted && eidv.status == ProcessStatus::Accepted {
        // The user data against each process, in this order.
        let corroboration = client.corroborate(&dossier, &[eid.id.clone(), eidv.id.clone()]).await?;
        for ((_, report), evidence) in corroboration.reports.iter().zip([Evidence::Bank, Evidence::Document]) {
            checks.extend(decision::field_checks(report, evidence));
        }
    }
    Ok(Some(decision::decide(&eid, &eidv, checks)))
}
