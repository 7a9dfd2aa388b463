//! The device check that opens some flows (ID Dataweb's session risk): nothing to fill in; the
//! page sends what it can tell about the device and moves on to where the proxy says.

use crate::api;
use crate::components::problem::Problem;
use crate::components::spinner::Spinner;
use crate::components::step_heading::StepHeading;
use crate::device;
use crate::i18n::tr;
use crate::router::use_router;
use crate::session::use_session;
use kyc_core::api::RiskRequest;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Runs the check once on arrival; a failure offers to run it again.
#[component]
pub(crate) fn RiskStep() -> impl IntoView {
    let session = use_session();
    let router = use_router();
    let failure = RwSignal::new(None::<api::Error>);
    let check = move || {
        failure.set(None);
        let request = RiskRequest { fingerprint: device::fingerprint(), webdriver: device::automated() };
        spawn_local(async move {
            match api::check_risk(&session.token(), &request).await {
                Ok(view) => {
                    session.replace(view);
                    // Replaced, not pushed: Back should not lead into the check again.
                    router.replace(session.furthest());
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    check();
    view! {
        <StepHeading>{tr(|t| t.risk_title)}</StepHeading>
        <Spinner label=|l| crate::i18n::texts_of(l).risk_checking/>
        <Problem error=failure retry=move |()| check()/>
    }
}
