//! The account steps of the Xpollens flow, each its own page in the order the product team
//! chose: proof of identity, declarative data, tax residence, terms; and the account's status.
//! Each step sends its part to the proxy and moves on; the verdicts arrive on the status page.

mod activation;
mod declaration;
mod identity;
mod sca;
mod status;
mod tax;
mod terms;

pub(crate) use declaration::DeclarationStep;
pub(crate) use identity::IdentityStep;
pub(crate) use status::AccountStatusStep;
pub(crate) use tax::TaxStep;
pub(crate) use terms::TermsStep;

use crate::api;
use crate::router::use_router;
use crate::session::use_session;
use kyc_core::account::AccountView;
use kyc_core::Step;
use leptos::prelude::*;
use std::future::Future;

/// Sends one step's call in the session's queue of saves; on success refreshes the session (the
/// furthest step moved on) and opens the next step, or, with `stay`, sets it and stays (the
/// page has something to tell first). `busy` and `failure` follow the call.
pub(super) fn send_step<F>(
    step: Step,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<api::Error>>,
    stay: Option<RwSignal<bool>>,
    call: impl FnOnce(String) -> F + 'static,
) where
    F: Future<Output = Result<AccountView, api::Error>> + 'static,
{
    let (session, router) = (use_session(), use_router());
    failure.set(None);
    busy.set(true);
    session.saves().push(async move {
        match call(session.token()).await {
            Ok(_) => {
                // Without the new view the next page would bounce back here; a failed refresh
                // only costs that bounce.
                let _ = session.refresh().await;
                match stay {
                    Some(stay) => {
                        stay.try_set(true);
                    }
                    None => router.go(session.after(step)),
                }
            }
            Err(error) => {
                failure.try_set(Some(error));
            }
        }
        busy.try_set(false);
    });
}
