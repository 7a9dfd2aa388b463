//! The personal-data form in the page frame: typeable before the wasm has run. It mirrors the
//! app's markup of the step (`src/steps/personal_data.rs`, `src/components/text_field.rs`,
//! `select.rs`), so that the app's first render takes its place without moving a box; the app
//! takes over what the user typed here, and the focus (`src/shell.rs` in the app).
//!
//! It is a `<div class="form">`, not a `<form>`: Enter in a field must not send the personal
//! data in a URL before the app is there to save it. The selects wait for the app, which names
//! the countries in the user's language; the button too.

use super::escaped;
use kyc_core::person::{ChoiceList, Field, Group, Widget};
use kyc_core::{FieldRule, PersonalDataInput};
use std::collections::HashMap;

/// The form's texts in one language, as the build writes them from the app's tables
/// (`src/i18n/form_texts.rs`: `kyc-form-texts 1 <lang>`, then `key<TAB>text` lines).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormTexts(HashMap<String, String>);

impl FormTexts {
    /// Reads a file; `None` for one of another format.
    pub fn parse(file: &str) -> Option<Self> {
        let mut lines = file.lines();
        lines.next()?.strip_prefix("kyc-form-texts 1 ")?;
        let entries = lines.filter_map(|line| line.split_once('\t'));
        Some(Self(entries.map(|(key, text)| (key.to_owned(), text.to_owned())).collect()))
    }

    /// The text of `key`, escaped for HTML, if the file has one.
    fn html_of(&self, key: &str) -> Option<String> {
        self.0.get(key).map(|text| escaped(text))
    }

    /// The text of `key`, escaped for HTML; empty when the file has none.
    fn html(&self, key: &str) -> String {
        self.html_of(key).unwrap_or_default()
    }
}

/// The form for `rules` in the language of `texts`, with its button; `None` when `texts` lack
/// a field's label (a build of other fields): then the frame shows no form.
pub fn markup(rules: &[FieldRule], texts: &FormTexts) -> Option<String> {
    if rules.iter().any(|rule| !texts.0.contains_key(&format!("label.{}", rule.field.key()))) {
        return None;
    }
    let groups: String = Group::ALL.into_iter().map(|group| fieldset(group, rules, texts)).collect();
    Some(format!(
        concat!(
            r#"<div class="form">{groups}<p class="busy"></p><p class="field__hint">{saved}</p>"#,
            r#"<div class="actions"><button type="button" class="button" disabled>{go}</button></div></div>"#
        ),
        groups = groups,
        saved = texts.html("draft_saved"),
        go = texts.html("continue"),
    ))
}

/// The group's fieldset, with the fields of `rules` that apply before anything is entered (the
/// app hides the others); empty for a group without fields.
fn fieldset(group: Group, rules: &[FieldRule], texts: &FormTexts) -> String {
    let empty = PersonalDataInput::default();
    let asked: Vec<FieldRule> = Field::ALL
        .iter()
        .filter(|field| field.group() == group)
        .filter_map(|&field| rules.iter().find(|rule| rule.field == field).copied())
        .collect();
    if asked.is_empty() {
        return String::new();
    }
    let fields: String = asked
        .into_iter()
        .filter(|rule| rule.field.applies(&empty))
        .map(|rule| format!(r#"<div class="field-slot">{}</div>"#, control(rule, texts)))
        .collect();
    let legend = texts.html(&format!("legend.{}", group.key()));
    format!(r#"<fieldset class="group"><legend class="group__legend">{legend}</legend>{fields}</fieldset>"#)
}

/// The label, the hint, the control and the empty error slot of one field.
fn control(rule: FieldRule, texts: &FormTexts) -> String {
    let id = rule.field.key();
    let hint = texts.html_of(&format!("hint.{id}"));
    let described = if hint.is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-error") };
    let hint_markup =
        hint.as_ref().map_or_else(String::new, |h| format!(r#"<p class="field__hint" id="{id}-hint">{h}</p>"#));
    let error = format!(r#"<div aria-live="polite"><p class="field__error" id="{id}-error"></p></div>"#);
    let label = texts.html(&format!("label.{id}"));
    let required = if rule.required { " required" } else { "" };
    let optional = if rule.required {
        String::new()
    } else {
        format!(r#"<span class="field__optional">{}</span>"#, texts.html("optional"))
    };
    let head = format!(r#"<label class="field__label" for="{id}">{label}{optional}</label>{hint_markup}"#);
    let input = |kind: &str, auto: &str| {
        let auto = if auto.is_empty() { String::new() } else { format!(r#" autocomplete="{auto}""#) };
        format!(
            r#"<div class="field">{head}<input class="field__input" id="{id}" name="{id}" type="{kind}"{auto}{required} aria-describedby="{described}" aria-invalid="false">{error}</div>"#
        )
    };
    let select = |placeholder: String, auto: &str| {
        format!(
            concat!(
                r#"<div class="field">{head}<select class="field__input field__select" id="{id}" name="{id}" autocomplete="{auto}"{required} disabled"#,
                r#" aria-describedby="{described}" aria-invalid="false"><option value="" selected>{placeholder}</option></select>{error}</div>"#
            ),
            head = head,
            id = id,
            auto = auto,
            required = required,
            described = described,
            placeholder = placeholder,
            error = error,
        )
    };
    match rule.field.widget() {
        Widget::Text(auto) => input("text", auto),
        Widget::Date(auto) => input("date", auto),
        Widget::Tel(auto) => input("tel", auto),
        Widget::Email(auto) => input("email", auto),
        Widget::Country(auto) => select(texts.html("choose_country"), if auto.is_empty() { "off" } else { auto }),
        Widget::Choice(ChoiceList::State) => select(texts.html("choose_option"), "address-level1"),
        Widget::Choice(_) => select(texts.html("option."), "off"),
        Widget::YesNo => {
            let radio = |answer: &str| {
                format!(
                    r#"<label class="choice" for="{id}-{answer}"><input type="radio" id="{id}-{answer}" name="{id}" value="{answer}" aria-describedby="{described}">{}</label>"#,
                    texts.html(&format!("option.{answer}"))
                )
            };
            format!(
                concat!(
                    r#"<fieldset class="field field--choices" id="{id}" tabindex="-1" aria-invalid="false">"#,
                    r#"<legend class="field__label">{label}</legend>{hint}<div class="choices">{yes} {no}</div>{error}</fieldset>"#
                ),
                id = id,
                label = label,
                hint = hint_markup,
                yes = radio("yes"),
                no = radio("no"),
                error = error,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> FormTexts {
        let mut file = String::from("kyc-form-texts 1 en\n");
        for field in Field::ALL {
            file += &format!("label.{0}\t{0} <label>\n", field.key());
        }
        file += "hint.first_name\tAs on the ID & passport\nlegend.you\tAbout you\noptional\t (optional)\n";
        file += "choose_country\tSelect a country\noption.\tNone\noption.yes\tYes\noption.no\tNo\n";
        file += "continue\tContinue\ndraft_saved\tSaved as you type.\n";
        FormTexts::parse(&file).unwrap()
    }

    #[test]
    fn the_form_mirrors_the_apps_controls_without_a_form_element() {
        let rules = [
            FieldRule::optional(Field::Salutation),
            FieldRule::required(Field::FirstName),
            FieldRule::required(Field::BirthDate),
            FieldRule::required(Field::Country),
            FieldRule::required(Field::State),
            FieldRule::required(Field::Pep),
        ];
        let form = markup(&rules, &texts()).unwrap();
        assert!(form.starts_with(
            r#"<div class="form"><fieldset class="group"><legend class="group__legend">About you</legend>"#
        ));
        assert!(!form.contains("<form"), "Enter must not send the data in a URL");
        assert!(form.contains(concat!(
            r#"<label class="field__label" for="first_name">first_name &lt;label&gt;</label>"#,
            r#"<p class="field__hint" id="first_name-hint">As on the ID &amp; passport</p>"#,
            r#"<input class="field__input" id="first_name" name="first_name" type="text" autocomplete="given-name" required"#,
            r#" aria-describedby="first_name-hint first_name-error" aria-invalid="false">"#,
            r#"<div aria-live="polite"><p class="field__error" id="first_name-error"></p></div>"#
        )));
        assert!(form.contains(
            r#"for="salutation">salutation &lt;label&gt;<span class="field__optional"> (optional)</span></label>"#
        ));
        assert!(form.contains(r#"id="salutation" name="salutation" autocomplete="off" disabled"#));
        assert!(form.contains(r#"type="date" autocomplete="bday" required"#));
        assert!(form.contains(r#"id="country" name="country" autocomplete="country" required disabled"#));
        assert!(form.contains(r#"<option value="" selected>Select a country</option>"#));
        // A state applies only once a country with states is chosen: the app hides it till then.
        assert!(!form.contains(r#"id="state""#));
        assert!(form.contains(
            r#"<input type="radio" id="pep-yes" name="pep" value="yes" aria-describedby="pep-error">Yes</label>"#
        ));
        assert!(form.ends_with(concat!(
            r#"<p class="busy"></p><p class="field__hint">Saved as you type.</p>"#,
            r#"<div class="actions"><button type="button" class="button" disabled>Continue</button></div></div>"#
        )));
    }

    #[test]
    fn no_form_without_its_texts() {
        assert_eq!(FormTexts::parse("kyc-texts 2 main en 1\n"), None);
        let rules = [FieldRule::required(Field::FirstName)];
        assert_eq!(markup(&rules, &FormTexts::parse("kyc-form-texts 1 en\n").unwrap()), None);
    }
}
