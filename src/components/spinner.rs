//! A busy indicator that screen readers announce.

use crate::i18n::{tr, Texts};
use leptos::prelude::*;

/// A spinner with a visible label, in a `role="status"` region.
#[component]
pub(crate) fn Spinner(label: fn(&'static Texts) -> &'static str) -> impl IntoView {
    view! {
        <div class="spinner" role="status">
            <span class="spinner__icon" aria-hidden="true"></span>
            <span>{tr(label)}</span>
        </div>
    }
}
