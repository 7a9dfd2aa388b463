//! The account's status: the overall state, each piece of identity evidence and each step, kept
//! current by asking the proxy (which hears the provider's callbacks) until the account is open
//! or refused. A refused piece of evidence keeps the account closed and offers a new attempt.

use crate::api;
use crate::components::every;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::account::tra;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::Link;
use crate::session::use_session;
use kyc_core::account::{AccountStatus, AccountView, DiligenceState};
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// Whether the provider's answer is final: nothing more will change by waiting.
fn settled(view: &AccountView) -> bool {
    matches!(view.status, AccountStatus::Open | AccountStatus::Refused)
}

/// The status page of the Xpollens flow.
#[component]
pub(crate) fn AccountStatusStep() -> impl IntoView {
    let (session, i18n) = (use_session(), use_i18n());
    let account = RwSignal::new(None::<AccountView>);
    let failure = RwSignal::new(None::<api::Error>);
    let poll = move || {
        spawn_local(async move {
            match api::account(&session.token()).await {
                Ok(view) => {
                    failure.try_set(None);
                    // The same answer again changes nothing on the page.
                    if account.try_with_untracked(|a| a.as_ref() != Some(&view)) == Some(true) {
                        account.try_set(Some(view));
                    }
                }
                Err(error) => {
                    failure.try_set(Some(error));
                }
            }
        })
    };
    poll();
    every(Duration::from_secs(2), move || {
        if !account.with_untracked(|a| a.as_ref().is_some_and(settled)) {
            poll();
        }
    });
    let status = move || account.with(|a| a.as_ref().map_or(AccountStatus::NotStarted, |a| a.status));
    let t = move || i18n.account();
    let diligences = move || {
        account.with(|a| {
            a.as_ref()
                .map(|a| a.diligences.clone())
                .unwrap_or_default()
                .into_iter()
                .map(|d| {
                    let refused = d.state == DiligenceState::Refused;
                    view! {
                        <li class:refused=refused>
                            {t().diligence_kind.of(d.kind)} ": " <strong>{t().diligence_state.of(d.state)}</strong>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let no_diligence = move || account.with(|a| a.as_ref().is_none_or(|a| a.diligences.is_empty()));
    let refused = move || {
        account.with(|a| a.as_ref().is_some_and(|a| a.diligences.iter().any(|d| d.state == DiligenceState::Refused)))
    };
    let steps = move || {
        let view = account.get();
        let flow = session.with(|v| v.flow.steps.clone()).unwrap_or_default();
        flow.into_iter()
            .filter_map(|step| {
                let a = view.as_ref()?;
                let done = match step {
                    Step::Identity => a.identity.is_some(),
                    Step::Declaration => a.declaration_done,
                    Step::Tax => a.tax_accepted.is_some(),
                    Step::Terms => a.terms_done,
                    _ => return None,
                };
                let state = if done { t().step_done } else { t().step_open };
                Some(view! { <li>{i18n.t().step_name.of(step)} ": " <strong>{state}</strong></li> })
            })
            .collect_view()
    };
    let tax_documents = move || account.with(|a| a.as_ref().is_some_and(|a| a.tax_accepted == Some(false)));
    view! {
        <StepHeading>{tra(|t| t.status_title)}</StepHeading>
        <div role="status" aria-live="polite">
            <p class="lead">{move || t().status_lead.of(status())}</p>
            <p class="account-status">{tra(|t| t.overall)} ": " <strong>{move || t().status_name.of(status())}</strong></p>
        </div>
        <h2 class="subheading">{tra(|t| t.diligences_heading)}</h2>
        <p hidden=move || !no_diligence()>{tra(|t| t.diligences_none)}</p>
        <ul class="checklist diligences">{diligences}</ul>
        <p class="actions" hidden=move || !refused() || status() == AccountStatus::Open>
            <Link step=Step::Identity class="button">{tra(|t| t.identity_again)}</Link>
        </p>
        <h2 class="subheading">{tra(|t| t.steps_heading)}</h2>
        <ul class="checklist">{steps}</ul>
        <p class="notice" hidden=move || !tax_documents()>{tra(|t| t.tax_documents)}</p>
        <Problem error=failure retry=move |()| poll()/>
        <p class="actions">
            <Link step=session.before(Step::Status) class="back">{trr(|t| t.back)}</Link>
        </p>
    }
}
