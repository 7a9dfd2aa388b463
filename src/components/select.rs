//! A `<select>` over a list of options, such as every country named in the user's language.

use super::text_field::{Control, Text};
use leptos::prelude::*;

/// An option: its value and the name shown.
pub(crate) type Choice = (&'static str, String);

/// A picker for `control` over `options`; `placeholder` is the empty first option. A locked
/// control is disabled: a select has no read-only state.
#[component]
pub(crate) fn Select(
    control: Control,
    options: Memo<Vec<Choice>>,
    placeholder: Text,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let Control { id, value, on_input, error, required, locked, .. } = control;
    // `selected` per option rather than `prop:value` on the select: the options are rendered
    // after the select's own properties, and again whenever the language changes.
    let options = move || {
        options.with(|list| {
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
                required=required
                disabled=locked
                aria-describedby=control.described_by()
                aria-invalid=control.invalid()
                on:change=move |ev| on_input.run(event_target_value(&ev))
            >
                <option value="" prop:selected=move || value.with(String::is_empty)>
                    {move || placeholder.run(())}
                </option>
                {options}
            </select>
            {control.error_slot()}
        </div>
    }
}

/// A yes-or-no question as two radio buttons in a fieldset whose legend is the question.
#[component]
pub(crate) fn YesNo(control: Control, yes: Text, no: Text) -> impl IntoView {
    let Control { id, label, value, on_input, error, locked, .. } = control;
    let radio = move |answer: &'static str, text: Text| {
        let radio_id = format!("{id}-{answer}");
        let for_id = radio_id.clone();
        view! {
            <label class="choice" for=for_id>
                <input
                    type="radio"
                    id=radio_id
                    name=id
                    value=answer
                    disabled=locked
                    aria-describedby=control.described_by()
                    prop:checked=move || value.with(|v| v == answer)
                    on:change=move |_| on_input.run(answer.to_owned())
                />
                {move || text.run(())}
            </label>
        }
    };
    view! {
        <fieldset
            class="field field--choices"
            id=id
            tabindex="-1"
            class:field--invalid=move || error.run(()).is_some()
            aria-invalid=control.invalid()
        >
            <legend class="field__label">{move || label.run(())}</legend>
            {control.hint.map(|hint| view! { <p class="field__hint" id=format!("{id}-hint")>{move || hint.run(())}</p> })}
            <div class="choices">{radio("yes", yes)} {radio("no", no)}</div>
            {control.error_slot()}
        </fieldset>
    }
}
