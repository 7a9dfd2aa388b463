//! Tax residence and US-person status (FATCA / automatic exchange of information).

use super::sca::ScaNotice;
use super::send_step;
use crate::api;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::account::tra;
use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use crate::router::Link;
use crate::session::use_session;
use kyc_core::account::TaxRequest;
use kyc_core::Step;
use leptos::prelude::*;

/// The three answers; the country starts as the residence entered on the first step.
#[component]
pub(crate) fn TaxStep() -> impl IntoView {
    let (session, i18n) = (use_session(), use_i18n());
    let (busy, failure) = (RwSignal::new(false), RwSignal::new(None::<api::Error>));
    let sent = RwSignal::new(false);
    let us_person = RwSignal::new(false);
    let country = RwSignal::new(session.with_untracked(|v| v.person.country.clone()).unwrap_or_default());
    let tin = RwSignal::new(String::new());
    let countries = Memo::new(move |_| crate::countries::sorted(i18n.lang().code()));
    let send =
        move || {
            let request = TaxRequest {
                us_person: us_person.get_untracked(),
                country: country.get_untracked(),
                tin: tin.get_untracked(),
            };
            send_step(Step::Tax, busy, failure, Some(sent), move |token| async move {
                api::send_tax(&token, &request).await
            })
        };
    let options = move || {
        countries.with(|list| {
            list.iter()
                .map(|(code, name)| {
                    let code = *code;
                    view! { <option value=code prop:selected=move || country.with(|c| c == code)>{name.clone()}</option> }
                })
                .collect_view()
        })
    };
    // Most tax countries issue numbers and the bank needs them: said at the field, not as a failure.
    let tin_missing = move || {
        failure.with(|f| {
            f.as_ref().and_then(api::Error::field_errors).is_some_and(|e| e.iter().any(|e| e.code == "tin_required"))
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send();
    };
    view! {
        <StepHeading>{tra(|t| t.tax_title)}</StepHeading>
        <p class="lead">{tra(|t| t.tax_intro)}</p>
        <form on:submit=on_submit novalidate>
            <fieldset class="field">
                <legend class="field__label">{tra(|t| t.us_person)}</legend>
                <div class="checkbox">
                    <input type="radio" class="checkbox__input" id="us-person-no" name="us-person"
                        prop:checked=move || !us_person.get() on:change=move |_| us_person.set(false)/>
                    <label class="checkbox__label" for="us-person-no">{tra(|t| t.no)}</label>
                </div>
                <div class="checkbox">
                    <input type="radio" class="checkbox__input" id="us-person-yes" name="us-person"
                        prop:checked=us_person on:change=move |_| us_person.set(true)/>
                    <label class="checkbox__label" for="us-person-yes">{tra(|t| t.yes)}</label>
                </div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="tax-country">{tra(|t| t.tax_country)}</label>
                <select class="field__input field__select" id="tax-country" required
                    on:change=move |ev| country.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="tax-tin">{tra(|t| t.tin)}</label>
                <p class="field__hint" id="tax-tin-hint">{tra(|t| t.tin_hint)}</p>
                <input class="field__input" id="tax-tin" type="text" autocomplete="off" maxlength="40"
                    aria-describedby="tax-tin-hint tax-tin-error" aria-invalid=move || tin_missing().to_string()
                    prop:value=tin on:input=move |ev| tin.set(event_target_value(&ev))/>
                <p class="field__error" id="tax-tin-error" role="alert">
                    {move || if tin_missing() { i18n.account().tin_required } else { "" }}
                </p>
            </div>
            <div hidden=tin_missing>
                <Problem error=failure retry=move |()| send()/>
            </div>
            <div class="actions" hidden=move || sent.get()>
                <button type="submit" class="button" disabled=busy>{tra(|t| t.tax_send)}</button>
                <Link step=session.before(Step::Tax) class="back">{trr(|t| t.back)}</Link>
            </div>
        </form>
        <ScaNotice step=Step::Tax sent=sent text=|t| t.sca_tax/>
    }
}
