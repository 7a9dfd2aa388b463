//! A small router over the History API: the URL names the step, Back and Forward work, links
//! navigate without reloading.
//!
//! Written here rather than taken from `leptos_router` for size: this app has four fixed paths,
//! and that crate's URL parsing and route matching cost about 30 KB of the gzipped download.
//!
//! It knows paths and the history, not what a step shows: the steps import it to move on, and
//! the root (`lib.rs`) picks each step's page, so the router never imports the steps.

use crate::frame::{framed, note_page_switch};
use crate::session::Session;
use crate::url::{href, set_param, step_of_path};
use kyc_core::{Bundle, Step};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The current path, in context.
#[derive(Clone, Copy)]
pub(crate) struct Router {
    path: RwSignal<String>,
    /// The steps this page renders; the others are on another bundle's page.
    bundle: Bundle,
    /// The session, whose flow (once known) decides which page renders the steps flows share.
    session: Session,
}

fn location_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// Provides the router of the page of `bundle` for `session` and follows Back and Forward. Call
/// once, at the root.
pub(crate) fn provide(bundle: Bundle, session: Session) -> Router {
    let router = Router { path: RwSignal::new(location_path()), bundle, session };
    let listener = window_event_listener(leptos::ev::popstate, move |_| router.path.set(location_path()));
    on_cleanup(move || listener.remove());
    provide_context(router);
    router
}

pub(crate) fn use_router() -> Router {
    expect_context()
}

impl Router {
    /// The step the URL names, if it names one.
    pub(crate) fn step(self) -> Option<Step> {
        self.path.with(|p| step_of_path(p))
    }

    /// The page that renders `step` in the session's flow.
    pub(crate) fn bundle_of(self, step: Step) -> Bundle {
        self.session.with_untracked(|v| Bundle::of_step(step, v.flow.id)).unwrap_or(step.bundle())
    }

    /// Whether this page renders `step`.
    pub(crate) fn renders(self, step: Step) -> bool {
        self.bundle_of(step) == self.bundle
    }

    /// Opens `step`, adding to the history.
    pub(crate) fn go(self, step: Step) {
        self.navigate(step, false);
    }

    /// Opens `step` in place of the current entry, so that Back skips a dead end.
    pub(crate) fn replace(self, step: Step) {
        self.navigate(step, true);
    }

    fn navigate(self, step: Step, replace: bool) {
        let path = href(step);
        // The query (`lang`, the partner session's `embed` marker) stays for reloads. Framed, the
        // app only replaces: its entries would land in the host page's history and Back.
        let replace = replace || framed();
        let search = window().location().search().unwrap_or_default();
        let target = self.bundle_of(step);
        if target != self.bundle {
            // The step is on another page: load it (the session token is in sessionStorage),
            // naming the page where the URL alone does not.
            note_page_switch();
            let url = format!("{path}{}", set_param(&search, Bundle::PAGE_PARAM, target.param()));
            let location = window().location();
            let _ = if replace { location.replace(&url) } else { location.assign(&url) };
            return;
        }
        let url = format!("{path}{search}");
        if let Ok(history) = window().history() {
            let _ = if replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
        if !replace {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.path.set(path);
    }
}

/// A link to a step: a real `<a href>` (so it can be opened in a new tab), followed in place on a
/// plain click.
#[component]
pub(crate) fn Link(step: Step, class: &'static str, children: Children) -> impl IntoView {
    let router = use_router();
    let on_click = move |ev: MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            router.go(step);
        }
    };
    view! { <a href=href(step) class=class on:click=on_click>{children()}</a> }
}
