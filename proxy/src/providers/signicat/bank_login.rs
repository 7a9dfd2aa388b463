//! The bank login of Signicat's flow: the dossier with the user's data, then an eID process of
//! the scheme of the user's country of residence (iDIN in the Netherlands, BankID in Norway)
//! whose page the browser is sent to; its state is read from Assure, never from the browser's
//! return.

use super::flow::{ids, load, save, Progress, Signicat, RETURN_PATH};
use super::handover;
use super::{DossierId, ProcessStatus};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;
use kyc_core::api::{BankLogin, BankLoginView};
use kyc_core::flow::FlowId;
use kyc_core::{CountryCode, EidScheme};

/// The scheme of the typed residence country, while the typed data is kept.
async fn scheme(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<Option<EidScheme>, AppError> {
    let person = ctx.env.store.person_load(session).await?;
    Ok(person.and_then(|p| CountryCode::parse(&p.country).ok()).and_then(EidScheme::for_residence))
}

/// Where the bank login stands. A created login is read from Assure (the authority; the
/// browser's return says nothing we trust), and an accepted one moves the flow on.
pub async fn bank_login_show(ctx: &Ctx<Signicat>, session: SessionRecord) -> Result<BankLoginView, AppError> {
    let signicat = ctx.provider()?;
    // Only this flow has a bank login: no dossier for anyone else's session.
    if ctx.env.store.session_settings(session).await?.flow != FlowId::SignicatBank {
        return Err(AppError::NotFound);
    }
    let eid = scheme(ctx, session).await?;
    let view = |state, url| BankLoginView { state, url, eid };
    match load(ctx, session).await? {
        None | Some(Progress::Dossier { .. } | Progress::Abandoned { .. }) => Ok(view(BankLogin::NotStarted, None)),
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

/// Starts the bank login: the dossier with the user's data first (once), then an eID process of
/// the residence country's scheme whose page the browser is sent to. A pending login is handed out again; a cancelled or failed
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
    // Refuses, field by field, a country without a scheme (the personal-data step said so).
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let scheme = EidScheme::for_residence(person.address.country)
        .ok_or_else(|| AppError::Conflict("No bank login serves the country of residence.".into()))?;
    let dossier = match load(ctx, session).await? {
        Some(Progress::Dossier { dossier_id } | Progress::BankLogin { dossier_id, .. }) => {
            DossierId::parse(&dossier_id)?
        }
        earlier => {
            if let Some(Progress::Abandoned { dossier_id }) = earlier {
                // Deleted at Assure for lack of activity (or about to be): a new dossier.
                signicat.client.dossier_delete(&DossierId::parse(&dossier_id)?).await?;
            }
            let dossier = handover::dossier_once(ctx, signicat, session).await?;
            save(ctx, session, &Progress::Dossier { dossier_id: dossier.as_str().to_owned() }).await?;
            ctx.env.intent_done(session, handover::DOSSIER_STEP).await?;
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
    let started = handover::eid_process_once(ctx, signicat, session, (&dossier, scheme), &return_url).await?;
    let progress = Progress::BankLogin {
        dossier_id: dossier.as_str().to_owned(),
        eid_process_id: started.process.as_str().to_owned(),
        login_url: started.redirect_url.clone(),
    };
    save(ctx, session, &progress).await?;
    ctx.env.intent_done(session, handover::EID_STEP).await?;
    Ok(BankLoginView { state: BankLogin::Pending, url: Some(started.redirect_url), eid: Some(scheme) })
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
