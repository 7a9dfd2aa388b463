//! Signicat Assure's flow, as its guide's bank example: one dossier per user holding the typed
//! data, an eID login at the user's bank with the scheme of their country (iDIN, Norwegian
//! BankID; a redirect round trip whose result is read from the API, never from the returning
//! URL), a document-and-selfie process from the capture step, the typed data matched field by
//! field against both, the product's decision ([`decision`]), and then the dossier kept as the
//! session's evidence and deleted at Assure while the proxy deletes its own copy ([`closing`]).
//! Dossier and process ids stay in the proxy.

use super::decision::DecisionDetail;
use super::handover;
use super::{DossierId, IdImage, ImageSide, NotificationTarget, ProcessId, ProcessStatus, SignicatClient};
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::flow::{Staged, StepsState};
use crate::store::SessionRecord;
use kyc_core::capture::CaptureSlot;
use kyc_core::flow::ProviderId;
use serde::{Deserialize, Serialize};

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Signicat;

/// Path of the proxy's page the bank sends the browser back to.
pub const RETURN_PATH: &str = "/api/bank-login/return";

/// The Assure adapter and where Assure notifies the proxy.
pub struct Signicat {
    /// The adapter.
    pub client: SignicatClient,
    /// The proxy's notification receiver and the `Authorization` value Assure sends along.
    pub notification: Option<NotificationTarget>,
    /// How long a dossier whose user stopped before the pictures stays at Assure.
    pub abandoned_after: std::time::Duration,
}

/// Where a session's dossier stands. Each stage is stored before the next provider call, so a
/// retried call continues instead of creating a second dossier or process; a crash between a
/// creating call and the save of its stage is covered by [`handover`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// The dossier exists; the user data may not be in it yet.
    Dossier {
        /// Assure dossier id.
        dossier_id: String,
    },
    /// An eID login was created (it may since have been completed or cancelled at the bank).
    BankLogin {
        /// Assure dossier id.
        dossier_id: String,
        /// The eID process.
        eid_process_id: String,
        /// The bank's login page.
        login_url: String,
    },
    /// The bank confirmed the identity; the pictures come next.
    BankConfirmed {
        /// Assure dossier id.
        dossier_id: String,
        /// The accepted eID process.
        eid_process_id: String,
    },
    /// The document-and-selfie process exists; pictures go up, then it is verified.
    Verifying {
        /// Assure dossier id.
        dossier_id: String,
        /// The accepted eID process.
        eid_process_id: String,
        /// The eIDV process.
        eidv_process_id: String,
    },
    /// Left unfinished for longer than `SIGNICAT_ABANDONED_DOSSIER_HOURS`: the dossier is
    /// (being) deleted at Assure ([`super::abandoned`]); a returning user starts a new one.
    Abandoned {
        /// The dossier to delete at Assure.
        dossier_id: String,
    },
    /// Decided. The dossier id stays only until Assure confirmed its deletion.
    Decided {
        /// What was decided and from what (field names and results, no values).
        detail: DecisionDetail,
        /// The dossier still to delete at Assure.
        dossier_id: Option<String>,
    },
}

impl Staged for Progress {
    const PROVIDER: ProviderId = PROVIDER;

    fn steps_state(&self) -> StepsState {
        if let Progress::Abandoned { .. } = self {
            // Nothing is left at Assure: the user starts again from their data.
            return StepsState::default();
        }
        let bank = !matches!(self, Progress::Dossier { .. } | Progress::BankLogin { .. });
        let submitted = matches!(self, Progress::Verifying { .. } | Progress::Decided { .. });
        // The typed data is in the dossier and matched against: it cannot change any more.
        StepsState { bank_login_done: bank, capture_done: submitted, person_locked: true, ..StepsState::default() }
    }
}

pub(super) async fn save(ctx: &Ctx<Signicat>, session: SessionRecord, progress: &Progress) -> Result<(), AppError> {
    Ok(ctx.env.store.progress_save(session, PROVIDER, progress, clock::now().to_string()).await?)
}

pub(super) async fn load(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<Option<Progress>, AppError> {
    Ok(ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?)
}

pub(super) fn ids(dossier: &str, process: &str) -> Result<(DossierId, ProcessId), AppError> {
    Ok((DossierId::parse(dossier)?, ProcessId::parse(process)?))
}

/// Hands the pictures to Assure once the capture step has them all and requests the
/// verification; the status step then polls it. Idempotent: a retake after that changes nothing.
pub async fn submit(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<(), AppError> {
    let signicat = ctx.provider()?;
    let (dossier_id, eidv_process_id) = match load(ctx, session).await? {
        Some(Progress::BankConfirmed { dossier_id, eid_process_id }) => {
            let dossier = DossierId::parse(&dossier_id)?;
            let eidv = handover::eidv_process_once(ctx, signicat, session, &dossier).await?;
            let progress = Progress::Verifying {
                dossier_id: dossier_id.clone(),
                eid_process_id: eid_process_id.clone(),
                eidv_process_id: eidv.as_str().to_owned(),
            };
            // The identification before the progress that shows the status step: a poll in
            // between would find the step but nothing to show on it.
            let eidv_id = eidv.as_str().to_owned();
            crate::flow::identification_pending(&ctx.env.store, session, PROVIDER, eidv_id).await?;
            save(ctx, session, &progress).await?;
            ctx.env.intent_done(session, handover::EIDV_STEP).await?;
            (dossier_id, eidv.as_str().to_owned())
        }
        Some(Progress::Verifying { dossier_id, eidv_process_id, .. }) => (dossier_id, eidv_process_id),
        Some(Progress::Decided { .. }) => return Ok(()),
        _ => return Err(AppError::Conflict("The bank login must be confirmed before the pictures.".into())),
    };
    let (dossier, eidv) = ids(&dossier_id, &eidv_process_id)?;
    // A pending process still needs its pictures; after the request it is the provider's.
    if signicat.client.process_show(&dossier, &eidv).await?.status == ProcessStatus::Pending {
        pictures_upload(ctx, signicat, session, &dossier, &eidv).await?;
        signicat.client.verification_request(&dossier, &eidv).await?;
    }
    crate::flow::identification_pending(&ctx.env.store, session, PROVIDER, eidv_process_id).await
}

async fn pictures_upload(
    ctx: &Ctx<Signicat>,
    signicat: &Signicat,
    session: SessionRecord,
    dossier: &DossierId,
    process: &ProcessId,
) -> Result<(), AppError> {
    let slots = [
        (CaptureSlot::DocumentFront, ImageSide::Front),
        (CaptureSlot::DocumentBack, ImageSide::Back),
        (CaptureSlot::Selfie, ImageSide::Selfie),
    ];
    for (slot, side) in slots {
        let Some(picture) = ctx.env.store.capture_load(session, slot).await? else {
            if slot == CaptureSlot::DocumentBack {
                continue;
            }
            return Err(AppError::Conflict("The pictures of the document and the selfie are not complete.".into()));
        };
        // Checked when uploaded; a stored picture that is not one any more is our fault.
        let image = IdImage::parse(picture.bytes).map_err(|_| AppError::Internal)?;
        signicat.client.image_upload(dossier, process, side, &image).await?;
    }
    Ok(())
}

/// The decision on the session, for the product team and the status step.
pub async fn decision(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<Option<DecisionDetail>, AppError> {
    Ok(match load(ctx, session).await? {
        Some(Progress::Decided { detail, .. }) => Some(detail),
        _ => None,
    })
}
