//! The checks only the proxy makes, on top of the shared `kyc_core` rules: those that need data
//! too heavy for the browser (phone metadata, the full e-mail grammar) and the deployment's own
//! policy (which residence countries its branch may onboard).

use kyc_core::flow::FlowId;
use kyc_core::{CalendarDate, CountryCode, EidScheme, Field, FieldError, FieldRule, PersonalData, PersonalDataInput};
use phonenumber::metadata::DATABASE;
use phonenumber::Type;
use std::collections::BTreeMap;
use validator::ValidateEmail;

/// Rules that depend on the deployment.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Residence countries the branch may onboard (ISO alpha-2, upper case); empty allows all.
    pub allowed_residence_countries: Vec<String>,
    /// The flow of sessions whose product team chose none.
    pub default_flow: FlowId,
    /// Whether the app makes sessions itself, without a product team's link
    /// (`KYC_APP_SESSIONS`); they belong to the deployment's own team.
    pub app_sessions: bool,
    /// At most this many text messages per session in 24 hours (`KYC_SMS_PER_SESSION`).
    pub sms_per_session: u32,
}

/// Values the product team prefilled and fixed, by field: the user confirms them, and may not
/// change them.
pub type Locked = BTreeMap<Field, String>;

fn error(field: Field, code: &str, message: impl Into<String>) -> FieldError {
    FieldError { field, code: code.into(), message: message.into() }
}

/// Whether `e164` is a real number that can receive an SMS (mobile, or a plan where the two
/// cannot be told apart, as in the US).
fn phone_error(e164: &str) -> Option<FieldError> {
    let Ok(number) = phonenumber::parse(None, e164) else {
        return Some(error(Field::MobileNumber, "phone_invalid", "is not a valid phone number"));
    };
    if !phonenumber::is_valid(&number) {
        return Some(error(Field::MobileNumber, "phone_invalid", "is not a valid phone number for its country"));
    }
    match number.number_type(&DATABASE) {
        Type::Mobile | Type::FixedLineOrMobile | Type::PersonalNumber => None,
        _ => Some(error(Field::MobileNumber, "phone_not_mobile", "must be a mobile number")),
    }
}

/// Parses the personal data with every rule of its flow, shared and proxy-only, and refuses a
/// change to a locked value; all errors in form order.
pub fn parse_person(
    input: &PersonalDataInput,
    flow: FlowId,
    fields: &[FieldRule],
    locked: &Locked,
    today: CalendarDate,
    policy: &Policy,
) -> Result<PersonalData, Vec<FieldError>> {
    let mut errors = PersonalData::parse(input, fields, today).err().unwrap_or_default();
    for (&field, value) in locked {
        if field.value(input).trim() != value.trim() {
            errors.retain(|e| e.field != field);
            errors.push(error(field, "locked", "was confirmed by the service provider and cannot be changed here"));
        }
    }
    let has = |errors: &[FieldError], f: Field| errors.iter().any(|e| e.field == f);
    if !has(&errors, Field::Email) && !input.email.trim().validate_email() {
        errors.push(error(Field::Email, "email_format", "is not a valid e-mail address"));
    }
    if !has(&errors, Field::MobileNumber) {
        if let Some(e) = kyc_core::PhoneNumber::parse(&input.mobile_number).ok().and_then(|p| phone_error(p.as_str())) {
            errors.push(e);
        }
    }
    let country = input.country.trim().to_ascii_uppercase();
    let allowed = &policy.allowed_residence_countries;
    if !has(&errors, Field::Country) && !allowed.is_empty() && !allowed.contains(&country) {
        let list = allowed.join(", ");
        errors.push(error(
            Field::Country,
            "country_not_allowed",
            format!("is not allowed for this service; allowed: {list}"),
        ));
    }
    // Said here, at the country, rather than by the bank step after the consents.
    let eid = CountryCode::parse(&input.country).ok().and_then(EidScheme::for_residence);
    if flow.needs_eid() && !has(&errors, Field::Country) && eid.is_none() {
        let list = EidScheme::countries();
        errors.push(error(
            Field::Country,
            "country_without_eid",
            format!("has no bank login for this check; allowed: {list}"),
        ));
    }
    if errors.is_empty() {
        // Parsing again cannot fail here: the shared rules passed above.
        return PersonalData::parse(input, fields, today);
    }
    errors.sort_by_key(|e| Field::ALL.iter().position(|f| *f == e.field));
    Err(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobile_numbers_pass_and_landlines_or_impossible_numbers_do_not() {
        for ok in ["+4915123456789", "+447911123456", "+33612345678", "+14155552671", "+41791234567"] {
            assert_eq!(phone_error(ok), None, "{ok}");
        }
        assert_eq!(phone_error("+49301234567").unwrap().code, "phone_not_mobile", "a Berlin landline");
        assert_eq!(phone_error("+4915").unwrap().code, "phone_invalid");
        assert_eq!(phone_error("+999123456789").unwrap().code, "phone_invalid");
    }
}
