//! The account's terms and conditions: accepted with a ticked box, then sent.

use super::sca::ScaNotice;
use super::send_step;
use crate::api;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::account::tra;
use crate::i18n::rest::trr;
use crate::router::Link;
use crate::session::use_session;
use kyc_core::Step;
use leptos::prelude::*;

/// The box, and the button that sends the acceptance once it is ticked.
#[component]
pub(crate) fn TermsStep() -> impl IntoView {
    let session = use_session();
    let (busy, failure) = (RwSignal::new(false), RwSignal::new(None::<api::Error>));
    let (ticked, missing, sent) = (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    let send =
        move || {
            if !ticked.get_untracked() {
                missing.set(true);
                return;
            }
            send_step(Step::Terms, busy, failure, Some(sent), |token| async move {
                api::account_step(&token, "terms").await
            })
        };
    view! {
        <StepHeading>{tra(|t| t.terms_title)}</StepHeading>
        <p class="lead">{tra(|t| t.terms_intro)}</p>
        <div class="checkbox">
            <input
                type="checkbox"
                class="checkbox__input"
                id="account-terms"
                aria-describedby="account-terms-error"
                prop:checked=ticked
                on:change=move |ev| {
                    ticked.set(event_target_checked(&ev));
                    missing.set(false);
                }
            />
            <label class="checkbox__label" for="account-terms">{tra(|t| t.terms_checkbox)}</label>
        </div>
        <p class="field__error" id="account-terms-error" role="alert" hidden=move || !missing.get()>
            {tra(|t| t.terms_required)}
        </p>
        <Problem error=failure retry=move |()| send()/>
        <div class="actions" hidden=move || sent.get()>
            <button type="button" class="button" disabled=busy on:click=move |_| send()>{tra(|t| t.terms_accept)}</button>
            <Link step=session.before(Step::Terms) class="back">{trr(|t| t.back)}</Link>
        </div>
        <ScaNotice step=Step::Terms sent=sent text=|t| t.sca_terms/>
    }
}
