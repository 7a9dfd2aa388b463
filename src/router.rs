//! A small router over the History API: the URL names the step, Back and Forward work, links
//! navigate without reloading.
//!
//! Written here rather than taken from `leptos_router` for size: this app has four fixed paths,
//! and that crate's URL parsing and route matching cost about 30 KB of the gzipped download.

use crate::steps::href;
use kyc_core::{Bundle, Step};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The current path, in context.
#[derive(Clone, Copy)]
pub(crate) struct Router {
    path: RwSignal<String>,
    /// The steps this page renders; the others are on the other bundle's page.
    bundle: Bundle,
}

/// The step a path names: `/consents` (a trailing slash allowed); `None` for `/` and the rest.
pub(crate) fn step_of_path(path: &str) -> Option<Step> {
    Step::from_path(path.trim_matches('/'))
}

fn location_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// Provides the router of the page of `bundle` and follows Back and Forward. Call once, at the root.
pub(crate) fn provide(bundle: Bundle) -> Router {
    let router = Router { path: RwSignal::new(location_path()), bundle };
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
        let (url, replace) =
            (format!("{path}{}", window().location().search().unwrap_or_default()), replace || crate::embed::framed());
        if step.bundle() != self.bundle {
            // The step is on the other page: load it (the session token is in sessionStorage).
            crate::embed::note_page_switch();
            let location = window().location();
            let _ = if replace { location.replace(&url) } else { location.assign(&url) };
            return;
        }
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

/// The value of parameter `name` in a query string like `?flow=x&lang=de`.
pub(crate) fn query_param(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .map(str::to_owned)
}

/// Sets `name=value` in the URL's query in place (no history entry), so that a reload or the
/// other bundle's page keeps it. For non-personal settings only: the language.
pub(crate) fn set_query_param(name: &str, value: &str) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let query = with_param(&search, name, value);
    let url = format!("{}{query}", location.pathname().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// `search` with `name` set to `value` (replaced where present, else appended), as `?…`.
fn with_param(search: &str, name: &str, value: &str) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .map(str::to_owned)
        .collect();
    pairs.push(format!("{name}={value}"));
    format!("?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_parameter_is_found_by_its_exact_name() {
        assert_eq!(query_param("?lang=fr", "lang").as_deref(), Some("fr"));
        assert_eq!(query_param("?flow=solaris&lang=de-CH", "lang").as_deref(), Some("de-CH"));
        assert_eq!(query_param("?slang=xx", "lang"), None);
        assert_eq!(query_param("?language=xx", "lang"), None);
        assert_eq!(query_param("", "lang"), None);
    }

    #[test]
    fn a_query_parameter_is_set_in_place() {
        assert_eq!(with_param("", "lang", "de"), "?lang=de");
        assert_eq!(with_param("?lang=fr&embed=emb_1", "lang", "de"), "?embed=emb_1&lang=de");
        assert_eq!(with_param("?slang=x", "lang", "de"), "?slang=x&lang=de");
    }

    #[test]
    fn the_root_and_unknown_paths_name_no_step() {
        assert_eq!(step_of_path("/consents"), Some(Step::Consents));
        assert_eq!(step_of_path("/personal-data/"), Some(Step::PersonalData));
        assert_eq!(step_of_path("/"), None);
        assert_eq!(step_of_path("/admin"), None);
    }
}
