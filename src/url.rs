//! The app's address: the path of each step and the query's parameters (`lang`, `launch`,
//! `handoff`, the partner's `embed` marker).
//!
//! A leaf module, below the router, the session and the texts, which all read the address:
//! kept apart so that none of them has to import another for it.

use kyc_core::Step;
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// The URL of `step`.
pub(crate) fn href(step: Step) -> String {
    format!("/{}", step.path())
}

/// The step a path names: `/consents` (a trailing slash allowed); `None` for `/` and the rest.
pub(crate) fn step_of_path(path: &str) -> Option<Step> {
    Step::from_path(path.trim_matches('/'))
}

/// The value of parameter `name` in a query string like `?flow=x&lang=de`.
pub(crate) fn query_param(search: &str, name: &str) -> Option<String> {
    kyc_core::query::param(search, name).map(str::to_owned)
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
    set_param(search, name, Some(value))
}

/// `search` with `name` set to `value`, or left out for `None`; `""` when nothing is left.
pub(crate) fn set_param(search: &str, name: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .map(str::to_owned)
        .collect();
    pairs.extend(value.map(|value| format!("{name}={value}")));
    if pairs.is_empty() {
        return String::new();
    }
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
        assert_eq!(set_param("?page=account&lang=de", "page", None), "?lang=de");
        assert_eq!(set_param("?page=account", "page", None), "");
    }

    #[test]
    fn the_root_and_unknown_paths_name_no_step() {
        assert_eq!(step_of_path("/consents"), Some(Step::Consents));
        assert_eq!(step_of_path("/personal-data/"), Some(Step::PersonalData));
        assert_eq!(step_of_path("/"), None);
        assert_eq!(step_of_path("/admin"), None);
    }

    #[test]
    fn a_step_url_is_its_path_from_the_root() {
        assert_eq!(href(Step::Consents), "/consents");
        assert_eq!(step_of_path(&href(Step::PersonalData)), Some(Step::PersonalData));
    }
}
