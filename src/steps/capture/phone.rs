//! The phone's side of a hand-off: the link's single-use code is traded for a capture-only
//! token (kept in memory only), then the same capture step runs for the pictures still missing.

use super::CaptureStep;
use crate::api;
use crate::components::spinner::Spinner;
use crate::i18n::capture::trc;
use kyc_core::capture::CaptureSlot;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The `handoff` code of the address, if the page was opened from a hand-off link.
fn handoff_code() -> Option<String> {
    crate::url::query_param(&window().location().search().ok()?, "handoff")
}

/// The phone's whole page, when the address carries a hand-off code.
pub(crate) fn phone_page() -> Option<AnyView> {
    handoff_code().map(|code| view! { <PhoneCapture code/> }.into_any())
}

/// Where the phone stands.
#[derive(Clone, PartialEq)]
enum Phone {
    Starting,
    Expired,
    Capturing(String, Vec<CaptureSlot>),
    Done,
}

/// Takes the code out of the address bar, keeping `lang`.
fn forget_code() {
    let lang = crate::url::query_param(&window().location().search().unwrap_or_default(), "lang");
    let url = lang.map_or_else(|| "/".to_owned(), |l| format!("/?lang={l}"));
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The whole page on the phone.
#[component]
pub(crate) fn PhoneCapture(code: String) -> impl IntoView {
    let state = RwSignal::new(Phone::Starting);
    forget_code();
    spawn_local(async move {
        let next = match api::exchange_handoff(&code).await {
            Ok(created) => match api::captures(&created.token).await {
                Ok(view) if view.complete() => Phone::Done,
                Ok(view) => {
                    let missing = view.required.into_iter().filter(|s| !view.done.contains(s)).collect();
                    Phone::Capturing(created.token, missing)
                }
                Err(_) => Phone::Expired,
            },
            Err(_) => Phone::Expired,
        };
        state.set(next);
    });
    move || match state.get() {
        Phone::Starting => view! { <Spinner label=|l| crate::i18n::texts_of(l).loading/> }.into_any(),
        Phone::Expired => view! {
            <h1 tabindex="-1">{trc(|t| t.phone_title)}</h1>
            <p class="problem" role="alert">{trc(|t| t.phone_link_expired)}</p>
        }
        .into_any(),
        Phone::Capturing(token, slots) => {
            let on_done = Callback::new(move |()| state.set(Phone::Done));
            view! { <CaptureStep slots token on_done/> }.into_any()
        }
        Phone::Done => view! {
            <h1 tabindex="-1">{trc(|t| t.all_received)}</h1>
            <p class="lead" role="status">{trc(|t| t.phone_done)}</p>
        }
        .into_any(),
    }
}
