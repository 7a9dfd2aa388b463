//! A `<select>` of every country, named in the user's language.

use super::text_field::Control;
use crate::countries::Country;
use crate::i18n::tr;
use leptos::prelude::*;

/// A country picker for `control`; `countries` is shared by every picker on the page.
#[component]
pub(crate) fn CountrySelect(
    control: Control,
    countries: Memo<Vec<Country>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let Control { id, value, on_input, error, .. } = control;
    // `selected` per option rather than `prop:value` on the select: the options are rendered
    // after the select's own properties, and again whenever the language changes.
    let options = move || {
        countries.with(|list| {
            list.iter()
                .map(|(code, name)| {
                    let code = *code;
                    let selected = move || value.with(|v| v.eq_ignore_ascii_case(code));
                    view! { <option value=code prop:selected=selected>{name.clone()}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="field" class:field--invalid=move || error.run(()).is_some()>
            {control.head()}
            <select
                class="field__input field__select"
                id=id
                name=id
                autocomplete=autocomplete
                required=true
                aria-describedby=control.described_by()
                aria-invalid=control.invalid()
                on:change=move |ev| on_input.run(event_target_value(&ev))
            >
                <option value="" prop:selected=move || value.with(String::is_empty)>
                    {tr(|t| t.choose_country)}
                </option>
                {options}
            </select>
            {control.error_slot()}
        </div>
    }
}
