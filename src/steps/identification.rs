//! Step 3: the provider's video call, in an iframe. First the accepted documents and the
//! user's choice (with a proof of address when the document lacks the address); then the
//! call. The provider's return page (same origin, `public/ident-return.html`) tells this page by
//! `postMessage` that the call is over.

mod choice;
mod document_form;

use crate::api;
use crate::components::problem::Problem;
use crate::components::spinner::Spinner;
use crate::components::step_heading::StepHeading;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::{use_router, Link};
use crate::session::use_session;
use crate::steps::status::minutes;
use document_form::DocumentForm;
use kyc_core::api::{IdentificationRequest, IdentificationView, SupportedDocument};
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

/// The `type` of the return page's message.
const RETURN_MESSAGE: &str = "kyc:ident-return";

/// Whether a `message` event is the return page's: only our own origin may end the call, since
/// any page can post to this window.
fn is_return(origin: &str, own_origin: &str, kind: Option<&str>) -> bool {
    origin == own_origin && kind == Some(RETURN_MESSAGE)
}

fn message_type(data: &JsValue) -> Option<String> {
    js_sys::Reflect::get(data, &JsValue::from_str("type")).ok()?.as_string()
}

/// The video-identification page.
#[component]
pub(crate) fn IdentificationStep() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let started = RwSignal::new(None::<IdentificationView>);
    let failure = RwSignal::new(None::<api::Error>);
    let documents = RwSignal::new(None::<Vec<SupportedDocument>>);
    let busy = RwSignal::new(false);
    let start = move |request: Option<IdentificationRequest>| {
        failure.set(None);
        busy.set(true);
        // The call is held in the language the user sees now (the provider offers German and
        // English).
        let language = Some(i18n.lang().code().to_owned());
        let request = IdentificationRequest { language, ..request.unwrap_or_default() };
        spawn_local(async move {
            match api::start_identification(&session.token(), &request).await {
                Ok(view) => {
                    // Starting moves the furthest step on; without the new view the status page
                    // would bounce back here. A failed refresh only costs that bounce.
                    let _ = session.refresh().await;
                    started.set(Some(view));
                }
                Err(error) => failure.set(Some(error)),
            }
            busy.set(false);
        });
    };
    let load_documents = move || {
        failure.set(None);
        spawn_local(async move {
            match api::supported_documents(&session.token(), i18n.lang().code()).await {
                Ok(list) => documents.set(Some(list)),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    // A call that was started before (a retry after an interruption) needs no new choice.
    let resumed = session.with_untracked(|v| v.identification.is_some()).unwrap_or(false);
    if resumed {
        start(None);
    } else {
        load_documents();
    }
    // After a failed start the form is still filled in: its button sends the choice again.
    let retry = move |()| match (resumed, documents.with(Option::is_none)) {
        (true, _) => start(None),
        (false, true) => load_documents(),
        (false, false) => failure.set(None),
    };
    let nationality = session.with_untracked(|v| v.person.nationality.clone()).unwrap_or_default();
    let address_unconfirmed = session
        .with_untracked(|v| matches!(v.address_check, Some(kyc_core::api::AddressCheck::NotFound)))
        .unwrap_or(false);
    let choosing = move || !resumed && started.with(Option::is_none);

    let router = use_router();
    let own_origin = window().location().origin().unwrap_or_default();
    let listener = window_event_listener(leptos::ev::message, move |event| {
        if is_return(&event.origin(), &own_origin, message_type(&event.data()).as_deref()) {
            router.go(session.after(Step::Identification));
        }
    });
    on_cleanup(move || listener.remove());

    // Every part is in the page from the start and shown when its time comes.
    let url = move || started.with(|s| s.as_ref().map(|v| v.url.clone()));
    let waiting = move || {
        let minutes = started.with(|s| s.as_ref().and_then(|v| v.estimated_waiting_time)).map(minutes);
        minutes.map(|m| crate::i18n::counted(i18n.lang(), &i18n.rest().waiting_time, m.into())).unwrap_or_default()
    };
    view! {
        <StepHeading>{trr(|t| t.ident_title)}</StepHeading>
        <p class="lead">{trr(|t| t.ident_intro)}</p>
        <h2 class="subheading">{trr(|t| t.ident_ready)}</h2>
        <ul class="checklist">
            <li>{trr(|t| t.ident_ready_items[0])}</li>
            <li>{trr(|t| t.ident_ready_items[1])}</li>
            <li>{trr(|t| t.ident_ready_items[2])}</li>
        </ul>
        <div hidden=move || !choosing() || documents.with(Option::is_some) || failure.with(Option::is_some)>
            <Spinner label=|l| crate::i18n::rest::rest_of(l).docs_loading/>
        </div>
        <div hidden=move || !choosing() || documents.with(Option::is_none)>
            <DocumentForm documents nationality address_unconfirmed on_start=move |r| start(Some(r)) busy/>
        </div>
        <div hidden=move || !busy.get()>
            <Spinner label=|l| crate::i18n::rest::rest_of(l).ident_starting/>
        </div>
        <Problem error=failure retry=retry lead=|l| crate::i18n::rest::rest_of(l).ident_start_failed/>
        // Refused details can only be fixed on the first step.
        <p class="actions" hidden=move || failure.with(|f| f.as_ref().map(api::Error::code) != Some("validation_failed"))>
            <Link step=session.before(Step::Identification) class="back">{trr(|t| t.back)}</Link>
        </p>
        <div hidden=move || url().is_none()>
            <p class="notice" hidden=move || waiting().is_empty()>{waiting}</p>
            <iframe
                class="ident-frame"
                title=trr(|t| t.ident_frame_title)
                src=url
                allow="camera; microphone; fullscreen"
                referrerpolicy="strict-origin-when-cross-origin"
            ></iframe>
            <p class="actions">
                <Link step=session.after(Step::Identification) class="button button--secondary">{trr(|t| t.ident_finished)}</Link>
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_return_message_from_our_own_origin_ends_the_call() {
        let own = "https://kyc.example";
        assert!(is_return(own, own, Some("kyc:ident-return")));
        assert!(!is_return("https://evil.example", own, Some("kyc:ident-return")));
        assert!(!is_return(own, own, Some("something-else")));
        assert!(!is_return(own, own, None));
    }
}
