//! Which error each field shows, as plain functions of the form's state.

use kyc_core::person::{check_field, Field, FieldError, Residence};
use kyc_core::{CalendarDate, FieldRule, PersonalDataInput};

/// A set of fields, as a bit mask: the form's edited fields fit in a `Copy` value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FieldSet(u32);

fn bit(field: Field) -> u32 {
    1 << Field::ALL.iter().position(|&f| f == field).unwrap_or(0)
}

impl FieldSet {
    pub(crate) fn with(self, field: Field) -> Self {
        Self(self.0 | bit(field))
    }

    pub(crate) fn contains(self, field: Field) -> bool {
        self.0 & bit(field) != 0
    }
}

/// What the proxy refused, with the value it saw: its error holds until that value changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub error: FieldError,
    pub value: String,
}

impl Refusal {
    /// Pairs each field error of a 422 with the value that was sent.
    pub(crate) fn all(errors: &[FieldError], sent: &PersonalDataInput) -> Vec<Self> {
        errors.iter().map(|e| Refusal { error: e.clone(), value: e.field.value(sent).to_owned() }).collect()
    }
}

/// A line of the error summary: the field's label, then what is wrong. A label that is a
/// question ("… for tax purposes?", Greek "…;", Arabic "…؟") is not followed by a colon.
pub(crate) fn summary_line(label: &str, message: &str) -> String {
    if label.trim_end().ends_with(['?', '!', ':', ';', '\u{37e}', '\u{61f}']) {
        format!("{label} {message}")
    } else {
        format!("{label}: {message}")
    }
}

/// The shared rule's error for `field`, the session's residence countries included.
pub(crate) fn rule_error(
    input: &PersonalDataInput,
    rule: FieldRule,
    today: CalendarDate,
    residence: Option<&Residence>,
) -> Result<(), FieldError> {
    check_field(input, rule.field, rule.required, today)?;
    match (rule.field, residence) {
        (Field::Country, Some(residence)) if !input.country.trim().is_empty() => {
            residence.check(&input.country).map_or(Ok(()), Err)
        }
        _ => Ok(()),
    }
}

/// The error to show under `field`: the shared rule's, once the field was edited or a submit
/// was attempted; else the proxy's, while the value is still the one it refused.
pub(crate) fn shown_error(
    input: &PersonalDataInput,
    rule: FieldRule,
    today: CalendarDate,
    residence: Option<&Residence>,
    revealed: bool,
    refusals: &[Refusal],
) -> Option<FieldError> {
    let field = rule.field;
    match rule_error(input, rule, today, residence) {
        Err(error) => revealed.then_some(error),
        Ok(()) => {
            let value = field.value(input);
            refusals.iter().find(|r| r.error.field == field && r.value == value).map(|r| r.error.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_not_followed_by_a_colon_in_the_summary() {
        assert_eq!(summary_line("Street", "Please fill in"), "Street: Please fill in");
        assert_eq!(
            summary_line("US person for tax purposes?", "Please choose"),
            "US person for tax purposes? Please choose"
        );
        assert_eq!(summary_line("Personne américaine ?", "Veuillez choisir"), "Personne américaine ? Veuillez choisir");
        assert_eq!(summary_line("Είστε πρόσωπο;", "Επιλέξτε"), "Είστε πρόσωπο; Επιλέξτε");
        assert_eq!(summary_line("هل أنت شخص؟", "يرجى الاختيار"), "هل أنت شخص؟ يرجى الاختيار");
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
    }

    #[test]
    fn an_untouched_empty_field_is_quiet_until_revealed() {
        let input = PersonalDataInput::default();
        assert_eq!(shown_error(&input, FieldRule::required(Field::FirstName), today(), None, false, &[]), None);
        let error = shown_error(&input, FieldRule::required(Field::FirstName), today(), None, true, &[]).unwrap();
        assert_eq!(error.code, "required");
    }

    #[test]
    fn the_error_goes_as_soon_as_the_value_is_valid() {
        let input = PersonalDataInput { birth_date: "2010-01-01".into(), ..Default::default() };
        assert_eq!(
            shown_error(&input, FieldRule::required(Field::BirthDate), today(), None, true, &[]).unwrap().code,
            "age_under_18"
        );
        let input = PersonalDataInput { birth_date: "1990-01-01".into(), ..input };
        assert_eq!(shown_error(&input, FieldRule::required(Field::BirthDate), today(), None, true, &[]), None);
    }

    #[test]
    fn a_server_refusal_holds_until_the_value_changes() {
        let sent = PersonalDataInput { mobile_number: "+49 151 00000000".into(), ..Default::default() };
        let refused = FieldError { field: Field::MobileNumber, code: "phone_format".into(), message: String::new() };
        let refusals = Refusal::all(&[refused], &sent);
        assert_eq!(
            shown_error(&sent, FieldRule::required(Field::MobileNumber), today(), None, true, &refusals).unwrap().code,
            "phone_format"
        );
        let edited = PersonalDataInput { mobile_number: "+49 151 23456789".into(), ..sent };
        assert_eq!(
            shown_error(&edited, FieldRule::required(Field::MobileNumber), today(), None, true, &refusals),
            None
        );
    }

    #[test]
    fn a_field_set_remembers_each_field() {
        let set = FieldSet::default().with(Field::Email).with(Field::FirstName);
        assert!(set.contains(Field::Email) && set.contains(Field::FirstName));
        assert!(!set.contains(Field::City));
    }
}
