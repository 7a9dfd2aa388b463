//! Step 2: the two consents. Each tick is saved in turn with the session's other saves, stamped
//! with the browser's clock at the tick; what is ticked is read back from the proxy's session, so
//! a reload shows it.

mod saving;

use crate::components::error_summary::{focus_summary, ErrorSummary};
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::rest::trr;
use crate::i18n::{tr, use_i18n, Lang};
use crate::router::{use_router, Link};
use crate::session::use_session;
use kyc_core::api::AddressCheck;
use kyc_core::{ConsentKind, ConsentText, Step, UtcTimestamp};
use leptos::prelude::*;
use saving::Saving;

fn checkbox_id(kind: ConsentKind) -> String {
    format!("consent-{}", kind.key())
}

/// The timestamp in the one form the proxy and the provider use (`2026-11-21T23:18:59.123Z`);
/// anything unparsable as it came.
fn normalised(timestamp: &str) -> String {
    UtcTimestamp::parse(timestamp).map(|t| t.to_string()).unwrap_or_else(|_| timestamp.to_owned())
}

/// The timestamp as the user's language writes a date and time, in UTC (the time recorded).
fn localised(timestamp: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&timestamp.into());
    if date.get_time().is_nan() {
        return timestamp.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "long"), ("timeStyle", "medium"), ("timeZone", "UTC")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string(lang.code(), &options).into()
}

/// The consents page.
#[component]
pub(crate) fn ConsentsStep() -> impl IntoView {
    let session = use_session();
    let router = use_router();
    let attempted = RwSignal::new(false);
    let savings = ConsentKind::ALL.map(|kind| (kind, Saving::new(session)));
    // "Continue" waits for the saves: it reads the consents from the proxy's answer.
    let busy = move || !session.saves().idle();
    let missing = move || {
        let given = |kind| session.with(|v| v.consents.iter().any(|c| c.kind == kind)).unwrap_or(false);
        ConsentKind::ALL.into_iter().filter(|&kind| !given(kind)).collect::<Vec<_>>()
    };
    let i18n = use_i18n();
    let summary_items = move |()| {
        let t = i18n.rest();
        let items = missing().into_iter().map(|kind| (checkbox_id(kind), t.consent_missing.of(kind).to_owned()));
        if attempted.get() {
            items.collect()
        } else {
            Vec::new()
        }
    };
    let on_continue = move |_| {
        attempted.set(true);
        if untrack(missing).is_empty() {
            router.go(session.after(Step::Consents));
        } else {
            focus_summary();
        }
    };
    // What the address lookup said about the saved address: its official spelling, or that a
    // proof of address will be needed. Nothing when it was confirmed.
    let address_notice = move || {
        let t = i18n.rest();
        session
            .with(|v| match (&v.address_check, &v.person) {
                (Some(AddressCheck::Corrected { street, postal_code, city }), p) => {
                    t.address_corrected.fill(&[&format!("{street} {}, {postal_code} {city}", p.house_number)])
                }
                (Some(AddressCheck::NotFound), _) => t.address_not_found.to_owned(),
                _ => String::new(),
            })
            .unwrap_or_default()
    };
    view! {
        <StepHeading>{trr(|t| t.consents_title)}</StepHeading>
        <p class="lead">{trr(|t| t.consents_intro)}</p>
        <ErrorSummary items=summary_items/>
        <p class="notice" hidden=move || address_notice().is_empty()>{address_notice}</p>
        {savings.map(|(kind, saving)| view! { <Consent kind saving/> }).collect_view()}
        <div class="actions">
            <button type="button" class="button" disabled=busy on:click=on_continue>{tr(|t| t.continue_)}</button>
            <Link step=session.before(Step::Consents) class="back">{trr(|t| t.back)}</Link>
        </div>
    }
}

/// One consent: its checkbox, its explanation and when it was given.
#[component]
fn Consent(kind: ConsentKind, saving: Saving) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let given_at =
        move || session.with(|v| v.consents.iter().find(|c| c.kind == kind).map(|c| c.given_at.clone())).flatten();
    // The user's last change while saves are on their way (answers in between may predate it)
    // or when it failed; once all have answered, what the proxy holds.
    let checked = Memo::new(move |_| {
        let intent = !session.saves().idle() || saving.failed.with(Option::is_some);
        saving.wanted.get().filter(|_| intent).unwrap_or_else(|| given_at().is_some())
    });
    // Written the user's way, with the exact instant for machines in `datetime`.
    let given = move || {
        given_at().filter(|_| checked.get()).map(|at| {
            let at = normalised(&at);
            let shown = i18n.rest().given_at.fill(&[&localised(&at, i18n.lang())]);
            view! { <time datetime=at>{shown}</time> }
        })
    };
    // Exactly the repository's text in the user's language: its version goes with the tick.
    let text = move || ConsentText::current(kind, i18n.lang());
    // A failed change leaves the box as the user set it: trying again sends that once more.
    let retry = move |()| {
        if let Some(give) = saving.wanted.get_untracked() {
            saving.send(untrack(text), give);
        }
    };
    let (id, text_id) = (checkbox_id(kind), format!("consent-{}-text", kind.key()));
    view! {
        <div class="consent">
            <div class="checkbox">
                <input
                    type="checkbox"
                    class="checkbox__input"
                    id=id.clone()
                    aria-describedby=text_id.clone()
                    prop:checked=checked
                    on:change=move |ev| saving.send(untrack(text), event_target_checked(&ev))
                />
                <label class="checkbox__label" for=id>{move || text().label()}</label>
            </div>
            <p class="consent__text" id=text_id>{move || text().body()}</p>
            <div aria-live="polite">
                <p class="consent__given">{given}</p>
            </div>
            <Problem error=saving.failed retry=retry lead=|l| crate::i18n::rest::rest_of(l).consent_save_failed/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_times_are_shown_in_iso_form_and_garbage_as_is() {
        assert_eq!(normalised("2026-11-21T23:18:59.123Z"), "2026-11-21T23:18:59.123Z");
        assert_eq!(normalised("2019-01-01T00:00:00Z"), "2019-01-01T00:00:00.000Z");
        assert_eq!(normalised("yesterday"), "yesterday");
    }
}
