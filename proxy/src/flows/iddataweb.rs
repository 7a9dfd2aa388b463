//! ID Dataweb's flow: session risk before anything is asked, PII validation of what the user
//! entered, then the SMS link possession check on a match, or the document step-up otherwise.
//! The transaction (its `asi` and the next step's key) stays in the proxy.

use super::StepsState;
use crate::clock;
use crate::error::AppError;
use crate::providers::iddataweb::{
    DocumentImages, DocumentType, IdDatawebClient, NextStep, SessionSignals, Transaction,
};
use crate::state::AppState;
use crate::store::SessionRecord;
use kyc_core::capture::CaptureSlot;
use kyc_core::document::DocumentKind;
use kyc_core::{IdentificationStatus, PersonName};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The provider name in storage.
pub const PROVIDER: &str = "iddataweb";

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

impl Progress {
    pub(super) fn steps_state(&self) -> StepsState {
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

fn client(state: &AppState) -> Result<&Arc<IdDatawebClient>, AppError> {
    state.iddataweb.as_ref().ok_or(AppError::ProviderUnavailable)
}

/// Stores the decision where the status step reads it, and the progress as decided.
async fn decide(
    state: &AppState,
    session: SessionRecord,
    approved: bool,
    stepped_up: bool,
    asi: String,
) -> Result<(), AppError> {
    let now = clock::now().to_string();
    let status = if approved { IdentificationStatus::Successful } else { IdentificationStatus::Failed };
    let rec = super::identification_record(PROVIDER, asi, status);
    state.store.identification_save(session, rec, now.clone()).await?;
    state.store.progress_save(session, PROVIDER, &Progress::Decided { stepped_up }, now).await?;
    Ok(())
}

/// Moves to what the provider answered after a step.
async fn follow(state: &AppState, session: SessionRecord, next: NextStep, stepped_up: bool) -> Result<(), AppError> {
    let now = clock::now().to_string();
    let progress = match next {
        NextStep::PiiValidation(transaction) => Progress::Pii { transaction, recognised: false },
        NextStep::PossessionCheck(transaction) => {
            client(state)?.possession_check_start(&transaction).await?;
            Progress::Possession { transaction }
        }
        NextStep::DocumentStepUp(transaction) => Progress::StepUp { transaction },
        NextStep::Approved(approval) => return decide(state, session, true, stepped_up, approval.asi).await,
        // The reason stays in the proxy: a denial is not explained to the user (as for fraud).
        NextStep::Denied { reason } => {
            tracing::info!(?reason, "ID Dataweb denied the verification");
            return decide(state, session, false, stepped_up, String::new()).await;
        }
    };
    state.store.progress_save(session, PROVIDER, &progress, now).await?;
    Ok(())
}

/// Session risk: once per session, before the personal data. `fingerprint` identifies the
/// browser; a browser bound to a verified identity before is recognised.
pub async fn risk(state: &AppState, session: SessionRecord, signals: SessionSignals) -> Result<(), AppError> {
    if state.store.progress_load::<Progress>(session, PROVIDER).await?.is_some() {
        return Ok(());
    }
    let idw = client(state)?;
    let recognised = match &signals.fingerprint {
        Some(fingerprint) => idw.trusted_device(fingerprint).await?.is_some(),
        None => false,
    };
    let credential = crate::auth::public_id();
    let next = idw.session_risk(&credential, &signals).await?;
    if let NextStep::PiiValidation(transaction) = next {
        let progress = Progress::Pii { transaction, recognised };
        state.store.progress_save(session, PROVIDER, &progress, clock::now().to_string()).await?;
        return Ok(());
    }
    follow(state, session, next, false).await
}

/// PII validation of the saved data; on a match the SMS link goes out. Idempotent: a second
/// call after the first answered changes nothing.
pub async fn phone_check_start(state: &AppState, session: SessionRecord) -> Result<(), AppError> {
    let Some(Progress::Pii { transaction, .. }) = state.store.progress_load(session, PROVIDER).await? else {
        return Ok(());
    };
    let person = super::consented_person(state, session).await?;
    let region = person.address.state.as_ref().map(|s| s.as_str().to_owned());
    let next = client(state)?.pii_validation(&transaction, &person, region.as_deref()).await?;
    follow(state, session, next, false).await
}

/// The document step-up, once the pictures the capture step asked for are all in: the ID
/// document and the selfie go to the provider with the holder's name as entered.
pub async fn documents_submit(state: &AppState, session: SessionRecord) -> Result<(), AppError> {
    let Some(Progress::StepUp { transaction }) = state.store.progress_load(session, PROVIDER).await? else {
        return Ok(());
    };
    let input = state
        .store
        .person_load(session)
        .await?
        .ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    let (first, last) = match (PersonName::parse(&input.first_name), PersonName::parse(&input.last_name)) {
        (Ok(first), Ok(last)) => (first, last),
        _ => return Err(AppError::Conflict("Personal data is missing.".into())),
    };
    let kind = state.store.capture_document_load(session).await?.0.unwrap_or(DocumentKind::IdCard);
    let picture = |slot| async move { state.store.capture_load(session, slot).await.map(|p| p.map(|p| p.bytes)) };
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
    let next = client(state)?.document_step_up(&transaction, &first, &last, &images).await?;
    follow(state, session, next, true).await
}

/// Asks for the SMS link's result while it is awaited; `true` once the check is over.
pub async fn phone_check_poll(state: &AppState, session: SessionRecord) -> Result<bool, AppError> {
    match state.store.progress_load(session, PROVIDER).await? {
        Some(Progress::Possession { transaction }) => {
            let next = client(state)?.possession_check_status(&transaction).await?;
            if matches!(next, NextStep::PossessionCheck(_)) {
                return Ok(false);
            }
            follow(state, session, next, false).await?;
            Ok(true)
        }
        Some(Progress::Pii { .. }) => Err(AppError::Conflict("The phone check has not started.".into())),
        Some(_) => Ok(true),
        None => Err(AppError::NotFound),
    }
}
