//! The flow inside a product team's page: events to the parent frame over `postMessage`, the
//! host's `cancel`, the frame's height, the session's theme and logo, and the way back to the
//! product team's site in the full-page mode.
//!
//! The proxy writes the origins allowed to embed this session into `<meta name="kyc-parent-origins">`
//! (and the return URL into `<meta name="kyc-return-url">`). Events go to the parent only, once
//! per allowed origin: the browser delivers a message only when the target origin is the
//! parent's, so a page on any other origin never receives one. Events carry no personal data.
//! Schema: `{type: "kyc-onboarding", version: 1, event, ...}` (README, "Embedding").
//!
//! Inside a product team's mobile app (its WebView holds the host page), the Xpollens facial
//! recognition runs in the webview the app's SDK gives: the flow asks for it with
//! `identity_webview_wanted` (carrying callback 35's activation code, which the app binds its
//! wallet with), the host answers `identity_webview {url}`, and reports the webview's
//! navigations with `identity_webview_navigated {url}`: a page cannot read a cross-origin
//! frame's URL, the app's WebView can, and the guide has the app watch for `#SUCCESS`.

use crate::api;
use crate::frame::{arrived_by_page_switch, framed, parent};
use crate::i18n::use_i18n;
use crate::router::Router;
use crate::session::{Phase, Session};
use js_sys::{Object, Reflect};
use kyc_core::{IdentificationStatus, Step};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

const TYPE: &str = "kyc-onboarding";
const VERSION: u32 = 1;

// What the embedding needs after start, reachable from async code without a reactive owner;
// plain cells rather than stored values, which would each add their generic code to the wasm.
thread_local! {
    static ORIGINS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static RETURN_URL: RefCell<Option<String>> = const { RefCell::new(None) };
    static STATUS: Cell<Option<RwSignal<Option<IdentificationStatus>>>> = const { Cell::new(None) };
    static HOST_WEBVIEW: Cell<Option<RwSignal<Option<HostWebview>>>> = const { Cell::new(None) };
}

/// What the host app said last about Xpollens's identification webview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HostWebview {
    /// `identity_webview`: the URL its SDK's `getIssuerData()` gave, to frame.
    Url(String),
    /// `identity_webview_navigated`: the webview's URL changed to this one.
    Navigated(String),
}

/// The host app's latest word about the webview (always `None` unframed).
pub(crate) fn host_webview() -> Option<RwSignal<Option<HostWebview>>> {
    HOST_WEBVIEW.get()
}

/// Asks the host app for the identification webview: it binds the user's wallet with
/// `activation_code` (the code the QR code shows) and answers with `identity_webview`.
pub(crate) fn identity_webview_wanted(activation_code: &str) {
    post("identity_webview_wanted", &[("activation_code", activation_code.into())]);
}

fn meta(selector: &str) -> Option<String> {
    let element = document().query_selector(selector).ok()??;
    element.get_attribute("content").filter(|c| !c.is_empty())
}

/// Posts `event` with `fields` to the parent, if framed by an allowed origin.
fn post(event: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = parent() else { return };
    let message = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&message, &JsValue::from_str(k), v);
    };
    set("type", &TYPE.into());
    set("version", &VERSION.into());
    set("event", &event.into());
    for (k, v) in fields {
        set(k, v);
    }
    ORIGINS.with_borrow(|origins| {
        for origin in origins {
            let _ = parent.post_message(&message, origin);
        }
    });
}

/// kyc-core's wire name of a step.
fn step_name(step: Step) -> JsValue {
    JsValue::from_str(step.key())
}

/// Starts the embedding: listens for `cancel`, reports the height, follows the steps, applies
/// the theme. Call once, at the root, after the session and the router.
pub(crate) fn provide(session: Session, router: Router) {
    if let Some(origins) = meta("meta[name=kyc-parent-origins]") {
        ORIGINS.set(origins.split(' ').map(str::to_owned).collect());
    }
    RETURN_URL.set(meta("meta[name=kyc-return-url]"));
    STATUS.set(Some(RwSignal::new(None)));
    HOST_WEBVIEW.set(Some(RwSignal::new(None)));
    if let Some(parent) = parent() {
        let _ = document().document_element().map(|e| e.class_list().add_1("kyc-framed"));
        let listener = window_event_listener(leptos::ev::message, move |ev| {
            let from_parent = ev.source().is_some_and(|s| Object::is(&s, &parent));
            let allowed = ORIGINS.with_borrow(|o| o.contains(&ev.origin()));
            let data = ev.data();
            let field = |k: &str| Reflect::get(&data, &JsValue::from_str(k)).unwrap_or_default();
            let ours = field("type").as_string().as_deref() == Some(TYPE)
                && field("version").as_f64() == Some(f64::from(VERSION));
            if !(from_parent && allowed && ours) {
                return;
            }
            let url = field("url").as_string().filter(|u| u.len() <= 4096);
            let said = match (field("event").as_string().as_deref(), url) {
                (Some("cancel"), _) => {
                    post("cancelled", &[]);
                    return;
                }
                (Some("identity_webview"), Some(url)) => HostWebview::Url(url),
                (Some("identity_webview_navigated"), Some(url)) => HostWebview::Navigated(url),
                _ => return,
            };
            if let Some(signal) = HOST_WEBVIEW.get() {
                signal.set(Some(said));
            }
        });
        on_cleanup(move || listener.remove());
        observe_height();
    }
    // Read at once, so that the mark never outlives the page load it is meant for. Only a host
    // page heard the other page's `ready`.
    let first = Seen { announced: arrived_by_page_switch() && framed(), ..Seen::default() };
    Effect::new(move |seen: Option<Seen>| follow(session, router, seen.unwrap_or(first)));
}

/// What [`follow`] has reported so far.
#[derive(Clone, Copy, Default)]
struct Seen {
    ready: bool,
    /// `ready` was already posted by the app's other page, in this same visit.
    announced: bool,
    step: Option<Step>,
    furthest: Option<Step>,
}

/// The theme and `ready` once, `step_completed` for each step the furthest step moved past, then
/// `step_started` for the step shown.
fn follow(session: Session, router: Router, mut seen: Seen) -> Seen {
    if session.phase() != Phase::Ready {
        return seen;
    }
    if !seen.ready {
        seen.ready = true;
        session.with_untracked(|v| v.theme.as_ref().map(apply_theme));
        if !seen.announced {
            post("ready", &[]);
        }
    }
    let (steps, furthest) = (session.steps(), session.furthest());
    let position = |s: Step| steps.iter().position(|&x| x == s).unwrap_or(0);
    if let Some(old) = seen.furthest {
        for &done in &steps[position(old).min(position(furthest))..position(furthest)] {
            post("step_completed", &[("step", step_name(done))]);
        }
    }
    seen.furthest = Some(furthest);
    let shown = router.step().filter(|&s| session.reachable(s));
    if shown.is_some() && shown != seen.step {
        seen.step = shown;
        post("step_started", &[("step", step_name(shown.unwrap_or(furthest)))]);
    }
    seen
}

/// Called by the status step with every status it reads: `status_changed` on a change, and
/// `completed` with the outcome when the status is final.
pub(crate) fn status(status: IdentificationStatus) {
    let Some(signal) = STATUS.get() else { return };
    if signal.get_untracked() == Some(status) {
        return;
    }
    signal.set(Some(status));
    post("status_changed", &[("status", status.as_str().into())]);
    if status.is_final() {
        post("completed", &[("outcome", status.as_str().into())]);
    }
}

/// Called by the error box with every error it shows (not the form's field errors, which the
/// user fixes in place). Codes: `link_expired`, `session_expired`, `network`,
/// `provider_unavailable`, `provider_refused`, `conflict`, `internal`.
pub(crate) fn error(error: &api::Error) {
    let code = if error.is_session_gone() { "session_expired" } else { error.code() };
    if code != "validation_failed" {
        post("error", &[("code", code.into())]);
    }
}

/// Reports the page's height to the parent whenever it changes, so the frame never scrolls.
fn observe_height() {
    // The root element: its box holds the body's margins too, and its height is the content's.
    let Some(root) = document().document_element() else { return };
    let last = Cell::new(0.0);
    let target = root.clone();
    let report = Closure::<dyn Fn()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height != last.replace(height) {
            post("resize", &[("height", height.into())]);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Lives as long as the page.
    report.forget();
}

/// Sets the theme's custom properties on `:root` through the CSSOM, which the CSP allows
/// (`style` attributes in markup it would not).
fn apply_theme(theme: &kyc_core::theme::Theme) {
    let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    for (name, value) in theme.css_properties() {
        let _ = root.style().set_property(&name, &value);
    }
}

/// The product team's logo, with its name as the text alternative. One static element with
/// reactive attributes (hidden without a logo): smaller in the wasm than an optional view.
#[component]
pub(crate) fn Logo() -> impl IntoView {
    // A phone opened from a hand-off link has no session, hence no theme.
    let session = use_context::<crate::session::Session>();
    let pick = move |part: fn(&kyc_core::theme::Theme) -> &Option<String>| {
        session?.with(|v| v.theme.as_ref().and_then(|t| part(t).clone())).flatten()
    };
    view! {
        <img
            class="header__logo"
            src=move || pick(|t| &t.logo_url)
            alt=move || pick(|t| &t.logo_alt)
            hidden=move || pick(|t| &t.logo_url).is_none()
        />
    }
}

/// Full-page mode: the link back to the product team's site at the end (with `kyc_outcome`),
/// or for a new link when this one expired (with `kyc_error=link_expired`).
#[component]
pub(crate) fn ReturnLink() -> impl IntoView {
    let session = crate::session::use_session();
    let i18n = use_i18n();
    // The link, and whether it is the expired link's.
    let target = move || {
        let final_status = STATUS.get()?.get().filter(|s| s.is_final());
        let base = RETURN_URL.with_borrow(Clone::clone).filter(|_| !framed())?;
        if let Some(status) = final_status {
            return Some((format!("{base}&kyc_outcome={}", status.as_str()), false));
        }
        let expired = session.start_error().is_some_and(|e| e.code() == "link_expired");
        expired.then(|| (format!("{base}&kyc_error=link_expired"), true))
    };
    let text = move || match target() {
        Some((_, true)) => i18n.t().return_new_link,
        _ => i18n.t().return_continue,
    };
    view! {
        <p class="return" hidden=move || target().is_none()>
            <a class="button" href=move || target().map(|t| t.0)>{text}</a>
        </p>
    }
}
