//! The login at the user's own bank (Signicat's iDIN): the proxy hands out the bank's page, the
//! browser goes there and comes back to this step, which asks the proxy how it ended (the proxy
//! reads it from the provider; nothing in the returning URL is trusted). Framed by a host page,
//! the bank opens in a window of its own (banks refuse frames) and this step asks until the
//! login has ended.

use crate::api;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::session::use_session;
use kyc_core::api::BankLogin;
use kyc_core::{EidScheme, Step};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Asks where the login stands on arrival (also on the way back from the bank), then offers
/// the way to the bank.
#[component]
pub(crate) fn BankLoginStep() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let router = use_router();
    let state = RwSignal::new(None::<BankLogin>);
    let eid = RwSignal::new(None::<EidScheme>);
    let failure = RwSignal::new(None::<api::Error>);
    let busy = RwSignal::new(false);
    let move_on = move || {
        spawn_local(async move {
            match session.refresh().await {
                Ok(()) if session.furthest() != Step::BankLogin => router.go(session.furthest()),
                Ok(()) => {}
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let check = move || {
        failure.set(None);
        spawn_local(async move {
            match api::bank_login(&session.token()).await {
                Ok(view) if view.state == BankLogin::Confirmed => move_on(),
                Ok(view) => {
                    eid.set(view.eid);
                    state.set(Some(view.state));
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    check();
    let framed = crate::frame::framed();
    // The bank's own window, while the user logs in there.
    let waiting = RwSignal::new(false);
    let blocked = RwSignal::new(false);
    if framed {
        let tick = move || {
            if waiting.get_untracked() {
                spawn_local(async move {
                    if let Ok(view) = api::bank_login(&session.token()).await {
                        match view.state {
                            BankLogin::Confirmed => move_on(),
                            BankLogin::Pending | BankLogin::NotStarted => {}
                            ended => {
                                waiting.set(false);
                                state.set(Some(ended));
                            }
                        }
                    }
                });
            }
        };
        crate::components::every(std::time::Duration::from_secs(2), tick);
    }
    let go = move |_| {
        failure.set(None);
        blocked.set(false);
        // Opened during the click, which is what lets a browser open a window.
        let popup = if framed {
            match window().open_with_url_and_target("about:blank", "kyc-bank-login") {
                Ok(Some(popup)) => Some(popup),
                _ => {
                    blocked.set(true);
                    return;
                }
            }
        } else {
            None
        };
        busy.set(true);
        spawn_local(async move {
            match api::start_bank_login(&session.token(), framed).await {
                Ok(api_view) => match (api_view.url, popup) {
                    (Some(url), Some(popup)) => {
                        let _ = popup.location().set_href(&url);
                        waiting.set(true);
                        busy.set(false);
                    }
                    (Some(url), None) => {
                        // The page is left for the bank's; a failed navigation leaves the button usable.
                        if window().location().set_href(&url).is_err() {
                            busy.set(false);
                        }
                    }
                    (None, popup) => {
                        let _ = popup.map(|p| p.close());
                        move_on();
                    }
                },
                Err(error) => {
                    let _ = popup.map(|p| p.close());
                    busy.set(false);
                    failure.set(Some(error));
                }
            }
        });
    };
    let r = move || i18n.rest();
    let notice = move || match state.get() {
        _ if blocked.get() => r().bank_popup_blocked,
        _ if waiting.get() => r().bank_popup,
        Some(BankLogin::Canceled) => r().bank_canceled,
        Some(BankLogin::Failed) => r().bank_failed,
        _ => "",
    };
    view! {
        <StepHeading>{trr(|t| t.bank_title)}</StepHeading>
        <p class="lead">{move || r().bank_how.of(eid.get().map(EidScheme::name))}</p>
        <p role="status">{notice}</p>
        <div class="actions">
            <button type="button" class="button" on:click=go disabled=move || busy.get() || state.get().is_none()>
                {trr(|t| t.bank_go)}
            </button>
        </div>
        <Problem error=failure retry=move |()| check()/>
    }
}
