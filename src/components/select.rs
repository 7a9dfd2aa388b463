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
    // The options go in as one piece of markup: a country list is 250 options, and building
    // them node by node from the wasm was most of the first screen's render. The markup marks
    // the current value `selected`, and `prop:value` follows later changes; both read the
    // options, so whichever runs first after a change of language, the choice stays.
    //
    // The first render of an empty select holds the placeholder alone, without even working
    // out the options, and the rest follows in a task of its own: the country names come from
    // the browser's tables (`crate::countries`), and four country lists are a thousand options,
    // together most of the first screen's work. The form is on screen and typeable a task
    // sooner, and no task blocks input long.
    let complete = RwSignal::new(false);
    set_timeout(
        move || {
            let _ = complete.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    let markup = move || {
        let all = complete.get();
        value.with_untracked(|v| match all || !v.is_empty() {
            true => options.with(|list| options_html(placeholder.run(()), list, v, all)),
            false => options_html(placeholder.run(()), &[], "", false),
        })
    };
    let chosen = move || {
        value.with(|v| if v.is_empty() { String::new() } else { options.with(|list| matching(list, v).to_owned()) })
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
                inner_html=markup
                prop:value=chosen
                on:change=move |ev| on_input.run(event_target_value(&ev))
            ></select>
            {control.error_slot()}
        </div>
    }
}

/// The option of `list` whose code is `value` in any case ("" for none: the placeholder).
fn matching<'a>(list: &'a [Choice], value: &str) -> &'a str {
    list.iter().map(|(code, _)| *code).find(|code| !value.is_empty() && code.eq_ignore_ascii_case(value)).unwrap_or("")
}

/// `<option>`s for the empty `placeholder` and `list` (`all` of it, or the chosen one alone),
/// the one matching `value` selected.
fn options_html(placeholder: &str, list: &[Choice], value: &str, all: bool) -> String {
    let chosen = matching(list, value);
    let mut html = String::with_capacity(32 * (list.len() + 1));
    push_option(&mut html, "", placeholder, chosen.is_empty());
    for (code, name) in list.iter().filter(|(code, _)| all || *code == chosen) {
        push_option(&mut html, code, name, *code == chosen);
    }
    html
}

fn push_option(html: &mut String, value: &str, text: &str, selected: bool) {
    html.push_str("<option value=\"");
    push_escaped(html, value);
    html.push_str(if selected { "\" selected>" } else { "\">" });
    push_escaped(html, text);
    html.push_str("</option>");
}

/// `text` safe in HTML text and double-quoted attribute values.
fn push_escaped(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            c => html.push(c),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markup_selects_the_value_in_any_case_and_escapes_names() {
        let list = vec![("DE", "Germany".to_owned()), ("XQ", "A <b> & \"c\"".to_owned())];
        assert_eq!(
            options_html("Select a country", &list, "de", true),
            concat!(
                r#"<option value="">Select a country</option><option value="DE" selected>Germany</option>"#,
                r#"<option value="XQ">A &lt;b&gt; &amp; &quot;c&quot;</option>"#
            )
        );
        assert!(options_html("Choose", &list, "", true).starts_with(r#"<option value="" selected>Choose</option>"#));
        // The first render: the chosen option alone.
        assert_eq!(
            options_html("Choose", &list, "XQ", false),
            r#"<option value="">Choose</option><option value="XQ" selected>A &lt;b&gt; &amp; &quot;c&quot;</option>"#
        );
        // A value no option has leaves the placeholder chosen, as the browser would show it.
        assert_eq!(matching(&list, "ZZ"), "");
    }
}
