//! The personal data a user enters, as it travels (`PersonalDataInput`, plain strings) and as
//! the domain knows it (`PersonalData`, parsed). The conversion happens once, at each edge.

mod choice;
mod error_codes;
mod field;
mod residence;

pub use choice::{keys, Choice, Salutation, Title};
pub use error_codes::FIELD_ERROR_CODES;
pub use field::{ChoiceList, Field, Group, Widget};
pub use residence::Residence;

use crate::ssn::Ssn;
use crate::subdivision::Subdivision;
use crate::{BirthDate, CalendarDate, CountryCode, Email, PersonName, PhoneNumber, PostalCode};
use serde::{Deserialize, Serialize};

/// The personal-data form as typed: every field a string, nothing checked yet. Fields a flow
/// does not ask for stay empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PersonalDataInput {
    /// `MR`, `MS` or empty.
    pub salutation: String,
    /// `DR`, `MAGISTER`, `PROF`, `PROF_DR` or empty.
    pub title: String,
    /// First names as printed on the ID document.
    pub first_name: String,
    /// Last name as printed on the ID document.
    pub last_name: String,
    /// Name at birth.
    pub birth_name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// Place of birth.
    pub birth_city: String,
    /// Country of birth, ISO 3166-1 alpha-2.
    pub birth_country: String,
    /// ISO 3166-1 alpha-2.
    pub nationality: String,
    /// Street of the residence address.
    pub street: String,
    /// House number, with any suffix.
    pub house_number: String,
    /// Postal code of the residence address.
    pub postal_code: String,
    /// City of the residence address.
    pub city: String,
    /// State or province code, where the country has them.
    pub state: String,
    /// Country of residence, ISO 3166-1 alpha-2.
    pub country: String,
    /// Mobile number, E.164.
    pub mobile_number: String,
    /// E-mail address.
    pub email: String,
    /// Country of tax residence, ISO 3166-1 alpha-2.
    pub tax_residency: String,
    /// `yes` or `no`: a US person for tax purposes.
    pub fatca_relevant: String,
    /// US Social Security number: nine digits or the last four.
    pub ssn: String,
    /// `yes` or `no`: a politically exposed person.
    pub pep: String,
}

/// Whether a flow asks for a field, and whether it may stay empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldRule {
    /// The field.
    pub field: Field,
    /// Whether an empty value is refused (when the field applies at all, see [`Field::applies`]).
    pub required: bool,
}

impl FieldRule {
    /// A field that must be filled in.
    pub const fn required(field: Field) -> Self {
        Self { field, required: true }
    }

    /// A field that may stay empty.
    pub const fn optional(field: Field) -> Self {
        Self { field, required: false }
    }
}

/// One refused field: a stable code for translation and an English message for logs and APIs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// Stable machine code (`required`, `name_symbol`, ...).
    pub code: String,
    /// English explanation.
    pub message: String,
}

impl FieldError {
    fn new(field: Field, code: &str, message: impl ToString) -> Self {
        Self { field, code: code.to_owned(), message: message.to_string() }
    }
}

/// Street, house number and cities: printable text of bounded length.
fn text_line(value: &str, max: usize) -> Result<(), (&'static str, String)> {
    if value.chars().count() > max {
        return Err(("too_long", format!("is too long (maximum is {max} characters)")));
    }
    if value.chars().any(char::is_control) || !value.chars().any(char::is_alphanumeric) {
        return Err(("text_invalid", "contains characters that are not allowed".to_owned()));
    }
    Ok(())
}

/// A residence address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code, checked for `country`.
    pub postal_code: PostalCode,
    /// City.
    pub city: String,
    /// State or province, for the countries that have them (when the flow asks).
    pub state: Option<Subdivision>,
    /// Country.
    pub country: CountryCode,
}

/// The self-declarations for tax and anti-money-laundering rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Declarations {
    /// Country of tax residence.
    pub tax_residency: Option<CountryCode>,
    /// A US person for tax purposes (Solaris `fatca_relevant`).
    pub fatca_relevant: Option<bool>,
    /// A politically exposed person (Solaris `self_declared_as_pep`).
    pub pep: Option<bool>,
}

/// Personal data that passed every rule of its flow. The identity, address and contact fields
/// are asked by every flow; the others only where the flow's definition lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonalData {
    /// Mr, Ms, or neither.
    pub salutation: Option<Salutation>,
    /// Academic title.
    pub title: Option<Title>,
    /// First names.
    pub first_name: PersonName,
    /// Last name.
    pub last_name: PersonName,
    /// Name at birth.
    pub birth_name: Option<PersonName>,
    /// Birth date of an adult.
    pub birth_date: BirthDate,
    /// Place of birth.
    pub birth_city: Option<String>,
    /// Country of birth.
    pub birth_country: Option<CountryCode>,
    /// Nationality.
    pub nationality: CountryCode,
    /// Residence address.
    pub address: Address,
    /// Mobile number.
    pub mobile_number: PhoneNumber,
    /// E-mail address.
    pub email: Email,
    /// US Social Security number (US residents, where the flow asks).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub ssn: Option<Ssn>,
    /// Tax and PEP self-declarations.
    pub declarations: Declarations,
}

/// Checks one field of `input`: empty is refused only when `required`; a field that does not
/// apply (a state outside the US and Canada) always passes.
pub fn check_field(
    input: &PersonalDataInput,
    field: Field,
    required: bool,
    today: CalendarDate,
) -> Result<(), FieldError> {
    let raw = field.value(input).trim();
    if !field.applies(input) {
        return Ok(());
    }
    if raw.is_empty() {
        return if required { Err(FieldError::new(field, "required", "is required")) } else { Ok(()) };
    }
    let checked: Result<(), (&str, String)> = match field {
        Field::FirstName | Field::LastName | Field::BirthName => {
            PersonName::parse(field.value(input)).map(drop).map_err(|e| (e.code(), e.to_string()))
        }
        Field::BirthDate => BirthDate::parse(raw, today).map(drop).map_err(|e| (e.code(), e.to_string())),
        Field::Nationality | Field::Country | Field::BirthCountry | Field::TaxResidency => {
            CountryCode::parse(raw).map(drop).map_err(|e| (e.code(), e.to_string()))
        }
        Field::Street => text_line(raw, 60),
        Field::HouseNumber => text_line(raw, 10),
        Field::City | Field::BirthCity => text_line(raw, 40),
        Field::PostalCode => match CountryCode::parse(&input.country) {
            Ok(country) => PostalCode::parse(raw, country).map(drop).map_err(|e| (e.code(), e.to_string())),
            // Without a country the format cannot be judged; the country field carries the error.
            Err(_) => Ok(()),
        },
        Field::State => match CountryCode::parse(&input.country) {
            Ok(country) => Subdivision::parse(raw, country).map(drop).map_err(|e| (e.code(), e.to_string())),
            Err(_) => Ok(()),
        },
        Field::MobileNumber => PhoneNumber::parse(raw).map(drop).map_err(|e| (e.code(), e.to_string())),
        Field::Email => Email::parse(raw).map(drop).map_err(|e| (e.code(), e.to_string())),
        Field::Ssn => Ssn::parse(raw).map(drop).map_err(|e| (e.code(), e.to_string())),
        Field::Salutation => choice::<Salutation>(raw),
        Field::Title => choice::<Title>(raw),
        Field::FatcaRelevant | Field::Pep => choice::<bool>(raw),
    };
    checked.map_err(|(code, message)| FieldError::new(field, code, message))
}

fn choice<T: Choice>(raw: &str) -> Result<(), (&'static str, String)> {
    T::parse(raw).map(drop).ok_or(("choice_unknown", "is not one of the options".to_owned()))
}

impl PersonalData {
    /// Parses every field the flow asks for (`rules`), collecting all errors in form order.
    /// Fields outside `rules`, or not applying, are dropped.
    pub fn parse(input: &PersonalDataInput, rules: &[FieldRule], today: CalendarDate) -> Result<Self, Vec<FieldError>> {
        let asked = |field: Field| rules.iter().any(|r| r.field == field) && field.applies(input);
        let errors: Vec<FieldError> = Field::ALL
            .iter()
            .filter_map(|&f| rules.iter().find(|r| r.field == f))
            .filter_map(|r| check_field(input, r.field, r.required, today).err())
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        // Only what passed above is parsed; `ok()` turns an absent optional field into `None`.
        let opt = |field: Field| Some(field.value(input).trim()).filter(|v| asked(field) && !v.is_empty());
        let build = || -> Option<Self> {
            let country = CountryCode::parse(&input.country).ok()?;
            Some(Self {
                salutation: opt(Field::Salutation).and_then(Salutation::parse),
                title: opt(Field::Title).and_then(Title::parse),
                first_name: PersonName::parse(&input.first_name).ok()?,
                last_name: PersonName::parse(&input.last_name).ok()?,
                birth_name: opt(Field::BirthName).and_then(|_| PersonName::parse(&input.birth_name).ok()),
                birth_date: BirthDate::parse(input.birth_date.trim(), today).ok()?,
                birth_city: opt(Field::BirthCity).map(str::to_owned),
                birth_country: opt(Field::BirthCountry).and_then(|v| CountryCode::parse(v).ok()),
                nationality: CountryCode::parse(&input.nationality).ok()?,
                address: Address {
                    street: input.street.trim().to_owned(),
                    house_number: input.house_number.trim().to_owned(),
                    postal_code: PostalCode::parse(&input.postal_code, country).ok()?,
                    city: input.city.trim().to_owned(),
                    state: opt(Field::State).and_then(|v| Subdivision::parse(v, country).ok()),
                    country,
                },
                mobile_number: PhoneNumber::parse(&input.mobile_number).ok()?,
                email: Email::parse(&input.email).ok()?,
                ssn: opt(Field::Ssn).and_then(|v| Ssn::parse(v).ok()),
                declarations: Declarations {
                    tax_residency: opt(Field::TaxResidency).and_then(|v| CountryCode::parse(v).ok()),
                    fatca_relevant: opt(Field::FatcaRelevant).and_then(bool::parse),
                    pep: opt(Field::Pep).and_then(bool::parse),
                },
            })
        };
        // A flow that does not ask for an identity field cannot build personal data: name it.
        build().ok_or_else(|| {
            let missing = Field::ALL.iter().find(|&&f| Self::CORE.contains(&f) && !asked(f)).copied();
            vec![FieldError::new(missing.unwrap_or(Field::FirstName), "required", "is required")]
        })
    }

    /// The fields every flow asks for: the person's identity, address and contact.
    pub const CORE: [Field; 11] = [
        Field::FirstName,
        Field::LastName,
        Field::BirthDate,
        Field::Nationality,
        Field::Street,
        Field::HouseNumber,
        Field::PostalCode,
        Field::City,
        Field::Country,
        Field::MobileNumber,
        Field::Email,
    ];

    /// The normalised data back in wire form, as it is stored and shown again.
    pub fn to_input(&self) -> PersonalDataInput {
        let yes_no = |v: Option<bool>| v.map(|v| if v { "yes" } else { "no" }.to_owned()).unwrap_or_default();
        let country = |c: &Option<CountryCode>| c.as_ref().map(ToString::to_string).unwrap_or_default();
        PersonalDataInput {
            salutation: choice_key(self.salutation),
            title: choice_key(self.title),
            first_name: self.first_name.as_str().to_owned(),
            last_name: self.last_name.as_str().to_owned(),
            birth_name: self.birth_name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
            birth_date: self.birth_date.date().to_string(),
            birth_city: self.birth_city.clone().unwrap_or_default(),
            birth_country: country(&self.birth_country),
            nationality: self.nationality.to_string(),
            street: self.address.street.clone(),
            house_number: self.address.house_number.clone(),
            postal_code: self.address.postal_code.as_str().to_owned(),
            city: self.address.city.clone(),
            state: self.address.state.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
            country: self.address.country.to_string(),
            mobile_number: self.mobile_number.as_str().to_owned(),
            email: self.email.as_str().to_owned(),
            tax_residency: country(&self.declarations.tax_residency),
            fatca_relevant: yes_no(self.declarations.fatca_relevant),
            ssn: self.ssn.as_ref().map(|s| s.digits().to_owned()).unwrap_or_default(),
            pep: yes_no(self.declarations.pep),
        }
    }
}

/// The wire value of a chosen option, empty for none.
fn choice_key<T: Choice + PartialEq>(value: Option<T>) -> String {
    value.and_then(|v| T::OPTIONS.iter().find(|(_, o)| *o == v)).map(|(k, _)| (*k).to_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
    }

    fn core_rules() -> Vec<FieldRule> {
        PersonalData::CORE.into_iter().map(FieldRule::required).collect()
    }

    fn jane() -> PersonalDataInput {
        PersonalDataInput {
            first_name: "Jane".into(),
            last_name: "Doe".into(),
            birth_date: "1992-12-11".into(),
            nationality: "de".into(),
            street: "Amrumer Straße".into(),
            house_number: "14".into(),
            postal_code: "13353".into(),
            city: "Berlin".into(),
            country: "DE".into(),
            mobile_number: "+49 30 1234567".into(),
            email: "jane@example.com".into(),
            ..Default::default()
        }
    }

    #[test]
    fn complete_data_parses_and_is_normalised() {
        let data = PersonalData::parse(&jane(), &core_rules(), today()).unwrap();
        let back = data.to_input();
        assert_eq!(back.nationality, "DE");
        assert_eq!(back.mobile_number, "+49301234567");
    }

    #[test]
    fn every_broken_field_is_reported_in_form_order() {
        let input =
            PersonalDataInput { first_name: "J@ne".into(), postal_code: "1234".into(), email: "x".into(), ..jane() };
        let errors = PersonalData::parse(&input, &core_rules(), today()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.code.as_str())).collect();
        assert_eq!(
            fields,
            [
                (Field::FirstName, "name_symbol"),
                (Field::PostalCode, "postal_code_format"),
                (Field::Email, "email_format")
            ]
        );
    }

    #[test]
    fn an_empty_form_reports_every_required_field() {
        let errors = PersonalData::parse(&PersonalDataInput::default(), &core_rules(), today()).unwrap_err();
        assert_eq!(errors.len(), PersonalData::CORE.len());
        assert!(errors.iter().all(|e| e.code == "required"));
    }

    #[test]
    fn optional_fields_may_stay_empty_but_are_checked_when_filled() {
        let rules: Vec<_> = core_rules()
            .into_iter()
            .chain([Field::Salutation, Field::BirthName, Field::Ssn].map(FieldRule::optional))
            .chain([Field::BirthCity, Field::Pep, Field::State].map(FieldRule::required))
            .collect();
        let filled = PersonalDataInput { birth_city: "Köln".into(), pep: "no".into(), ..jane() };
        let data = PersonalData::parse(&filled, &rules, today()).unwrap();
        assert_eq!((data.salutation, data.birth_name, data.ssn), (None, None, None));
        assert_eq!(data.declarations.pep, Some(false));
        // A German address has no state, so the required state does not apply.
        assert_eq!(data.address.state, None);

        let wrong = PersonalDataInput { salutation: "SIR".into(), birth_name: "M3yer".into(), ..filled.clone() };
        let codes: Vec<_> =
            PersonalData::parse(&wrong, &rules, today()).unwrap_err().into_iter().map(|e| e.code).collect();
        assert_eq!(codes, ["choice_unknown", "name_symbol"]);
    }

    #[test]
    fn a_us_address_needs_its_state_and_may_carry_an_ssn() {
        let rules: Vec<_> = core_rules()
            .into_iter()
            .chain([FieldRule::required(Field::State), FieldRule::optional(Field::Ssn)])
            .collect();
        let us = PersonalDataInput {
            street: "Main Street".into(),
            postal_code: "10001".into(),
            city: "New York".into(),
            country: "US".into(),
            mobile_number: "+12125550123".into(),
            ..jane()
        };
        let errors = PersonalData::parse(&us, &rules, today()).unwrap_err();
        assert_eq!((errors[0].field, errors[0].code.as_str()), (Field::State, "required"));
        let data =
            PersonalData::parse(&PersonalDataInput { state: "ny".into(), ssn: "6789".into(), ..us }, &rules, today())
                .unwrap();
        assert_eq!(data.address.state.unwrap().as_str(), "NY");
        assert_eq!(data.ssn.unwrap().last_four(), "6789");
    }

    #[test]
    fn fields_outside_the_flow_are_dropped_and_the_round_trip_keeps_the_rest() {
        let rules: Vec<_> = core_rules().into_iter().chain([FieldRule::required(Field::Title)]).collect();
        let input = PersonalDataInput { title: "prof_dr".into(), salutation: "MR".into(), ..jane() };
        let back = PersonalData::parse(&input, &rules, today()).unwrap().to_input();
        assert_eq!((back.title.as_str(), back.salutation.as_str()), ("PROF_DR", ""));
    }

    #[test]
    fn every_field_has_its_own_key() {
        for &field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
    }
}
