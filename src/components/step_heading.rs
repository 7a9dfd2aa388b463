//! The `<h1>` of a step, which takes the focus when the user arrives from another step, so that
//! screen-reader users hear where they are. The first heading of a page load keeps its hands
//! off the focus (the user has not moved yet), unless the app loaded this page to move on from
//! a step of its other page.

use super::focus_after_render;
use crate::frame::arrived_by_page_switch;
use leptos::prelude::*;

const HEADING_ID: &str = "step-heading";

/// Whether a step heading has been shown since the page loaded.
#[derive(Clone, Copy)]
struct HeadingShown(StoredValue<bool>);

/// Provides the focus bookkeeping; call once, above the steps.
pub(crate) fn provide_heading_focus() {
    provide_context(HeadingShown(StoredValue::new(arrived_by_page_switch())));
}

/// A step's `<h1 tabindex="-1">`; its text may change without the heading taking the focus.
#[component]
pub(crate) fn StepHeading(children: Children) -> impl IntoView {
    if let Some(HeadingShown(shown)) = use_context::<HeadingShown>() {
        if shown.get_value() {
            focus_after_render(HEADING_ID);
        }
        shown.set_value(true);
    }
    view! {
        <h1 id=HEADING_ID tabindex="-1">
            {children()}
        </h1>
    }
}
