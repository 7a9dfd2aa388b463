//! The second page's files, fetched while the user is still on the first page, so that moving on
//! to it waits for no download. The proxy names each later page's files in a
//! `<meta name="kyc-next-{page}">` (`proxy/src/spa.rs`), from the build it serves; the flow picks
//! the page. Skipped when the browser says the user saves
//! data or is on a 2G-class link: there the download would compete with what they are doing.

use kyc_core::Bundle;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Asks the browser to fetch the files of the page of `bundle` at its next idle moment.
pub(crate) fn next_page_when_idle(bundle: Bundle) {
    let Some(urls) = named_files(bundle) else { return };
    if saving_data() {
        return;
    }
    let fetch = move || {
        for url in urls.split_whitespace() {
            hint(url);
        }
    };
    let callback = Closure::once_into_js(fetch);
    // Safari has no idle callback: there the files wait until the page has settled.
    if window().request_idle_callback(callback.unchecked_ref()).is_err() {
        if let Ok(function) = callback.dyn_into::<js_sys::Function>() {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&function, 2000);
        }
    }
}

fn named_files(bundle: Bundle) -> Option<String> {
    let meta = document().query_selector(&format!(r#"meta[name="kyc-next-{}"]"#, bundle.dir())).ok()??;
    meta.get_attribute("content").filter(|c| !c.trim().is_empty())
}

/// `navigator.connection` is missing in some browsers: read by name, absent means "no".
fn saving_data() -> bool {
    let member = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name)).ok();
    let Some(connection) = member(&window().navigator(), "connection").filter(|c| c.is_object()) else {
        return false;
    };
    let save_data = member(&connection, "saveData").and_then(|v| v.as_bool()).unwrap_or(false);
    let slow = member(&connection, "effectiveType").and_then(|v| v.as_string()).is_some_and(|t| t.ends_with("2g"));
    save_data || slow
}

/// A `<link rel="prefetch">` for `url`, in the request mode the second page will ask in (its
/// script and wasm are fetched with CORS), so the cached copy is the one it uses.
fn hint(url: &str) {
    let Ok(link) = document().create_element("link") else { return };
    let _ = link.set_attribute("rel", "prefetch");
    let _ = link.set_attribute("href", url);
    if !url.ends_with(".css") {
        let _ = link.set_attribute("crossorigin", "");
    }
    if let Some(head) = document().head() {
        let _ = head.append_child(&link);
    }
}
