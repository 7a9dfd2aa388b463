//! The permission doctor's advice: what is wrong with the camera, what to do about it in this
//! browser, and the ways on at once: a file, the camera again where that can help, and in an
//! app's own browser a link to open in the user's real browser (a single-use hand-off link:
//! the app's browser keeps the session to itself, so its own address would lead nowhere).

use super::doctor::user_agent;
use crate::api;
use crate::i18n::capture::{trc, CameraProblem};
use crate::i18n::use_i18n;
use js_sys::{Function, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

/// An Android `intent://` link that opens `url` (http or https) in Chrome.
fn chrome_intent(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://").filter(|(scheme, _)| matches!(*scheme, "https" | "http"))?;
    Some(format!("intent://{rest}#Intent;scheme={scheme};package=com.android.chrome;end"))
}

/// Puts `text` on the clipboard, where the browser allows it.
fn copy(text: &str) -> bool {
    let clipboard = Reflect::get(&window().navigator(), &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    let write =
        Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok().and_then(|f| f.dyn_into::<Function>().ok());
    write.is_some_and(|f| f.call1(&clipboard, &JsValue::from_str(text)).is_ok())
}

/// "Open in your browser": a link for the user's own browser, to copy, and on Android to open
/// in Chrome directly.
#[component]
fn OpenInBrowser(token: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let android = user_agent().android;
    let make = move |_| {
        spawn_local(async move {
            // A capture-only token (the phone's page) cannot make one: this page's own address
            // is all there is to give then.
            let url = match api::create_handoff(&token.get_value(), i18n.lang().code()).await {
                Ok(view) => view.url,
                Err(_) => window().location().href().unwrap_or_default(),
            };
            link.try_set(Some(url));
        });
    };
    let url = move || link.get().unwrap_or_default();
    view! {
        <div class="actions">
            <button type="button" class="button" hidden=move || link.with(Option::is_some) on:click=make>
                {trc(|t| t.browser_link)}
            </button>
        </div>
        <div class="field" hidden=move || link.with(Option::is_none)>
            <label class="field__label" for="capture-browser-link">{trc(|t| t.browser_link_label)}</label>
            <p class="field__hint" id="capture-browser-link-hint">{trc(|t| t.browser_link_hint)}</p>
            <input id="capture-browser-link" class="capture__link" type="text" readonly
                aria-describedby="capture-browser-link-hint" prop:value=url/>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| copied.set(copy(&url()))>{trc(|t| t.copy_link)}</button>
                {android.then(|| view! {
                    <a class="button button--secondary" href=move || chrome_intent(&url()).unwrap_or_else(url)>
                        {trc(|t| t.open_in_chrome)}
                    </a>
                })}
            </div>
            <p role="status">{move || if copied.get() { i18n.capture().link_copied } else { "" }}</p>
        </div>
    }
}

/// The advice for `problem`, with the ways on: `to_file` for the upload, `retry` for the
/// camera again where that can help.
#[component]
pub(super) fn CameraAdvice(
    problem: Signal<Option<CameraProblem>>,
    token: StoredValue<String>,
    to_file: Callback<()>,
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let family = user_agent().family;
    let t = move || i18n.capture();
    let is = move |p: CameraProblem| problem.get() == Some(p);
    view! {
        <div class="problem" role="alert" hidden=move || problem.with(Option::is_none)>
            <h2 class="problem__lead">{move || problem.get().map_or("", |p| t().problem_title.of(p))}</h2>
            <p>{move || problem.get().map_or("", |p| t().problem_text.of(p))}</p>
            <p hidden=move || !is(CameraProblem::Denied)>{move || t().reallow.of(family)}</p>
            {move || is(CameraProblem::InAppBrowser).then(|| view! { <OpenInBrowser token/> })}
            <div class="actions">
                <button type="button" class="button button--secondary" on:click=move |_| to_file.run(())>
                    {trc(|t| t.use_upload)}
                </button>
                <button type="button" class="button button--secondary"
                    hidden=move || !matches!(problem.get(), Some(CameraProblem::Denied | CameraProblem::Busy | CameraProblem::Virtual))
                    on:click=move |_| retry.run(())>
                    {trc(|t| t.camera_retry)}
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::chrome_intent;

    #[test]
    fn the_chrome_intent_keeps_the_whole_address_and_its_scheme() {
        assert_eq!(
            chrome_intent("https://kyc.example/capture?handoff=abc&lang=de").as_deref(),
            Some("intent://kyc.example/capture?handoff=abc&lang=de#Intent;scheme=https;package=com.android.chrome;end")
        );
        assert_eq!(
            chrome_intent("http://127.0.0.1:8080/capture").as_deref(),
            Some("intent://127.0.0.1:8080/capture#Intent;scheme=http;package=com.android.chrome;end")
        );
        assert_eq!(chrome_intent("javascript:alert(1)"), None);
    }
}
