//! The strong-authentication notice. Xpollens signs the tax declaration and the terms with a
//! strong authentication: sending either triggers a request on the user's phone (in the app
//! whose security wallet was bound), which the user must approve there. The page says so, in a
//! live region so that a screen reader announces it, and lets the user continue.

use crate::i18n::account::{tra, AccountTexts};
use crate::i18n::tr;
use crate::router::use_router;
use crate::session::use_session;
use kyc_core::Step;
use leptos::prelude::*;

/// The notice after `step` was sent (`sent`), with the way on.
#[component]
pub(super) fn ScaNotice(
    step: Step,
    sent: RwSignal<bool>,
    text: fn(&'static AccountTexts) -> &'static str,
) -> impl IntoView {
    let (session, router) = (use_session(), use_router());
    view! {
        <div role="status">
            <p class="notice sca-notice" hidden=move || !sent.get()>{tra(text)}</p>
        </div>
        <div class="actions" hidden=move || !sent.get()>
            <button type="button" class="button" on:click=move |_| router.go(session.after(step))>
                {tr(|t| t.continue_)}
            </button>
        </div>
    }
}
