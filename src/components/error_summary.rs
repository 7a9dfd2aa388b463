//! The list of problems above a form, linking to each field (GOV.UK's error summary pattern).

use super::{focus_after_render, focus_by_id};
use crate::i18n::tr;
use leptos::prelude::*;

/// One problem: the id of the control to fix, and the message.
pub(crate) type Problem = (String, String);

/// Shows `items` under "There is a problem" while there are any; the page focuses it after a
/// failed submit with [`focus_summary`].
#[component]
pub(crate) fn ErrorSummary(#[prop(into)] items: Callback<(), Vec<Problem>>) -> impl IntoView {
    let link = |(target, text): Problem| {
        let href = format!("#{target}");
        // Focus the control itself: following the bare anchor would only scroll to it.
        let on_click = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            focus_by_id(&target);
        };
        view! { <li><a href=href on:click=on_click>{text}</a></li> }
    };
    // The box stays in the page and is only hidden, so that focus and the alert survive typing.
    view! {
        <div
            class="error-summary"
            id=SUMMARY_ID
            role="alert"
            tabindex="-1"
            aria-labelledby="error-summary-title"
            hidden=move || items.run(()).is_empty()
        >
            <h2 id="error-summary-title" class="error-summary__title">{tr(|t| t.summary_heading)}</h2>
            <ul class="error-summary__list">{move || items.run(()).into_iter().map(link).collect_view()}</ul>
        </div>
    }
}

const SUMMARY_ID: &str = "error-summary";

/// Focuses the summary, after a failed submit.
pub(crate) fn focus_summary() {
    focus_after_render(SUMMARY_ID);
}
