//! A failed call, said plainly, with the way on: "Try again", or "Start again" when the session
//! itself is gone.

use crate::api;
use crate::i18n::{use_i18n, Lang, Texts};
use crate::session::use_session;
use leptos::prelude::*;

/// What to tell the user about `error`.
pub(crate) fn message(t: &'static Texts, error: &api::Error) -> &'static str {
    if error.is_session_gone() {
        return t.err_expired;
    }
    match error.code() {
        "network" => t.err_network,
        "conflict" => t.err_conflict,
        "provider_unavailable" => t.err_provider,
        "provider_refused" => t.err_refused,
        "validation_failed" => t.err_details_refused,
        "link_expired" => t.err_link_expired,
        // Over a rate limit, or the instance briefly busy: nothing is wrong with what they did.
        "too_many_requests" | "busy" | "timeout" | "not_ready" => t.err_busy,
        _ => t.err_internal,
    }
}

/// Shows `error`, when there is one, with an optional `lead` saying what failed and a button.
/// The lead is picked from the language (`|l| crate::i18n::rest::rest_of(l).ident_start_failed`), from any catalog.
/// The box is always in the page and only hidden: one view type for every use keeps the wasm
/// small, and the alert is announced when it appears.
#[component]
pub(crate) fn Problem(
    error: RwSignal<Option<api::Error>>,
    #[prop(into)] retry: Callback<()>,
    #[prop(optional)] lead: Option<fn(Lang) -> &'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    Effect::new(move |_| error.with(|e| e.as_ref().map(crate::embed::error)));
    let gone = move || error.with(|e| e.as_ref().is_some_and(api::Error::is_session_gone));
    let text = move || error.with(|e| e.as_ref().map_or("", |e| message(i18n.t(), e)));
    let button = move || if gone() { i18n.t().start_again } else { i18n.t().try_again };
    let on_click = move |_| {
        if gone() {
            // The new session arrives in the background; this message has said what it had to.
            error.set(None);
            session.restart();
        } else {
            retry.run(());
        }
    };
    view! {
        <div class="problem" role="alert" hidden=move || error.with(Option::is_none)>
            {lead.map(|lead| view! { <p class="problem__lead">{move || lead(i18n.lang())}</p> })}
            <p>{text}</p>
            // A used or expired link cannot be retried here: only the product team can send a new one.
            <button
                type="button"
                class="button button--secondary"
                hidden=move || error.with(|e| e.as_ref().is_some_and(|e| e.code() == "link_expired"))
                on:click=on_click
            >
                {button}
            </button>
        </div>
    }
}
