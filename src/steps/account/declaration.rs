//! The declarative data: the contact and address entered on the first step, confirmed and sent.

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

/// Shows what will be sent, and sends it.
#[component]
pub(crate) fn DeclarationStep() -> impl IntoView {
    let session = use_session();
    let (busy, failure) = (RwSignal::new(false), RwSignal::new(None::<api::Error>));
    let send = move || {
        send_step(Step::Declaration, busy, failure, None, |token| async move {
            api::account_step(&token, "declaration").await
        })
    };
    let summary = move || {
        session
            .with(|v| {
                let p = &v.person;
                [
                    format!("{} {}", p.first_name, p.last_name),
                    format!("{} {}, {} {}, {}", p.street, p.house_number, p.postal_code, p.city, p.country),
                    p.email.clone(),
                    p.mobile_number.clone(),
                ]
            })
            .unwrap_or_default()
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    view! {
        <StepHeading>{tra(|t| t.declaration_title)}</StepHeading>
        <p class="lead">{tra(|t| t.declaration_intro)}</p>
        <ul class="checklist">{summary}</ul>
        <Problem error=failure retry=move |()| send()/>
        <div class="actions">
            <button type="button" class="button" disabled=busy on:click=move |_| send()>
                {tra(|t| t.declaration_send)}
            </button>
            <Link step=session.before(Step::Declaration) class="back">{trr(|t| t.back)}</Link>
        </div>
    }
}
