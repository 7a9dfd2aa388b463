//! Building blocks shared by the steps.

pub(crate) mod error_summary;
pub(crate) mod problem;
pub(crate) mod select;
pub(crate) mod spinner;
pub(crate) mod step_heading;
pub(crate) mod text_field;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `tick` every `period` while the calling component is mounted: the interval is cleared
/// on unmount, so a step the user has left makes no more requests.
pub(crate) fn every(period: std::time::Duration, tick: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(tick, period) {
        on_cleanup(move || handle.clear());
    }
}

/// A long code (an IBAN, an activation code) in groups of four characters, as a bank prints an
/// IBAN: easier to read and type, and on a narrow screen the line breaks between two groups
/// rather than overflowing. The groups are spaced by CSS (`.chunks`), so the text (copied, or
/// read by a test) is the code itself.
pub(crate) fn in_groups(code: &str) -> impl IntoView {
    let chars: Vec<char> = code.chars().collect();
    chars.chunks(4).map(|group| view! { <span>{group.iter().collect::<String>()}</span> }).collect_view()
}

/// Focuses the element with `id`, if it is in the page.
pub(crate) fn focus_by_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` once the pending render has reached the DOM: renders are
/// flushed in microtasks, which run before the next animation frame.
pub(crate) fn focus_after_render(id: &'static str) {
    request_animation_frame(move || focus_by_id(id));
}
