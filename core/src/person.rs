//! The personal data a user enters, as it travels (`PersonalDataInput`, plain strings) and as
//! the domain knows it (`PersonalData`, parsed). The conversion happens once, at each edge.

use crate::date::BirthDateError;
use crate::{BirthDate, CalendarDate, CountryCode, Email, PersonName, PhoneNumber, PostalCode};
use serde::{Deserialize, Serialize};

/// The personal-data form as typed: every field a string, nothing checked yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonalDataInput {
    /// First names as printed on the ID document.
    pub first_name: String,
    /// Last name as printed on the ID document.
    pub last_name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
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
    /// Country of residence, ISO 3166-1 alpha-2.
    pub country: String,
    /// Mobile number, E.164.
    pub mobile_number: String,
    /// E-mail address.
    pub email: String,
}

/// A field of the personal-data form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// First names.
    FirstName,
    /// Last name.
    LastName,
    /// Birth date.
    BirthDate,
    /// Nationality.
    Nationality,
    /// Street.
    Street,
    /// House number.
    HouseNumber,
    /// Postal code.
    PostalCode,
    /// City.
    City,
    /// Country of residence.
    Country,
    /// Mobile number.
    MobileNumber,
    /// E-mail address.
    Email,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 11] = [
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

    /// The field's key on the wire and its id in the page.
    pub fn key(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::BirthDate => "birth_date",
            Field::Nationality => "nationality",
            Field::Street => "street",
            Field::HouseNumber => "house_number",
            Field::PostalCode => "postal_code",
            Field::City => "city",
            Field::Country => "country",
            Field::MobileNumber => "mobile_number",
            Field::Email => "email",
        }
    }

    /// The field's raw value in `input`.
    pub fn value(self, input: &PersonalDataInput) -> &str {
        match self {
            Field::FirstName => &input.first_name,
            Field::LastName => &input.last_name,
            Field::BirthDate => &input.birth_date,
            Field::Nationality => &input.nationality,
            Field::Street => &input.street,
            Field::HouseNumber => &input.house_number,
            Field::PostalCode => &input.postal_code,
            Field::City => &input.city,
            Field::Country => &input.country,
            Field::MobileNumber => &input.mobile_number,
            Field::Email => &input.email,
        }
    }

    /// The field's raw value in `input`, for writing.
    pub fn value_mut(self, input: &mut PersonalDataInput) -> &mut String {
        match self {
            Field::FirstName => &mut input.first_name,
            Field::LastName => &mut input.last_name,
            Field::BirthDate => &mut input.birth_date,
            Field::Nationality => &mut input.nationality,
            Field::Street => &mut input.street,
            Field::HouseNumber => &mut input.house_number,
            Field::PostalCode => &mut input.postal_code,
            Field::City => &mut input.city,
            Field::Country => &mut input.country,
            Field::MobileNumber => &mut input.mobile_number,
            Field::Email => &mut input.email,
        }
    }
}

/// One refused field: a stable code for translation and an English message for logs and APIs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Street, house number and city: printable text of bounded length.
fn text_line(raw: &str, max: usize, field: Field) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, "required", "is required"));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(field, "too_long", format!("is too long (maximum is {max} characters)")));
    }
    if value.chars().any(char::is_control) || !value.chars().any(char::is_alphanumeric) {
        return Err(FieldError::new(field, "text_invalid", "contains characters that are not allowed"));
    }
    Ok(value.to_owned())
}

/// A residence address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    /// Street.
    pub street: String,
    /// House number.
    pub house_number: String,
    /// Postal code, checked for `country`.
    pub postal_code: PostalCode,
    /// City.
    pub city: String,
    /// Country.
    pub country: CountryCode,
}

/// Personal data that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonalData {
    /// First names.
    pub first_name: PersonName,
    /// Last name.
    pub last_name: PersonName,
    /// Birth date of an adult.
    pub birth_date: BirthDate,
    /// Nationality.
    pub nationality: CountryCode,
    /// Residence address.
    pub address: Address,
    /// Mobile number.
    pub mobile_number: PhoneNumber,
    /// E-mail address.
    pub email: Email,
}

/// Checks one field of `input`; the postal code is checked against the chosen country.
pub fn check_field(input: &PersonalDataInput, field: Field, today: CalendarDate) -> Result<(), FieldError> {
    let raw = field.value(input);
    let err = |code: &str, message: String| Err(FieldError::new(field, code, message));
    match field {
        Field::FirstName | Field::LastName => {
            PersonName::parse(raw).map(drop).or_else(|e| err(e.code(), e.to_string()))
        }
        Field::BirthDate => {
            BirthDate::parse(raw, today).map(drop).or_else(|e: BirthDateError| err(e.code(), e.to_string()))
        }
        Field::Nationality | Field::Country => {
            CountryCode::parse(raw).map(drop).or_else(|e| err(e.code(), e.to_string()))
        }
        Field::Street => text_line(raw, 60, field).map(drop),
        Field::HouseNumber => text_line(raw, 10, field).map(drop),
        Field::City => text_line(raw, 40, field).map(drop),
        Field::PostalCode => match CountryCode::parse(&input.country) {
            Ok(country) => PostalCode::parse(raw, country).map(drop).or_else(|e| err(e.code(), e.to_string())),
            Err(_) if raw.trim().is_empty() => err("required", "is required".into()),
            // Without a country the format cannot be judged; the country field carries the error.
            Err(_) => Ok(()),
        },
        Field::MobileNumber => PhoneNumber::parse(raw).map(drop).or_else(|e| err(e.code(), e.to_string())),
        Field::Email => Email::parse(raw).map(drop).or_else(|e| err(e.code(), e.to_string())),
    }
}

impl PersonalData {
    /// Parses every field, collecting all errors in form order.
    pub fn parse(input: &PersonalDataInput, today: CalendarDate) -> Result<Self, Vec<FieldError>> {
        let errors: Vec<FieldError> = Field::ALL.iter().filter_map(|&f| check_field(input, f, today).err()).collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        // Every field passed above, so these parses succeed; map errors anyway rather than unwrap.
        let build = || -> Option<Self> {
            let country = CountryCode::parse(&input.country).ok()?;
            Some(Self {
                first_name: PersonName::parse(&input.first_name).ok()?,
                last_name: PersonName::parse(&input.last_name).ok()?,
                birth_date: BirthDate::parse(&input.birth_date, today).ok()?,
                nationality: CountryCode::parse(&input.nationality).ok()?,
                address: Address {
                    street: input.street.trim().to_owned(),
                    house_number: input.house_number.trim().to_owned(),
                    postal_code: PostalCode::parse(&input.postal_code, country).ok()?,
                    city: input.city.trim().to_owned(),
                    country,
                },
                mobile_number: PhoneNumber::parse(&input.mobile_number).ok()?,
                email: Email::parse(&input.email).ok()?,
            })
        };
        build().ok_or_else(|| vec![FieldError::new(Field::FirstName, "invalid", "is invalid")])
    }

    /// The normalised data back in wire form, as it is stored and shown again.
    pub fn to_input(&self) -> PersonalDataInput {
        PersonalDataInput {
            first_name: self.first_name.as_str().to_owned(),
            last_name: self.last_name.as_str().to_owned(),
            birth_date: self.birth_date.date().to_string(),
            nationality: self.nationality.to_string(),
            street: self.address.street.clone(),
            house_number: self.address.house_number.clone(),
            postal_code: self.address.postal_code.as_str().to_owned(),
            city: self.address.city.clone(),
            country: self.address.country.to_string(),
            mobile_number: self.mobile_number.as_str().to_owned(),
            email: self.email.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
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
        }
    }

    #[test]
    fn complete_data_parses_and_is_normalised() {
        let data = PersonalData::parse(&jane(), today()).unwrap();
        let back = data.to_input();
        assert_eq!(back.nationality, "DE");
        assert_eq!(back.mobile_number, "+49301234567");
    }

    #[test]
    fn every_broken_field_is_reported_in_form_order() {
        let input =
            PersonalDataInput { first_name: "J@ne".into(), postal_code: "1234".into(), email: "x".into(), ..jane() };
        let errors = PersonalData::parse(&input, today()).unwrap_err();
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
    fn an_empty_form_reports_every_field_as_required() {
        let errors = PersonalData::parse(&PersonalDataInput::default(), today()).unwrap_err();
        assert_eq!(errors.len(), Field::ALL.len());
        assert!(errors.iter().all(|e| e.code == "required"));
    }
}
