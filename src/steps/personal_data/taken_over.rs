//! What the user typed into the page frame's form before the app ran (`crate::page_frame`):
//! theirs, so it replaces the autosaved draft, counts as edited (its errors show) and is saved.

use crate::page_frame::Typed;
use kyc_core::person::Field;
use kyc_core::FieldRule;

/// The entries of fields this flow asks that the user may change, in their order.
pub(super) fn entries(typed: Typed, rules: &[FieldRule], locked: &[Field]) -> Vec<(Field, String)> {
    typed
        .into_iter()
        .filter_map(|(name, value)| {
            let field = Field::from_key(&name)?;
            let asked = rules.iter().any(|rule| rule.field == field);
            (asked && !locked.contains(&field)).then_some((field, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_flows_changeable_fields_are_taken() {
        let rules =
            [FieldRule::required(Field::FirstName), FieldRule::required(Field::Pep), FieldRule::required(Field::Email)];
        let typed = vec![
            ("first_name".to_owned(), "Erika".to_owned()),
            ("pep".to_owned(), "no".to_owned()),
            ("ssn".to_owned(), "6789".to_owned()),
            ("language".to_owned(), "de".to_owned()),
            ("email".to_owned(), "erika@example.com".to_owned()),
        ];
        assert_eq!(
            entries(typed, &rules, &[Field::Email]),
            [(Field::FirstName, "Erika".to_owned()), (Field::Pep, "no".to_owned())]
        );
    }
}
