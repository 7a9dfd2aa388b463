//! Proof of identity, as Xpollens's guide has it. The facial recognition "can only occur on a
//! mobile phone, via an app": on a computer the step shows callback 35's activation code (QR
//! code and text) for the phone app, and follows callbacks 4 and 34 (through the proxy) until
//! the identity is validated or refused. Inside a product team's mobile app, whose WebView hosts
//! the flow, the app hands in the webview URL its SDK gave; the step frames it with camera and
//! fullscreen and closes it when the app reports that its URL ended in `#SUCCESS` (see
//! [`crate::embed`]). The other way is an instant transfer to an IBAN booked for the user.

use super::activation::ActivationPanel;
use crate::api;
use crate::components::problem::Problem;
use crate::components::spinner::Spinner;
use crate::components::step_heading::StepHeading;
use crate::components::{every, in_groups};
use crate::embed::{host_webview, HostWebview};
use crate::i18n::account::tra;
use crate::i18n::rest::trr;
use crate::i18n::{tr, use_i18n};
use crate::router::{use_router, Link};
use crate::session::use_session;
use kyc_core::account::{AccountView, DiligenceState, IdentityMethod};
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// The tag the webview's URL ends with when it is done, whatever the outcome.
const DONE_TAG: &str = "#SUCCESS";

/// Where the identity check stands, as the last callbacks left it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Waiting,
    Validated,
    Refused,
}

fn check(view: &AccountView) -> Check {
    let states = || view.diligences.iter().map(|d| d.state);
    if states().any(|s| s == DiligenceState::Refused) {
        Check::Refused
    } else if !view.diligences.is_empty() && states().all(|s| s == DiligenceState::Validated) {
        Check::Validated
    } else {
        Check::Waiting
    }
}

/// The account calls of this step.
enum Call {
    /// Starts a method.
    Start(IdentityMethod),
    /// The webview URL the host app handed in.
    Webview(String),
    /// The framed webview is done.
    Finish,
}

impl Call {
    async fn send(self, token: &str) -> Result<AccountView, api::Error> {
        match self {
            Self::Start(method) => api::start_identity(token, method).await,
            Self::Webview(url) => api::hand_in_webview(token, &url).await,
            Self::Finish => api::account_step(token, "identity/finish").await,
        }
    }
}

/// The choice, then the phone hand-off (or, in the app, the webview) or the transfer's details.
#[component]
pub(crate) fn IdentityStep() -> impl IntoView {
    let (session, router, i18n) = (use_session(), use_router(), use_i18n());
    let account = RwSignal::new(None::<AccountView>);
    let (busy, failure) = (RwSignal::new(false), RwSignal::new(None::<api::Error>));
    let finished = RwSignal::new(false);
    let load = move || {
        spawn_local(async move {
            match api::account(&session.token()).await {
                Ok(view) => {
                    if account.try_with_untracked(|a| a.as_ref() != Some(&view)) == Some(true) {
                        account.try_set(Some(view));
                    }
                }
                Err(error) => {
                    failure.try_set(Some(error));
                }
            }
        })
    };
    load();
    let method = move || account.with(|a| a.as_ref().and_then(|a| a.identity));
    let state = move || account.with(|a| a.as_ref().map_or(Check::Waiting, check));
    // Callbacks 4 and 34 reach the proxy, not this page: ask until the check is decided.
    every(Duration::from_secs(3), move || {
        let waiting =
            account.with_untracked(|a| a.as_ref().is_some_and(|a| a.identity.is_some() && check(a) == Check::Waiting));
        if waiting {
            load();
        }
    });
    let call = move |request: Call| {
        failure.set(None);
        busy.set(true);
        spawn_local(async move {
            match request.send(&session.token()).await {
                Ok(view) => {
                    account.try_set(Some(view));
                }
                Err(error) => {
                    failure.try_set(Some(error));
                }
            }
            busy.try_set(false);
        });
    };
    let start = move |method: IdentityMethod| {
        finished.set(false);
        call(Call::Start(method));
    };
    let webview = move || account.with(|a| a.as_ref().and_then(|a| a.webview_url.clone()));
    // The host app's word: a webview to frame, or where the framed one went.
    if let Some(host) = host_webview() {
        // Tracks the host's messages only: the account's polling must not replay them.
        Effect::new(move |_| match host.get() {
            Some(HostWebview::Url(url)) => {
                finished.set(false);
                call(Call::Webview(url));
            }
            Some(HostWebview::Navigated(url)) => {
                let framed = account.with_untracked(|a| a.as_ref().and_then(|a| a.webview_url.clone()));
                // The guide: close the webview when its URL changes to end in #SUCCESS.
                if framed.is_some_and(|framed| url.strip_suffix(DONE_TAG) == Some(framed.as_str())) {
                    call(Call::Finish);
                    finished.set(true);
                }
            }
            None => {}
        });
    }
    let next = move |_| {
        spawn_local(async move {
            let _ = session.refresh().await;
            router.go(session.after(Step::Identity));
        })
    };
    let transfer = move || account.with(|a| a.as_ref().and_then(|a| a.transfer.clone()));
    // The check takes minutes: the user may go on as soon as a method is under way.
    let done = move || method().is_some();
    let transfer_details = move || {
        transfer().filter(|_| method() == Some(IdentityMethod::Transfer)).map(|t| {
            let limit = crate::i18n::counted(i18n.lang(), &i18n.account().max_amount, t.max_amount_cents / 100);
            view! {
                <p>{tra(|t| t.transfer_intro)}</p>
                <dl class="summary">
                    <dt>{tra(|t| t.iban)}</dt><dd class="iban chunks">{in_groups(&t.iban)}</dd>
                    <dt>{tra(|t| t.bic)}</dt><dd>{t.bic}</dd>
                </dl>
                <p class="notice">{limit}</p>
            }
        })
    };
    let phone = Memo::new(move |_| {
        method() == Some(IdentityMethod::Facial) && webview().is_none() && state() != Check::Validated
    });
    view! {
        <StepHeading>{tra(|t| t.identity_title)}</StepHeading>
        <p class="lead">{tra(|t| t.identity_intro)}</p>
        <h2 class="subheading">{tra(|t| t.method_legend)}</h2>
        <ul class="checklist">
            <li>{tra(|t| t.method_facial_hint)}</li>
            <li>{tra(|t| t.method_transfer_hint)}</li>
        </ul>
        <div class="actions">
            <button type="button" class="button button--secondary" disabled=busy
                on:click=move |_| start(IdentityMethod::Facial)>{tra(|t| t.method_facial)}</button>
            <button type="button" class="button button--secondary" disabled=busy
                on:click=move |_| start(IdentityMethod::Transfer)>{tra(|t| t.method_transfer)}</button>
        </div>
        <div hidden=move || !busy.get()>
            <Spinner label=|l| crate::i18n::texts_of(l).loading/>
        </div>
        <Problem error=failure retry=move |()| load()/>
        {move || webview().map(|url| view! {
            <iframe
                class="ident-frame"
                title=tra(|t| t.frame_title)
                src=url
                allow="camera;fullscreen"
                allowfullscreen=true
                referrerpolicy="no-referrer"
            ></iframe>
        })}
        <div role="status">
            <p hidden=move || !finished.get()>{tra(|t| t.frame_closed)}</p>
            <p class="notice" hidden=move || method().is_none() || state() != Check::Waiting>
                {tra(|t| t.identity_checking)}
            </p>
            <p class="notice" hidden=move || state() != Check::Validated>{tra(|t| t.identity_validated)}</p>
            <p class="notice" hidden=move || state() != Check::Refused>{tra(|t| t.identity_refused)}</p>
        </div>
        {transfer_details}
        {move || phone.get().then(|| view! { <ActivationPanel/> })}
        <div class="actions">
            <button type="button" class="button" hidden=move || !done() on:click=next>{tr(|t| t.continue_)}</button>
            <Link step=session.before(Step::Identity) class="back">{trr(|t| t.back)}</Link>
        </div>
    }
}
