//! A busy indicator that screen readers announce.

use crate::i18n::{use_i18n, Lang};
use leptos::prelude::*;

/// A spinner with a visible label, in a `role="status"` region. The label is picked from the
/// language (`|l| crate::i18n::texts_of(l).loading`), so that it can come from any catalog.
#[component]
pub(crate) fn Spinner(label: fn(Lang) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="spinner" role="status">
            <span class="spinner__icon" aria-hidden="true"></span>
            <span>{move || label(i18n.lang())}</span>
        </div>
    }
}
