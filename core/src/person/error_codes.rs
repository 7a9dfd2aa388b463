//! Every code a field error can carry ([`crate::FieldError::code`]): the ones the rules here
//! produce, and the few the proxy adds from what it alone can know. The app's texts are keyed by
//! them, so a translation file holds one message per code and no code goes untranslated.

/// Every field error code, rules first, then the proxy's own. `country_not_allowed` and
/// `residence_not_eligible` are not here: their messages name countries, so the app builds them
/// from templates of their own.
pub const FIELD_ERROR_CODES: &[&str] = &[
    "required",
    "name_too_long",
    "name_leading_space",
    "name_symbol",
    "name_separator",
    "date_invalid",
    "date_future",
    "age_under_18",
    "date_too_old",
    "country_unknown",
    "postal_code_format",
    "phone_format",
    "email_format",
    "too_long",
    "text_invalid",
    "phone_length",
    "proof_too_old",
    "state_unknown",
    "ssn_format",
    "ssn_never_issued",
    "choice_unknown",
    // The proxy's: the phone-number library's verdicts, the provider's answer, a locked field.
    "phone_invalid",
    "phone_not_mobile",
    "provider_rejected",
    "locked",
];

#[cfg(test)]
mod tests {
    use super::FIELD_ERROR_CODES;
    use crate::country::CountryError;
    use crate::date::BirthDateError;
    use crate::document::ProofOfAddressError;
    use crate::email::EmailError;
    use crate::name::NameError;
    use crate::phone::PhoneError;
    use crate::postal::PostalCodeError;
    use crate::ssn::SsnError;
    use crate::subdivision::SubdivisionError;
    use crate::{CalendarDate, PersonalDataInput};

    /// The codes of every variant of an error type; the match fails to compile when a variant
    /// is added and not listed here.
    macro_rules! codes_of {
        ($ty:ident: $($variant:ident),+) => {{
            let _every_variant = |e: $ty| match e { $($ty::$variant => ()),+ };
            vec![$($ty::$variant.code()),+]
        }};
    }

    #[test]
    fn every_code_the_rules_can_give_is_listed() {
        let codes = [
            codes_of!(NameError: Empty, TooLong, LeadingWhitespace, Symbol, MisplacedSeparator),
            codes_of!(BirthDateError: Empty, Invalid, InFuture, TooYoung, TooOld),
            codes_of!(PostalCodeError: Empty, Format),
            codes_of!(PhoneError: Empty, Format, Length),
            codes_of!(EmailError: Empty, Format),
            codes_of!(SsnError: Empty, Format, NeverIssued),
            codes_of!(CountryError: Empty, Unknown),
            codes_of!(SubdivisionError: Empty, Unknown),
            codes_of!(ProofOfAddressError: Invalid, InFuture, TooOld),
        ];
        for code in codes.iter().flatten() {
            assert!(FIELD_ERROR_CODES.contains(code), "{code} is missing");
        }
        // The codes `check_field` gives of its own: lines of free text, the choices.
        let today = CalendarDate::parse("2026-01-01").unwrap();
        let input = PersonalDataInput {
            street: "x".repeat(61),
            city: "a\u{7}".into(),
            title: "Sir".into(),
            ..Default::default()
        };
        for (field, code) in [
            (crate::person::Field::Street, "too_long"),
            (crate::person::Field::City, "text_invalid"),
            (crate::person::Field::Title, "choice_unknown"),
        ] {
            let error = crate::person::check_field(&input, field, true, today).unwrap_err();
            assert_eq!(error.code, code);
            assert!(FIELD_ERROR_CODES.contains(&code));
        }
        let unique: std::collections::HashSet<_> = FIELD_ERROR_CODES.iter().collect();
        assert_eq!(unique.len(), FIELD_ERROR_CODES.len(), "each code once");
    }
}
