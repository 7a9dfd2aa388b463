//! Step 4: waits for the decision, asking the proxy with a growing pause until it is final, and
//! shows what it means and the way on.

mod checks;
mod screen;

use crate::api;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::session::{use_session, Session};
use kyc_core::api::{Correction, StatusView};
use kyc_core::reason::Guidance;
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;
pub(crate) use screen::minutes;
use screen::{next_delay_ms, Screen};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Asks for the status until it is final; [`Poller::stop`] ends it and clears its timer.
#[derive(Clone)]
struct Poller {
    session: Session,
    latest: RwSignal<Option<StatusView>>,
    failure: RwSignal<Option<api::Error>>,
    timer: Arc<Mutex<Option<TimeoutHandle>>>,
    /// Bumped by every restart and by `stop`, so that answers of an older round are dropped.
    round: Arc<AtomicU32>,
    stopped: Arc<AtomicBool>,
}

impl Poller {
    fn new(session: Session) -> Self {
        let (latest, failure) = (RwSignal::new(None), RwSignal::new(None));
        Poller { session, latest, failure, timer: Arc::default(), round: Arc::default(), stopped: Arc::default() }
    }

    /// Asks now and starts the backoff over.
    fn restart(&self) {
        self.clear_timer();
        let round = self.round.fetch_add(1, Ordering::Relaxed) + 1;
        self.poll(round, None);
    }

    fn poll(&self, round: u32, delay: Option<u32>) {
        let this = self.clone();
        spawn_local(async move {
            let result = api::status(&this.session.token()).await;
            if this.stopped.load(Ordering::Relaxed) || this.round.load(Ordering::Relaxed) != round {
                return;
            }
            let go_on = match result {
                Ok(view) => {
                    crate::embed::status(view.status);
                    let go_on = !view.is_final;
                    this.failure.set(None);
                    this.latest.set(Some(view));
                    go_on
                }
                // Network trouble passes; a lost session does not.
                Err(error) => {
                    let go_on = !error.is_session_gone();
                    this.failure.set(Some(error));
                    go_on
                }
            };
            if go_on {
                let wait = next_delay_ms(delay);
                let next = this.clone();
                let handle =
                    set_timeout_with_handle(move || next.poll(round, Some(wait)), Duration::from_millis(wait.into()));
                if let Ok(mut timer) = this.timer.lock() {
                    *timer = handle.ok();
                }
            }
        });
    }

    fn clear_timer(&self) {
        if let Some(handle) = self.timer.lock().ok().and_then(|mut t| t.take()) {
            handle.clear();
        }
    }

    fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
        self.clear_timer();
    }
}

/// The status page.
#[component]
pub(crate) fn StatusStep() -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let poller = Poller::new(use_session());
    poller.restart();
    let (latest, failure) = (poller.latest, poller.failure);
    let check_now = Callback::new({
        let poller = poller.clone();
        move |()| poller.restart()
    });
    on_cleanup(move || poller.stop());

    let screen = move || latest.with(|v| v.as_ref().map(Screen::of)).unwrap_or(Screen::Waiting(None));
    let t = move || i18n.t();
    let r = move || i18n.rest();
    let title = move || match screen() {
        Screen::Waiting(_) => r().status_waiting,
        Screen::VerifiedUnderReview | Screen::Verified => r().status_verified,
        Screen::Interrupted(..) => r().status_interrupted,
        Screen::Failed => r().status_failed,
        Screen::Expired => r().status_expired,
        Screen::Referred => r().status_referred,
    };
    let lead = move || match screen() {
        Screen::Waiting(_) => r().status_waiting_lead,
        Screen::VerifiedUnderReview => r().status_under_review_lead,
        Screen::Verified => r().status_verified_lead,
        Screen::Interrupted(topic, _) => r().topic.of(topic),
        Screen::Failed => r().status_failed_lead,
        Screen::Expired => r().status_expired_lead,
        Screen::Referred => r().status_referred_lead,
    };
    let detail = move || match screen() {
        Screen::Waiting(Some(minutes)) => crate::i18n::counted(i18n.lang(), &r().waiting_time, minutes.into()),
        Screen::Interrupted(_, guidance) => r().guidance.of(guidance).to_owned(),
        // No retry: another attempt would meet the same rules; the team's review is the way on.
        Screen::Referred => r().status_referred_detail.to_owned(),
        _ => String::new(),
    };
    // The way on; none when trying again cannot help (the guidance then says to contact support).
    let way_on = move || match screen() {
        Screen::Interrupted(_, guidance) if guidance != Guidance::ContactSupport => t().try_again,
        Screen::Expired => t().start_again,
        _ => "",
    };
    let to_identification = move |_| router.go(Step::Identification);
    // What the agent read differently from the document, shown so the user knows what is on file.
    let corrections = move || latest.with(|v| v.as_ref().map(|v| v.corrections.clone()).unwrap_or_default());
    let field_checks =
        Signal::derive(move || latest.with(|v| v.as_ref().map(|v| v.field_checks.clone()).unwrap_or_default()));
    let correction = move |c: Correction| {
        view! {
            <dt>{move || t().field_label.of(c.field)}</dt>
            <dd>{move || r().corrections_entered} ": " {c.entered.clone()}</dd>
            <dd>{move || r().corrections_verified} ": " <strong>{c.verified.clone()}</strong></dd>
        }
    };
    view! {
        <StepHeading>{title}</StepHeading>
        // One polite live region: each change of screen is announced once, without moving focus.
        <div class="status" role="status">
            <span class="spinner__icon" aria-hidden="true" hidden=move || !matches!(screen(), Screen::Waiting(_))></span>
            <div>
                <p class="lead">{lead}</p>
                <p hidden=move || detail().is_empty()>{detail}</p>
            </div>
        </div>
        <div class="actions" hidden=move || way_on().is_empty()>
            <button type="button" class="button" on:click=to_identification>{way_on}</button>
        </div>
        <section class="corrections" hidden=move || corrections().is_empty()>
            <h2 class="subheading">{trr(|t| t.corrections_heading)}</h2>
            <dl class="corrections__list">{move || corrections().into_iter().map(correction).collect_view()}</dl>
        </section>
        <checks::FieldChecks checks=field_checks/>
        <Problem error=failure retry=check_now lead=|l| crate::i18n::rest::rest_of(l).status_check_failed/>
    }
}
