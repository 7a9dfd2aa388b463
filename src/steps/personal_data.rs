//! Step 1: name, birth date, nationality, address and contact, checked while the user types by
//! the same rules (`kyc_core::person::check_field`) the proxy applies when it saves them.

mod address;
mod draft;
mod field;
mod form;
mod taken_over;

use crate::api;
use crate::components::error_summary::{focus_summary, ErrorSummary};
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::components::text_field::Control;
use crate::countries;
use crate::i18n::{tr, use_i18n};
use crate::page_frame;
use crate::router::use_router;
use crate::session::use_session;
use form::{shown_error, FieldSet, Refusal};
use kyc_core::person::{Field, FieldError, Group};
use kyc_core::{CalendarDate, FieldRule, PersonalData, PersonalDataInput, Step, UtcTimestamp};
use leptos::prelude::*;

/// Today on the user's calendar: an adult is someone whose 18th birthday is today or earlier
/// where they live.
pub(crate) fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|_| UtcTimestamp::from_unix_millis(js_sys::Date::now() as i64).date())
}

/// The personal-details form: the fields of this session's flow, group by group.
#[component]
pub(crate) fn PersonalDataStep() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let router = use_router();
    let today = today();
    let (rules, locked, residence) =
        session.with_untracked(|v| (v.flow.fields.clone(), v.locked.clone(), v.residence.clone())).unwrap_or_default();
    let (rules, locked, residence) = (StoredValue::new(rules), StoredValue::new(locked), StoredValue::new(residence));
    // Starts from what the proxy holds (the autosaved draft first), so a reload, a crashed tab
    // or another device shows what was typed.
    let start = session.with_untracked(|v| v.draft.clone().unwrap_or_else(|| v.person.clone()));
    let input = RwSignal::new(start.unwrap_or_default());
    let autosave = draft::autosave(session, input);
    let suggestions = address::suggestions(session, input);
    let edited = RwSignal::new(FieldSet::default());
    let attempted = RwSignal::new(false);
    page_frame::on_handover(move |typed| {
        let taken = rules.with_value(|r| locked.with_value(|l| taken_over::entries(typed, r, l)));
        if taken.is_empty() {
            return;
        }
        input.update(|i| taken.iter().for_each(|(field, value)| value.clone_into(field.value_mut(i))));
        edited.update(|e| *e = taken.iter().fold(*e, |set, (field, _)| set.with(*field)));
        autosave.run(());
    });

    // What the proxy refused in the last answer (with the values it saw), any other failure of
    // it, and `saving` while an answer is awaited.
    let refusals = RwSignal::new(Vec::<Refusal>::new());
    let failure = RwSignal::new(None::<api::Error>);
    let saving = RwSignal::new(false);
    let save = move |sent: PersonalDataInput| {
        saving.set(true);
        // After any autosave already queued: a draft stored after the data would be shown again.
        session.saves().push(async move {
            let result = api::save_person(&session.token(), &sent).await;
            saving.set(false);
            match result {
                Ok(view) => {
                    session.replace(view);
                    router.go(session.after(Step::PersonalData));
                }
                Err(error) => match error.field_errors() {
                    Some(fields) => {
                        refusals.set(Refusal::all(fields, &sent));
                        focus_summary();
                    }
                    None => failure.set(Some(error)),
                },
            }
        });
    };

    // Cheap enough to recompute on every read: a few string checks.
    let error_of = move |field: Field| {
        let rule = rules.with_value(|r| r.iter().find(|r| r.field == field).copied())?;
        let revealed = attempted.get() || edited.get().contains(field);
        residence
            .with_value(|res| refusals.with(|r| input.with(|i| shown_error(i, rule, today, res.as_ref(), revealed, r))))
    };
    let summary_items = move |()| {
        if !attempted.get() {
            return Vec::new();
        }
        let t = i18n.t();
        let item = |(field, error): (Field, FieldError)| {
            (field.key().to_owned(), form::summary_line(t.field_label.of(field), &t.field_error_message(&error)))
        };
        Field::ALL.iter().filter_map(|&f| error_of(f).map(|e| (f, e))).map(item).collect()
    };

    let control = move |rule: FieldRule| {
        let field = rule.field;
        let locked = locked.with_value(|l| l.contains(&field));
        Control {
            id: field.key(),
            label: Callback::new(move |()| i18n.t().field_label.of(field)),
            hint: field::hint_text(i18n, field, locked),
            value: Memo::new(move |_| input.with(|i| field.value(i).to_owned())),
            on_input: Callback::new(move |value: String| {
                input.update(|i| *field.value_mut(i) = value);
                edited.update(|e| *e = e.with(field));
                if field == Field::Street {
                    address::picked(input, suggestions);
                    address::ask(suggestions);
                }
                autosave.run(());
            }),
            error: Callback::new(move |()| error_of(field).map(|e| i18n.t().field_error_message(&e))),
            required: rule.required,
            locked,
        }
    };

    let submit = move || {
        if saving.get_untracked() {
            return;
        }
        attempted.set(true);
        failure.set(None);
        let invalid = rules.with_value(|r| {
            input.with_untracked(|i| {
                let outside = residence
                    .with_value(|res| r.iter().any(|&rule| form::rule_error(i, rule, today, res.as_ref()).is_err()));
                outside || PersonalData::parse(i, r, today).is_err()
            })
        });
        if invalid {
            focus_summary();
        } else {
            save(input.get_untracked());
        }
    };
    let saving_text = tr(|t| t.saving);
    let countries = Memo::new(move |_| countries::sorted(i18n.lang().code()));
    let country = Memo::new(move |_| input.with(|i| i.country.clone()));
    // A field that depends on another (a state on the country) is hidden, not removed, while
    // it does not apply: re-rendering would take the focus from the control being used.
    let slot = move |rule: FieldRule| {
        let field = rule.field;
        let shown = move || input.with(|i| field.applies(i));
        view! { <div class="field-slot" hidden=move || !shown()>{field::render(field, control(rule), countries, country)}</div> }
    };
    let group = move |group: Group| {
        let fields: Vec<FieldRule> = rules.with_value(|r| {
            Field::ALL
                .iter()
                .filter(|f| f.group() == group)
                .filter_map(|&f| r.iter().find(|r| r.field == f).copied())
                .collect()
        });
        (!fields.is_empty()).then(|| {
            view! {
                <fieldset class="group">
                    <legend class="group__legend">{move || i18n.t().group_legend.of(group)}</legend>
                    {fields.into_iter().map(slot).collect_view()}
                </fieldset>
            }
        })
    };

    view! {
        <StepHeading>{tr(|t| t.person_title)}</StepHeading>
        <p class="lead">{tr(|t| t.person_intro)}</p>
        {session.with_untracked(|v| v.device_recognised).unwrap_or(false).then(|| view! {
            <p class="notice" role="status">{tr(|t| t.welcome_back)}</p>
        })}
        <ErrorSummary items=summary_items/>
        <form class="form" novalidate=true on:submit=move |ev| { ev.prevent_default(); submit(); }>
            {Group::ALL.into_iter().map(group).collect_view()}
            <datalist id="street-suggestions">{move || address::options(suggestions)}</datalist>
            <Problem error=failure retry=move |()| submit()/>
            <p class="busy" aria-live="polite">{move || saving.get().then(saving_text)}</p>
            <p class="field__hint">{tr(|t| t.draft_saved)}</p>
            <div class="actions">
                <button type="submit" class="button">{tr(|t| t.continue_)}</button>
            </div>
        </form>
    }
}
