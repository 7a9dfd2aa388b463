//! The account steps, each accepted in whatever order the flow puts them. Each one first makes
//! sure the prospect exists (created from the consented personal data under its `appUserId`).

use super::flow::{adapter, progress, update};
use super::{AppUserId, TaxDeclaration, TaxResidence};
use super::{Progress, Xpollens};
use crate::clients::ProviderError;
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;
use kyc_core::account::{IdentityMethod, TaxRequest, TransferView};
use kyc_core::{CountryCode, Field, FieldError};
use std::time::Duration;

/// How long starting the facial recognition waits for the activation code (callback 35), which
/// follows the prospect's creation within moments.
const ACTIVATION_WAIT: Duration = Duration::from_secs(8);

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

/// Starts proving the identity: the facial recognition's webview, or the IBAN for a transfer.
/// Asked again (after a refusal, or to switch method), it starts afresh.
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
            let deadline = tokio::time::Instant::now() + ACTIVATION_WAIT;
            let code = loop {
                if let Some(code) = progress(ctx, session).await?.activation_code {
                    break code;
                }
                if tokio::time::Instant::now() >= deadline {
                    return Err(AppError::ProviderUnavailable);
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            };
            let code = super::ActivationCode::parse(&code).map_err(|_| AppError::Internal)?;
            let url = xp.client.webview_url(&code).await?;
            // The webview's final redirect comes back to our own page (see `Xpollens::return_url`).
            let url = format!("{url}&returnUrl={}", urlencode(&xp.return_url));
            update(ctx, session, |p| {
                p.identity = Some(method);
                p.webview_url = Some(url);
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

fn urlencode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The webview's URL ended in `#SUCCESS`: the user is done with it (its result comes by callback).
pub async fn webview_finish(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<(), AppError> {
    update(ctx, session, |p| {
        if p.identity == Some(IdentityMethod::Facial) {
            p.webview_url = None;
        }
    })
    .await
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
