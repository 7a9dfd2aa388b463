//! The account steps, each accepted in whatever order the flow puts them. Each one first makes
//! sure the prospect exists (created from the consented personal data under its `appUserId`).

use super::flow::{adapter, progress, update};
use super::webview::WebviewUrl;
use super::{AppUserId, TaxDeclaration, TaxResidence};
use super::{Progress, Xpollens};
use crate::clients::ProviderError;
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;
use kyc_core::account::{IdentityMethod, TaxRequest, TransferView};
use kyc_core::{CountryCode, Field, FieldError, PersonalData};

/// A new opaque `appUserId` for a session the browser started itself (no product team gave one).
fn generated_id() -> AppUserId {
    let id = crate::auth::public_id().replace(|c: char| !c.is_ascii_alphanumeric(), "");
    AppUserId::parse(&id).unwrap_or_else(|_| AppUserId::parse("prospect").expect("a valid id"))
}

/// The session's prospect at Xpollens, created now if it is not yet.
async fn prospect(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<AppUserId, AppError> {
    let id = match ctx.env.store.prospect_of_session(session).await? {
        Some(id) => AppUserId::parse(&id).map_err(|_| AppError::Internal)?,
        None => {
            let id = generated_id();
            ctx.env.store.prospect_insert(session, id.as_str().to_owned(), clock::now().unix_millis()).await?;
            id
        }
    };
    if progress(ctx, session).await?.created {
        return Ok(id);
    }
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let client = &adapter(ctx)?.client;
    // No hand-over intent here: the prospect is keyed by its `appUserId`, stored above before
    // the call, so a retry after a crash asks for the same one and Xpollens refuses a second.
    let created = match client.prospect_create(&id, &person).await {
        Ok(created) => created,
        // Created by a concurrent step (or before a lost answer): it exists, which is all we need.
        Err(ProviderError::Refused(_)) => client.prospect_show(&id).await?,
        Err(e) => return Err(e.into()),
    };
    update(ctx, session, |p| {
        p.created = true;
        p.status.get_or_insert(super::callback_flow::account_status(created.status));
    })
    .await?;
    Ok(id)
}

/// Refuses what would change identification data once the identity is validated.
fn unlocked(p: &Progress) -> Result<(), AppError> {
    if p.identity_validated() {
        return Err(AppError::Conflict("The identity is validated; identification data is locked.".into()));
    }
    Ok(())
}

/// Starts proving the identity. Facial recognition happens on the phone, in the product team's
/// app (or Xpollens Authenticator), bound with callback 35's activation code: nothing is asked
/// of the API, the flow shows the code or, inside the app, frames the webview the app hands in
/// ([`webview_handed_in`]). The transfer books an IBAN. Asked again (after a refusal, or to
/// switch method), it starts afresh.
pub async fn identity_start(
    ctx: &Ctx<Xpollens>,
    session: SessionRecord,
    method: IdentityMethod,
) -> Result<(), AppError> {
    unlocked(&progress(ctx, session).await?)?;
    let id = prospect(ctx, session).await?;
    let xp = adapter(ctx)?;
    match method {
        IdentityMethod::Facial => {
            update(ctx, session, |p| {
                p.identity = Some(method);
                p.webview_url = None;
            })
            .await
        }
        IdentityMethod::Transfer => {
            let booked = xp.client.sct_in_book(&id).await?;
            let transfer =
                TransferView { iban: booked.iban, bic: booked.bic, max_amount_cents: booked.max_amount_cents };
            update(ctx, session, |p| {
                p.identity = Some(method);
                p.webview_url = None;
                p.transfer = Some(transfer);
            })
            .await
        }
    }
}

/// The product team's app handed in the webview URL its SDK's `getIssuerData()` gave: checked
/// (see [`WebviewUrl`]), then kept for the flow to frame.
pub async fn webview_handed_in(ctx: &Ctx<Xpollens>, session: SessionRecord, raw: &str) -> Result<(), AppError> {
    let url =
        WebviewUrl::parse(raw, &adapter(ctx)?.webview_origins).map_err(|e| AppError::BadRequest(e.to_string()))?;
    unlocked(&progress(ctx, session).await?)?;
    // The app bound the wallet with the prospect's activation code, so the prospect exists.
    prospect(ctx, session).await?;
    update(ctx, session, |p| {
        p.identity = Some(IdentityMethod::Facial);
        p.webview_url = Some(url.as_str().to_owned());
    })
    .await
}

/// The webview's URL ended in `#SUCCESS` (the app's WebView saw it and told the flow): the user
/// is done with it; its result comes by callbacks 4 and 34.
pub async fn webview_finish(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<(), AppError> {
    update(ctx, session, |p| {
        if p.identity == Some(IdentityMethod::Facial) {
            p.webview_url = None;
        }
    })
    .await
}

/// The user changed their personal data: while they are a prospect whose identity is not yet
/// validated, the change goes to Xpollens (`PUT` user), before the proxy keeps it. Nothing to
/// do before the prospect exists (its creation sends the data then). Runs under the session's
/// lock (the personal-data save holds it), so it takes none.
pub async fn person_changed(
    ctx: &Ctx<Xpollens>,
    session: SessionRecord,
    person: &PersonalData,
) -> Result<(), AppError> {
    let Some(xp) = ctx.provider.as_ref() else { return Ok(()) };
    let p = progress(ctx, session).await?;
    if !p.created {
        return Ok(());
    }
    unlocked(&p)?;
    let Some(id) = ctx.env.store.prospect_of_session(session).await? else { return Ok(()) };
    let id = AppUserId::parse(&id).map_err(|_| AppError::Internal)?;
    match xp.client.prospect_update(&id, person).await {
        Ok(_) => Ok(()),
        // Validated at Xpollens before its callback reached us: the data is locked there.
        Err(ProviderError::Refused(_)) => {
            Err(AppError::Conflict("The identity is validated; identification data is locked.".into()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Sends the saved personal data as the declarative data.
pub async fn declaration_submit(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<(), AppError> {
    let id = prospect(ctx, session).await?;
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    match adapter(ctx)?.client.declarative_submit(&id, &person).await {
        Ok(_) => update(ctx, session, |p| p.declaration_done = true).await,
        Err(ProviderError::Refused(_)) => {
            // The provider's text may quote the data refused: not logged.
            tracing::info!(session = session.id, "Xpollens refused the declarative data");
            Err(AppError::Conflict("The identity is validated; identification data is locked.".into()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Sends the tax answers; the provider judges them at once.
pub async fn tax_submit(ctx: &Ctx<Xpollens>, session: SessionRecord, request: TaxRequest) -> Result<bool, AppError> {
    let country = CountryCode::parse(&request.country)
        .map_err(|_| AppError::BadRequest("country: an ISO 3166-1 alpha-2 code".into()))?;
    let tin = Some(request.tin.trim().to_owned()).filter(|t| !t.is_empty() && t.len() <= 40);
    let declaration = TaxDeclaration::parse(request.us_person, vec![TaxResidence { country, tin }])
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let id = prospect(ctx, session).await?;
    let outcome = match adapter(ctx)?.client.fatca_submit(&id, &declaration).await {
        Ok(outcome) => outcome,
        // Xpollens requires the number for most tax countries; the user can add it.
        Err(ProviderError::Refused(detail)) if detail.contains("taxIdentificationNumber") => {
            let message = "is required for this tax country".to_owned();
            return Err(AppError::Validation(vec![FieldError {
                field: Field::TaxResidency,
                code: "tin_required".into(),
                message,
            }]));
        }
        Err(e) => return Err(e.into()),
    };
    update(ctx, session, |p| p.tax_accepted = Some(outcome.accepted)).await?;
    Ok(outcome.accepted)
}

/// Records that the user accepted the account's terms, now.
pub async fn terms_accept(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<(), AppError> {
    let id = prospect(ctx, session).await?;
    adapter(ctx)?.client.cgu_accept(&id, &clock::now()).await?;
    update(ctx, session, |p| p.terms_done = true).await
}
