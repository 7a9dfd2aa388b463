//! ID Dataweb's flow: session risk before anything is asked, PII validation of what the user
//! entered, then the SMS link possession check on a match, or the document step-up otherwise.
//! The transaction (its `asi` and the next step's key) stays in the proxy; session risk and
//! the PII validation after it are in `screening`.

mod screening;

pub use screening::{phone_check_start, risk};

use super::decision::DecisionDetail;
use super::{DocumentImages, DocumentType, IdDatawebClient, NextStep, SessionSignals, Transaction};
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::flow::{Staged, StepsState};
use crate::store::SessionRecord;
use kyc_core::capture::CaptureSlot;
use kyc_core::document::DocumentKind;
use kyc_core::flow::ProviderId;
use kyc_core::PersonName;
use serde::{Deserialize, Serialize};

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Iddataweb;

/// Where an ID Dataweb verification stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// Email Risk add-on: the browser's signals, kept until the typed e-mail may go with them.
    Signals {
        /// What the page and the request told about the session.
        signals: SessionSignals,
    },
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
        /// What was decided and why, for the product team (absent in progress stored before it
        /// was kept).
        #[serde(default)]
        detail: Option<DecisionDetail>,
    },
}

impl Staged for Progress {
    const PROVIDER: ProviderId = PROVIDER;

    fn steps_state(&self) -> StepsState {
        let stepped_up = matches!(self, Progress::StepUp { .. } | Progress::Decided { stepped_up: true, .. });
        let before_pii = matches!(self, Progress::Signals { .. } | Progress::Pii { .. });
        StepsState {
            risk_done: true,
            phone_check_done: !before_pii && !matches!(self, Progress::Possession { .. }),
            capture_taken: stepped_up,
            capture_done: matches!(self, Progress::Decided { .. }),
            person_locked: !before_pii,
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
    detail: DecisionDetail,
    asi: String,
) -> Result<(), AppError> {
    let now = clock::now().to_string();
    let rec = crate::flow::identification_record(PROVIDER, asi, detail.verdict.status());
    ctx.env.store.identification_save(session, rec, now.clone()).await?;
    let decided = Progress::Decided { stepped_up: detail.stepped_up, detail: Some(detail) };
    ctx.env.store.progress_save(session, PROVIDER, &decided, now).await?;
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
    if let Some(detail) = DecisionDetail::of(&next, stepped_up) {
        // A denial's reason stays with the product team: the user is not told (as for fraud).
        let asi = match next {
            NextStep::Approved(approval) => approval.asi,
            NextStep::Unhandled { transaction, .. } => transaction.asi,
            _ => String::new(),
        };
        return decide(ctx, session, detail, asi).await;
    }
    let progress = match next {
        NextStep::PiiValidation(transaction) => Progress::Pii { transaction, recognised: false },
        NextStep::PossessionCheck(transaction) => {
            client(ctx)?.possession_check_start(&transaction).await?;
            Progress::Possession { transaction }
        }
        NextStep::DocumentStepUp(transaction) => Progress::StepUp { transaction },
        NextStep::Approved(_) | NextStep::Denied { .. } | NextStep::Unhandled { .. } => return Ok(()),
    };
    ctx.env.store.progress_save(session, PROVIDER, &progress, now).await?;
    Ok(())
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
            DocumentKind::DriversLicense => DocumentType::DriversLicense,
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
        Some(Progress::Signals { .. } | Progress::Pii { .. }) => {
            Err(AppError::Conflict("The phone check has not started.".into()))
        }
        Some(_) => Ok(true),
        None => Err(AppError::NotFound),
    }
}

/// The decision on the session's verification, for the product team.
pub async fn decision(ctx: &Ctx<IdDatawebClient>, session: SessionRecord) -> Result<Option<DecisionDetail>, AppError> {
    Ok(match ctx.env.store.progress_load::<Progress>(session, PROVIDER).await? {
        Some(Progress::Decided { detail, .. }) => detail,
        _ => None,
    })
}
