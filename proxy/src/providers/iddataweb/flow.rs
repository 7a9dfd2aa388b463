//! ID Dataweb's flow: session risk before anything is asked, PII validation of what the user
//! entered, then the SMS link possession check on a match, or the document step-up otherwise.
//! The transaction (its `asi` and the next step's key) stays in the proxy.

use super::{DocumentImages, DocumentType, IdDatawebClient, NextStep, SessionSignals, Transaction};
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::flow::{Staged, StepsState};
use crate::store::SessionRecord;
use kyc_core::capture::CaptureSlot;
use kyc_core::document::DocumentKind;
use kyc_core::flow::ProviderId;
use kyc_core::{IdentificationStatus, PersonName};
use serde::{Deserialize, Serialize};

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Iddataweb;

/// Where an ID Dataweb verification stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// The session passed the risk check: the personal data is next.
    Pii {
        /// The transaction, waiting for PII validation.
        transaction: Transaction,
        /// A verified identity is already bound to this browser.
        recognised: bool,
    },
    /// The phone matched and the SMS link was sent.
    Possession {
        /// The transaction, waiting for the link's result.
        transaction: Transaction,
    },
    /// The phone did not match: an ID document and a selfie are needed.
    StepUp {
        /// The transaction, waiting for the document.
        transaction: Transaction,
    },
    /// Decided; the result is in the identification record.
    Decided {
        /// Whether the document step-up was part of the way.
        stepped_up: bool,
    },
}

impl Staged for Progress {
    const PROVIDER: ProviderId = PROVIDER;

    fn steps_state(&self) -> StepsState {
        let stepped_up = matches!(self, Progress::StepUp { .. } | Progress::Decided { stepped_up: true });
        StepsState {
            risk_done: true,
            phone_check_done: !matches!(self, Progress::Pii { .. } | Progress::Possession { .. }),
            capture_taken: stepped_up,
            capture_done: matches!(self, Progress::Decided { .. }),
            person_locked: !matches!(self, Progress::Pii { .. }),
            bank_login_done: false,
            device_recognised: matches!(self, Progress::Pii { recognised: true, .. }),
            ..StepsState::default()
        }
    }
}

fn client(ctx: &Ctx<IdDatawebClient>) -> Result<&IdDatawebClient, AppError> {
    ctx.provider()
}

/// Stores the decision where the status step reads it, and the progress as decided.
async fn decide(
    ctx: &Ctx<IdDatawebClient>,
    session: SessionRecord,
    approved: bool,
    stepped_up: bool,
    asi: String,
) -> Result<(), AppError> {
    let now = clock::now().to_string();
    let status = if approved { IdentificationStatus::Successful } else { IdentificationStatus::Failed };
    let rec = crate::flow::identification_record(PROVIDER, asi, status);
    ctx.env.store.identification_save(session, rec, now.clone()).await?;
    ctx.env.store.progress_save(session, PROVIDER, &Progress::Decided { stepped_up }, now).await?;
    Ok(())
}

/// Moves to what the provider answered after a step.
async fn follow(
    ctx: &Ctx<IdDatawebClient>,
    session: SessionRecord,
    next: NextStep,
    stepped_up: bool,
) -> Result<(), AppError> {
    let now = clock::now().to_string();
    let progress = match next {
        NextStep::PiiValidation(transaction) => Progress::Pii { transaction, recognised: false },
        NextStep::PossessionCheck(transaction) => {
            client(ctx)?.possession_check_start(&transaction).await?;
            Progress::Possession { transaction }
        }
        NextStep::DocumentStepUp(transaction) => Progress::StepUp { transaction },
        NextStep::Approved(approval) => return decide(ctx, session, true, stepped_up, approval.asi).await,
        // The reason stays in the proxy: a denial is not explained to the user (as for fraud).
        NextStep::Denied { reason } => {
            tracing::info!(?reason, "ID Dataweb denied the verification");
            return decide(ctx, session, false, stepped_up, String::new()).await;
        }
    };
    ctx.env.store.progress_save(session, PROVIDER, &progress, now).await?;
    Ok(())
}

/// Session risk: once per session, before the personal data. `fingerprint` identifies the
/// browser; a browser bound to a verified identity before is recognised.
pub async fn risk(ctx: &Ctx<IdDatawebClient>, session: SessionRecord, signals: SessionSignals) -> Result<(), AppError> {
    if ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?.is_some() {
        return Ok(());
    }
    let idw = client(ctx)?;
    let recognised = match &signals.fingerprint {
        Some(fingerprint) => idw.trusted_device(fingerprint).await?.is_some(),
        None => false,
    };
    let credential = crate::auth::public_id();
    // No hand-over intent: after a crash before the save below, the retry opens a second
    // transaction. The API documents no way to find a transaction again but by its `asi`, which
    // was lost, and the abandoned one holds only the session's signals: the personal data and
    // the pictures go into the saved transaction's later steps.
    let next = idw.session_risk(&credential, &signals).await?;
    if let NextStep::PiiValidation(transaction) = next {
        let progress = Progress::Pii { transaction, recognised };
        ctx.env.store.progress_save(session, PROVIDER, &progress, clock::now().to_string()).await?;
        return Ok(());
    }
    follow(ctx, session, next, false).await
}

/// PII validation of the saved data; on a match the SMS link goes out. Idempotent: a second
/// call after the first answered changes nothing.
pub async fn phone_check_start(ctx: &Ctx<IdDatawebClient>, session: SessionRecord) -> Result<(), AppError> {
    let Some(Progress::Pii { transaction, .. }) = ctx.env.store.progress_load(session, PROVIDER).await? else {
        return Ok(());
    };
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let region = person.address.state.as_ref().map(|s| s.as_str().to_owned());
    let next = client(ctx)?.pii_validation(&transaction, &person, region.as_deref()).await?;
    follow(ctx, session, next, false).await
}

/// The document step-up, once the pictures the capture step asked for are all in: the ID
/// document and the selfie go to the provider with the holder's name as entered.
pub async fn documents_submit(ctx: &Ctx<IdDatawebClient>, session: SessionRecord) -> Result<(), AppError> {
    let Some(Progress::StepUp { transaction }) = ctx.env.store.progress_load(session, PROVIDER).await? else {
        return Ok(());
    };
    let input = ctx
        .env
        .store
        .person_load(session)
        .await?
        .ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    let (first, last) = match (PersonName::parse(&input.first_name), PersonName::parse(&input.last_name)) {
        (Ok(first), Ok(last)) => (first, last),
        _ => return Err(AppError::Conflict("Personal data is missing.".into())),
    };
    let kind = ctx.env.store.capture_document_load(session).await?.0.unwrap_or(DocumentKind::IdCard);
    let picture = |slot| async move { ctx.env.store.capture_load(session, slot).await.map(|p| p.map(|p| p.bytes)) };
    let (Some(front), Some(selfie)) = (picture(CaptureSlot::DocumentFront).await?, picture(CaptureSlot::Selfie).await?)
    else {
        return Err(AppError::Conflict("The pictures are not complete.".into()));
    };
    let images = DocumentImages {
        document_type: match kind {
            DocumentKind::Passport => DocumentType::Passport,
            DocumentKind::IdCard => DocumentType::IdCard,
        },
        front,
        back: picture(CaptureSlot::DocumentBack).await?,
        selfie,
    };
    let next = client(ctx)?.document_step_up(&transaction, &first, &last, &images).await?;
    follow(ctx, session, next, true).await
}

/// Asks for the SMS link's result while it is awaited; `true` once the check is over.
pub async fn phone_check_poll(ctx: &Ctx<IdDatawebClient>, session: SessionRecord) -> Result<bool, AppError> {
    match ctx.env.store.progress_load(session, PROVIDER).await? {
        Some(Progress::Possession { transaction }) => {
            let next = client(ctx)?.possession_check_status(&transaction).await?;
            if matches!(next, NextStep::PossessionCheck(_)) {
                return Ok(false);
            }
            follow(ctx, session, next, false).await?;
            Ok(true)
        }
        Some(Progress::Pii { .. }) => Err(AppError::Conflict("The phone check has not started.".into())),
        Some(_) => Ok(true),
        None => Err(AppError::NotFound),
    }
}
