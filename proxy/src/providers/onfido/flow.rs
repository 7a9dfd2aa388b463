//! Onfido's flow: once the pictures are taken, an applicant from the personal data, the document
//! sides and the selfie uploaded, and one check with the document, facial similarity and
//! Identity Enhanced reports. The check's result is read when the SPA polls or a webhook says
//! it is complete, and decided by the product team's rules ([`decision`]). The applicant and
//! check ids stay in the proxy.

use super::decision::{self, DecisionDetail};
use super::handover;
use super::{CheckStatus, DocumentType, FileUpload, OnfidoClient, Side};
use crate::clock;
use crate::error::AppError;
use crate::flow::{Ctx, Tracked};
use crate::flow::{Staged, StepsState};
use crate::store::{IdentificationRecord, SessionRecord, StoredPicture};
use kyc_core::capture::CaptureSlot;
use kyc_core::document::DocumentKind;
use kyc_core::flow::ProviderId;
use kyc_identity_enhanced::Policy;
use serde::{Deserialize, Serialize};

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Onfido;

/// The Onfido adapter and the product team's rules over its Identity Enhanced report, both
/// from configuration.
pub struct Onfido {
    /// The adapter.
    pub client: OnfidoClient,
    /// The rules (`ONFIDO_RULES`); the default accepts exactly the clear reports.
    pub rules: Policy,
}

/// Where an Onfido verification stands; each stage is stored before the next provider call, so
/// a retried submit continues instead of creating a second applicant or check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// The applicant exists; the pictures are not uploaded yet.
    Applicant {
        /// Onfido applicant id.
        applicant_id: String,
    },
    /// Pictures uploaded; no check yet.
    Uploaded {
        /// Onfido applicant id.
        applicant_id: String,
    },
    /// The check runs.
    Checking {
        /// Onfido applicant id.
        applicant_id: String,
        /// Onfido check id.
        check_id: String,
        /// The address country (alpha-3) when the check runs without Identity Enhanced because
        /// Onfido does not cover it.
        #[serde(default)]
        uncovered: Option<String>,
    },
    /// Decided; the status is in the identification record.
    Decided {
        /// Onfido check id.
        check_id: String,
        /// What was decided, and why.
        detail: DecisionDetail,
    },
}

impl Staged for Progress {
    const PROVIDER: ProviderId = PROVIDER;

    fn steps_state(&self) -> StepsState {
        let submitted = matches!(self, Progress::Checking { .. } | Progress::Decided { .. });
        StepsState { capture_done: submitted, person_locked: true, ..StepsState::default() }
    }
}

async fn save(ctx: &Ctx<Onfido>, session: SessionRecord, progress: &Progress) -> Result<(), AppError> {
    Ok(ctx.env.store.progress_save(session, PROVIDER, progress, clock::now().to_string()).await?)
}

/// Hands the session's data and pictures to Onfido and starts the check; the status step then
/// polls it. Idempotent: after the check was created, a second call changes nothing; after a
/// crash between a creating call and the save of its result, the retry adopts what the call
/// created ([`handover`]).
pub async fn submit(ctx: &Ctx<Onfido>, session: SessionRecord) -> Result<(), AppError> {
    let onfido = ctx.provider()?;
    let mut progress = ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?;
    loop {
        let (next, step) = match progress {
            None => {
                let applicant_id = handover::applicant_once(ctx, onfido, session).await?;
                (Progress::Applicant { applicant_id }, Some(handover::APPLICANT_STEP))
            }
            Some(Progress::Applicant { applicant_id }) => {
                // Not announced: uploading again after a crash is harmless, the check takes
                // the applicant's latest document and live photo.
                pictures_upload(ctx, onfido, session, &applicant_id).await?;
                (Progress::Uploaded { applicant_id }, None)
            }
            Some(Progress::Uploaded { applicant_id }) => {
                let (check, uncovered) = handover::check_once(ctx, onfido, session, &applicant_id).await?;
                // The identification before the progress that shows the status step: a poll in
                // between would find the step but nothing to show on it.
                crate::flow::identification_pending(&ctx.env.store, session, PROVIDER, check.id.clone()).await?;
                let uncovered = uncovered.map(str::to_owned);
                (Progress::Checking { applicant_id, check_id: check.id, uncovered }, Some(handover::CHECK_STEP))
            }
            Some(Progress::Checking { check_id, .. }) => {
                return crate::flow::identification_pending(&ctx.env.store, session, PROVIDER, check_id).await
            }
            Some(Progress::Decided { .. }) => return Ok(()),
        };
        save(ctx, session, &next).await?;
        if let Some(step) = step {
            ctx.env.intent_done(session, step).await?;
        }
        progress = Some(next);
    }
}

fn upload(slot: CaptureSlot, picture: StoredPicture) -> FileUpload {
    let extension = if picture.content_type == "image/png" { "png" } else { "jpg" };
    FileUpload {
        file_name: format!("{}.{extension}", slot.as_str()),
        content_type: picture.content_type,
        bytes: picture.bytes,
    }
}

async fn pictures_upload(
    ctx: &Ctx<Onfido>,
    onfido: &Onfido,
    session: SessionRecord,
    applicant_id: &str,
) -> Result<(), AppError> {
    let missing = || AppError::Conflict("The pictures of the document and the selfie are not complete.".into());
    let load = |slot| ctx.env.store.capture_load(session, slot);
    let front = load(CaptureSlot::DocumentFront).await?.ok_or_else(missing)?;
    let selfie = load(CaptureSlot::Selfie).await?.ok_or_else(missing)?;
    let back = load(CaptureSlot::DocumentBack).await?;
    // The partner's choice of document when it made one; else a back side means an ID card.
    let kind = match ctx.env.store.capture_document_load(session).await?.0 {
        Some(kind) => kind,
        None if back.is_some() => DocumentKind::IdCard,
        None => DocumentKind::Passport,
    };
    let client = &onfido.client;
    match (kind, back) {
        (DocumentKind::IdCard | DocumentKind::DriversLicense, Some(back)) => {
            let kind = match kind {
                DocumentKind::DriversLicense => DocumentType::DrivingLicence,
                _ => DocumentType::NationalIdentityCard,
            };
            client
                .document_upload(applicant_id, kind, Some(Side::Front), upload(CaptureSlot::DocumentFront, front))
                .await?;
            client
                .document_upload(applicant_id, kind, Some(Side::Back), upload(CaptureSlot::DocumentBack, back))
                .await?;
        }
        (DocumentKind::IdCard | DocumentKind::DriversLicense, None) => return Err(missing()),
        (DocumentKind::Passport, _) => {
            let kind = DocumentType::Passport;
            client.document_upload(applicant_id, kind, None, upload(CaptureSlot::DocumentFront, front)).await?;
        }
    }
    client.live_photo_upload(applicant_id, upload(CaptureSlot::Selfie, selfie)).await?;
    Ok(())
}

impl Tracked for Onfido {
    /// Asks Onfido about the check while it runs; once complete, decides and stores the decision.
    /// `rec` then holds what is stored. A decided check is never decided again.
    async fn refresh(ctx: &Ctx<Self>, session: SessionRecord, rec: &mut IdentificationRecord) -> Result<(), AppError> {
        let onfido = ctx.provider()?;
        let check = onfido.client.check_show(&rec.provider_identification_id).await?;
        if check.status != CheckStatus::Complete {
            return Ok(());
        }
        let progress = ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?;
        let detail = match progress {
            Some(Progress::Decided { detail, .. }) => detail,
            other => {
                let uncovered = match other {
                    Some(Progress::Checking { uncovered, .. }) => uncovered,
                    _ => None,
                };
                let reports = onfido.client.report_list(&check.id).await?;
                // The session's team may decide by rules of its own.
                let team = ctx.env.store.session_settings(session).await?.team;
                let team_rules = crate::teams::policy::applied(&ctx.env, &team).await?.onfido_rules;
                let rules = team_rules.as_ref().unwrap_or(&onfido.rules);
                let detail = decision::decide(&reports, rules, uncovered.as_deref())?;
                let decided = Progress::Decided { check_id: check.id.clone(), detail: detail.clone() };
                save(ctx, session, &decided).await?;
                detail
            }
        };
        let stored =
            ctx.env.store.identification_update(session, detail.verdict.status(), None, None, clock::now()).await?;
        if let Some(status) = stored {
            rec.status = status;
        }
        Ok(())
    }
}

/// The decision on the session's check, for the product team.
pub async fn decision(ctx: &Ctx<Onfido>, session: SessionRecord) -> Result<Option<DecisionDetail>, AppError> {
    Ok(match ctx.env.store.progress_load::<Progress>(session, PROVIDER).await? {
        Some(Progress::Decided { detail, .. }) => Some(detail),
        _ => None,
    })
}
