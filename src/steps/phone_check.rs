//! ID Dataweb's possession check: the data the user entered is matched against the carrier's
//! records; on a match a link goes to the phone by SMS, and this page waits until it is opened
//! there. Without a match the proxy sends the user to the document step-up instead.

use crate::api;
use crate::components::problem::Problem;
use crate::components::spinner::Spinner;
use crate::components::step_heading::StepHeading;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::session::use_session;
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How often the proxy is asked whether the link was opened.
const POLL: Duration = Duration::from_secs(2);

/// Starts the check on arrival, then waits for the link to be opened.
#[component]
pub(crate) fn PhoneCheckStep() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let router = use_router();
    let phone = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<api::Error>);
    let alive = StoredValue::new(true);
    // Where the proxy now says the user is, once this step is over for them.
    let move_on = move || {
        if alive.get_value() && session.furthest() != Step::PhoneCheck {
            router.go(session.furthest());
        }
    };
    let poll = move || {
        spawn_local(async move {
            match api::phone_check(&session.token()).await {
                Ok(check) if check.done => {
                    if let Err(error) = session.refresh().await {
                        failure.set(Some(error));
                    }
                    move_on();
                }
                Ok(check) => {
                    failure.set(None);
                    phone.set(check.phone);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let start = move || {
        failure.set(None);
        spawn_local(async move {
            match api::start_phone_check(&session.token()).await {
                Ok(view) => {
                    session.replace(view);
                    move_on();
                    poll();
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    start();
    // Released with the page: no request is made for a step the user has left.
    on_cleanup(move || alive.set_value(false));
    crate::components::every(POLL, poll);
    let sent = move || {
        let number = phone.get();
        (!number.is_empty()).then(|| i18n.rest().phone_sent.fill(&[&number]))
    };
    view! {
        <StepHeading>{trr(|t| t.phone_title)}</StepHeading>
        <p class="lead">{sent}</p>
        <p>{trr(|t| t.phone_how)}</p>
        <Spinner label=|l| crate::i18n::rest::rest_of(l).phone_waiting/>
        <Problem error=failure retry=move |()| start()/>
    }
}
