//! How identifications move: every change goes through [`transition`], which asks
//! `IdentificationStatus::may_become` first, so nothing ever moves backwards. Deadlines (the
//! 30-minute attempt timeout, the 14-day URL validity) are applied lazily whenever an
//! identification is looked at; the review is a spawned task.

use super::documents;
use super::idnow::agent;
use super::idnow::scenario::{Plan, ReviewTiming, Step, LONG_REVIEW_DELAY};
use super::store::{Identification, Store};
use super::webhooks::Event;
use super::{clock, Sim};
use kyc_core::IdentificationStatus::{self, *};
use std::time::Duration;
use tokio::time::Instant;

/// An attempt not finished within this time is aborted with `TECH_TIMEOUT`.
pub(crate) const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// The identification URL works this long after it was issued.
pub(crate) const URL_VALIDITY: Duration = Duration::from_secs(14 * 24 * 60 * 60);

/// Moves `ident` to `status` when the status machine allows it, recording a webhook event.
/// Returns whether anything changed.
pub(crate) fn transition(
    ident: &mut Identification,
    status: IdentificationStatus,
    reason: Option<&'static str>,
    events: &mut Vec<Event>,
) -> bool {
    if !ident.status.may_become(status) {
        return false;
    }
    ident.status = status;
    // A reason is only ever disclosed for aborted and canceled calls.
    ident.failure_reason = reason.filter(|_| matches!(status, Aborted | Canceled));
    match status {
        Pending => {
            ident.completed_at = None;
            ident.attempt += 1;
            ident.pending_since = Some(Instant::now());
        }
        Created | Expired => {}
        _ => ident.completed_at = Some(clock::now_utc()),
    }
    events.push(ident.event());
    true
}

/// Applies the deadlines that passed since the identification was last looked at, oldest first.
fn apply_deadlines(ident: &mut Identification, now: Instant, events: &mut Vec<Event>) {
    if ident.status == Pending && ident.pending_since.is_some_and(|since| since + ATTEMPT_TIMEOUT <= now) {
        transition(ident, Aborted, Some("TECH_TIMEOUT"), events);
    }
    let url_expired = ident.requested_at.is_some_and(|at| at + URL_VALIDITY <= now);
    if url_expired && matches!(ident.status, Pending | Aborted | Canceled) {
        transition(ident, Expired, None, events);
    }
}

/// Applies one scripted step, including the agent's changes to the person.
fn apply_step(store: &mut Store, id: &str, step: Step, events: &mut Vec<Event>) -> bool {
    let Some(ident) = store.identifications.get_mut(id) else {
        return false;
    };
    if !transition(ident, step.status, step.failure_reason, events) {
        return false;
    }
    if step.changes_person {
        let person_id = ident.person_id.clone();
        if let Some(person) = store.persons.get_mut(&person_id) {
            agent::apply_changes(&mut person.data);
        }
    }
    // After the agent's changes, so the report shows the person as identified.
    if matches!(step.status, PendingSuccessful | Successful) {
        documents::attach(store, id);
    }
    true
}

impl Sim {
    /// Runs `f` on the store after applying `id`'s deadlines, then sends the webhooks for every
    /// change. `None` when the identification does not exist.
    pub(crate) fn update<R>(&self, id: &str, f: impl FnOnce(&mut Store, &mut Vec<Event>) -> R) -> Option<R> {
        let mut events = Vec::new();
        let result = {
            let mut store = self.store();
            apply_deadlines(store.identifications.get_mut(id)?, Instant::now(), &mut events);
            f(&mut store, &mut events)
        };
        self.deliveries.send(events);
        Some(result)
    }

    /// Ends the call of a pending identification as its scenario says and schedules the review.
    pub(crate) fn finish_call(&self, store: &mut Store, id: &str, events: &mut Vec<Event>) {
        let (plan, attempt) = match store.identifications.get(id) {
            Some(ident) if ident.status == Pending => (ident.test_case.scenario.plan(), ident.attempt),
            _ => return,
        };
        let Plan { call, review } = plan;
        apply_step(store, id, call, events);
        if let Some((timing, step)) = review {
            let delay = match timing {
                ReviewTiming::Standard => self.config.review_delay,
                ReviewTiming::Long => LONG_REVIEW_DELAY,
            };
            self.schedule_review(id.to_owned(), attempt, call.status, delay, step);
        }
    }

    /// The simulated second-line reviewer. It only acts on the attempt it was scheduled for and
    /// only if nothing else moved the identification meanwhile.
    fn schedule_review(&self, id: String, attempt: u32, expected: IdentificationStatus, delay: Duration, step: Step) {
        let sim = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            sim.update(&id, |store, events| {
                let current = store.identifications.get(&id).map(|i| (i.attempt, i.status));
                if current == Some((attempt, expected)) {
                    apply_step(store, &id, step, events);
                }
            });
        });
    }
}
