//! The session-risk screening and the PII validation after it.
//!
//! With the Email Risk add-on the guide puts the e-mail into the session-risk call; the user
//! types it in the personal data, and it may reach the provider only once the consents are
//! given. So with that add-on the browser's signals wait in the progress and session risk runs
//! with the typed e-mail right before PII validation: a risky session is then denied after the
//! form, not before it.

use super::{client, follow, Progress, PROVIDER};
use crate::clock;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::providers::iddataweb::{IdDatawebClient, NextStep, SessionSignals, Transaction};
use crate::store::SessionRecord;

/// Session risk: once per session, before the personal data. `fingerprint` identifies the
/// browser; a browser bound to a verified identity before is recognised. With the Email Risk
/// add-on the signals wait for the typed e-mail ([`phone_check_start`]).
pub async fn risk(ctx: &Ctx<IdDatawebClient>, session: SessionRecord, signals: SessionSignals) -> Result<(), AppError> {
    if ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?.is_some() {
        return Ok(());
    }
    if client(ctx)?.email_risk() {
        let progress = Progress::Signals { signals };
        ctx.env.store.progress_save(session, PROVIDER, &progress, clock::now().to_string()).await?;
        return Ok(());
    }
    screen(ctx, session, signals).await.map(|_| ())
}

/// Runs session risk; the transaction when the session may go on (its progress saved).
async fn screen(
    ctx: &Ctx<IdDatawebClient>,
    session: SessionRecord,
    signals: SessionSignals,
) -> Result<Option<Transaction>, AppError> {
    let credential = crate::auth::public_id();
    // No hand-over intent: after a crash before the save below, the retry opens a second
    // transaction. The API documents no way to find a transaction again but by its `asi`, which
    // was lost, and the abandoned one holds only the session's signals: the personal data and
    // the pictures go into the saved transaction's later steps.
    let answer = client(ctx)?.session_risk(&credential, &signals).await?;
    if let NextStep::PiiValidation(transaction) = answer.next {
        let progress = Progress::Pii { transaction: transaction.clone(), recognised: answer.known_device };
        ctx.env.store.progress_save(session, PROVIDER, &progress, clock::now().to_string()).await?;
        return Ok(Some(transaction));
    }
    follow(ctx, session, answer.next, false).await?;
    Ok(None)
}

/// PII validation of the saved data; on a match the SMS link goes out. With the Email Risk
/// add-on, session risk runs first with the typed e-mail. Idempotent: a second call after the
/// first answered changes nothing.
pub async fn phone_check_start(ctx: &Ctx<IdDatawebClient>, session: SessionRecord) -> Result<(), AppError> {
    let transaction = match ctx.env.store.progress_load(session, PROVIDER).await? {
        Some(Progress::Pii { transaction, .. }) => transaction,
        Some(Progress::Signals { mut signals }) => {
            let person = crate::flow::consented_person(&ctx.env, session).await?;
            signals.email = Some(person.email.as_str().to_owned());
            match screen(ctx, session, signals).await? {
                Some(transaction) => transaction,
                None => return Ok(()),
            }
        }
        _ => return Ok(()),
    };
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let region = person.address.state.as_ref().map(|s| s.as_str().to_owned());
    let next = client(ctx)?.pii_validation(&transaction, &person, region.as_deref()).await?;
    follow(ctx, session, next, false).await
}
