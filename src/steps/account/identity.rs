//! Proof of identity: the provider's facial recognition in its webview (with the phone hand-off
//! beside it), or an instant transfer to an IBAN booked for the user. The webview is
//! cross-origin; it ends on our own return page (`public/webview-return.html`), which tells this
//! page by `postMessage` that the URL ended in `#SUCCESS`, and the frame closes.

use super::activation::ActivationPanel;
use crate::api;
use crate::components::problem::Problem;
use crate::components::spinner::Spinner;
use crate::components::step_heading::StepHeading;
use crate::i18n::account::tra;
use crate::i18n::rest::trr;
use crate::i18n::{tr, use_i18n};
use crate::router::{use_router, Link};
use crate::session::use_session;
use kyc_core::account::{AccountView, IdentityMethod};
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

/// The `type` of the return page's message.
const SUCCESS_MESSAGE: &str = "kyc:webview-success";

/// Whether a `message` event is the return page's: any page can post to this window, only our
/// own origin may close the frame.
fn is_success(origin: &str, own_origin: &str, data: &JsValue) -> bool {
    let kind = js_sys::Reflect::get(data, &JsValue::from_str("type")).ok().and_then(|v| v.as_string());
    origin == own_origin && kind.as_deref() == Some(SUCCESS_MESSAGE)
}

/// The choice, then the webview or the transfer's details.
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
                    account.try_set(Some(view));
                }
                Err(error) => {
                    failure.try_set(Some(error));
                }
            }
        })
    };
    load();
    let start = move |method: IdentityMethod| {
        failure.set(None);
        finished.set(false);
        busy.set(true);
        spawn_local(async move {
            match api::start_identity(&session.token(), method).await {
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
    let own_origin = window().location().origin().unwrap_or_default();
    let listener = window_event_listener(leptos::ev::message, move |event| {
        if is_success(&event.origin(), &own_origin, &event.data()) {
            spawn_local(async move {
                match api::account_step(&session.token(), "identity/finish").await {
                    Ok(view) => {
                        account.try_set(Some(view));
                        finished.try_set(true);
                    }
                    Err(error) => {
                        failure.try_set(Some(error));
                    }
                }
            });
        }
    });
    on_cleanup(move || listener.remove());
    let next = move |_| {
        spawn_local(async move {
            let _ = session.refresh().await;
            router.go(session.after(Step::Identity));
        })
    };
    let method = move || account.with(|a| a.as_ref().and_then(|a| a.identity));
    let webview = move || account.with(|a| a.as_ref().and_then(|a| a.webview_url.clone()));
    let transfer = move || account.with(|a| a.as_ref().and_then(|a| a.transfer.clone()));
    // The check takes minutes: the user may go on as soon as a method is under way.
    let done = move || method().is_some();
    let transfer_details = move || {
        transfer().map(|t| {
            let limit = (i18n.lang().account().max_amount)(t.max_amount_cents);
            view! {
                <p>{tra(|t| t.transfer_intro)}</p>
                <dl class="summary">
                    <dt>{tra(|t| t.iban)}</dt><dd class="iban">{t.iban}</dd>
                    <dt>{tra(|t| t.bic)}</dt><dd>{t.bic}</dd>
                </dl>
                <p class="notice">{limit}</p>
            }
        })
    };
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
            <Spinner label=|l| l.texts().loading/>
        </div>
        <Problem error=failure retry=move |()| load()/>
        {move || webview().map(|url| view! {
            <iframe
                class="ident-frame"
                title=tra(|t| t.frame_title)
                src=url
                allow="camera; fullscreen"
                allowfullscreen=true
                referrerpolicy="no-referrer"
            ></iframe>
        })}
        <div role="status">
            <p hidden=move || !finished.get()>{tra(|t| t.frame_closed)}</p>
        </div>
        {transfer_details}
        <div hidden=move || method() != Some(IdentityMethod::Facial)>
            <ActivationPanel/>
        </div>
        <div class="actions">
            <button type="button" class="button" hidden=move || !done() on:click=next>{tr(|t| t.continue_)}</button>
            <Link step=session.before(Step::Identity) class="back">{trr(|t| t.back)}</Link>
        </div>
    }
}
