//! Signicat Assure's flow, as its guide's bank example: one dossier per user holding the typed
//! data, an iDIN login at the user's bank (a redirect round trip whose result is read from the
//! API, never from the returning URL), a document-and-selfie process from the capture step, the
//! typed data matched field by field against both, the product's decision ([`decision`]), and
//! then the dossier deleted at Assure while the proxy deletes its own copy ([`closing`]).
//! Dossier and process ids stay in the proxy.

use super::decision::DecisionDetail;
use super::{DossierId, IdImage, ImageSide, NotificationTarget, ProcessId, ProcessStatus, SignicatClient};
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::flow::{Staged, StepsState};
use crate::store::SessionRecord;
use kyc_core::api::{BankLogin, BankLoginView};
use kyc_core::capture::CaptureSlot;
use kyc_core::flow::FlowId;
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
}

/// Where a session's dossier stands. Each stage is stored before the next provider call, so a
/// retried call continues instead of creating a second dossier or process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// The dossier exists; the user data may not be in it yet.
    Dossier {
        /// Assure dossier id.
        dossier_id: String,
    },
    /// An iDIN login was created (it may since have been completed or cancelled at the bank).
    BankLogin {
        /// Assure dossier id.
        dossier_id: String,
        /// The iDIN process.
        eid_process_id: String,
        /// The bank's login page.
        login_url: String,
    },
    /// The bank confirmed the identity; the pictures come next.
    BankConfirmed {
        /// Assure dossier id.
        dossier_id: String,
        /// The accepted iDIN process.
        eid_process_id: String,
    },
    /// The document-and-selfie process exists; pictures go up, then it is verified.
    Verifying {
        /// Assure dossier id.
        dossier_id: String,
        /// The accepted iDIN process.
        eid_process_id: String,
        /// The eIDV process.
        eidv_process_id: String,
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

fn ids(dossier: &str, process: &str) -> Result<(DossierId, ProcessId), AppError> {
    Ok((DossierId::parse(dossier)?, ProcessId::parse(process)?))
}

fn view(state: BankLogin, url: Option<String>) -> BankLoginView {
    BankLoginView { state, url }
}

/// Where the bank login stands. A created login is read from Assure (the authority; the
/// browser's return says nothing we trust), and an accepted one moves the flow on.
pub async fn bank_login_show(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<BankLoginView, AppError> {
    let signicat = ctx.provider()?;
    // Only this flow has a bank login: no dossier for anyone else's session.
    if ctx.env.store.session_settings(session).await?.flow != FlowId::SignicatBank {
        return Err(AppError::NotFound);
    }
    match load(ctx, session).await? {
        None | Some(Progress::Dossier { .. }) => Ok(view(BankLogin::NotStarted, None)),
        Some(Progress::BankLogin { dossier_id, eid_process_id, login_url }) => {
            let (dossier, process) = ids(&dossier_id, &eid_process_id)?;
            let status = signicat.client.process_show(&dossier, &process).await?.status;
            Ok(match status {
                ProcessStatus::Accepted => {
                    save(ctx, session, &Progress::BankConfirmed { dossier_id, eid_process_id }).await?;
                    tracing::info!(session = session.id, "bank login confirmed");
                    view(BankLogin::Confirmed, None)
                }
                ProcessStatus::Canceled => view(BankLogin::Canceled, None),
                status if status.is_final() => view(BankLogin::Failed, None),
                _ => view(BankLogin::Pending, Some(login_url)),
            })
        }
        Some(_) => Ok(view(BankLogin::Confirmed, None)),
    }
}

/// Starts the bank login: the dossier with the user's data first (once), then an iDIN process
/// whose page the browser is sent to. A pending login is handed out again; a cancelled or failed
/// one is replaced by a new process. `popup`: the app runs in a host's iframe, which banks refuse
/// to be shown in, so the bank opens in a window of its own, which the return closes.
pub async fn bank_login_start(
    ctx: &Ctx<Signicat>,
    session: SessionRecord,
    popup: bool,
) -> Result<BankLoginView, AppError> {
    let signicat = ctx.provider()?;
    let current = bank_login_show(ctx, session).await?;
    if matches!(current.state, BankLogin::Pending | BankLogin::Confirmed) {
        return Ok(current);
    }
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let dossier = match load(ctx, session).await? {
        Some(Progress::Dossier { dossier_id } | Progress::BankLogin { dossier_id, .. }) => {
            DossierId::parse(&dossier_id)?
        }
        _ => {
            let dossier = signicat.client.dossier_create().await?;
            save(ctx, session, &Progress::Dossier { dossier_id: dossier.as_str().to_owned() }).await?;
            dossier
        }
    };
    // Replaces what an earlier attempt put there: the data as it stands now.
    signicat.client.user_data_put(&dossier, &person).await?;
    let mut query = presentation(ctx, session).await?;
    if popup {
        query.push_str(if query.is_empty() { "?window=popup" } else { "&window=popup" });
    }
    let return_url = format!("{}{RETURN_PATH}{query}", ctx.env.public_url.trim_end_matches('/'));
    let started = signicat.client.eid_process_create(&dossier, &return_url, signicat.notification.as_ref()).await?;
    let progress = Progress::BankLogin {
        dossier_id: dossier.as_str().to_owned(),
        eid_process_id: started.process.as_str().to_owned(),
        login_url: started.redirect_url.clone(),
    };
    save(ctx, session, &progress).await?;
    Ok(view(BankLogin::Pending, Some(started.redirect_url)))
}

/// The product team's language and embed marker as a query (`?lang=de&embed=…`), so that the
/// page the bank returns to looks as the one the user left; empty for the browser's own sessions.
async fn presentation(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<String, AppError> {
    let Some((embed, options)) = ctx.env.store.session_options_load(session).await? else {
        return Ok(String::new());
    };
    Ok(match options.language {
        Some(lang) => format!("?lang={lang}&embed={embed}"),
        None => format!("?embed={embed}"),
    })
}

/// Hands the pictures to Assure once the capture step has them all and requests the
/// verification; the status step then polls it. Idempotent: a retake after that changes nothing.
pub async fn submit(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<(), AppError> {
    let signicat = ctx.provider()?;
    let (dossier_id, eidv_process_id) = match load(ctx, session).await? {
        Some(Progress::BankConfirmed { dossier_id, eid_process_id }) => {
            let dossier = DossierId::parse(&dossier_id)?;
            let eidv = signicat.client.eidv_process_create(&dossier, signicat.notification.as_ref()).await?;
            let progress = Progress::Verifying {
                dossier_id: dossier_id.clone(),
                eid_process_id: eid_process_id.clone(),
                eidv_process_id: eidv.as_str().to_owned(),
            };
            save(ctx, session, &progress).await?;
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
