//! The zone compared with what the user typed, before the picture goes anywhere: an expired
//! document is refused at once, and each differing field is named, so the user retakes the
//! picture or corrects the typed value instead of being refused by the provider minutes later.
//! The app runs it on the zone its reader found; the proxy repeats it on the uploaded picture.

use super::icao::country_of_icao;
use super::transliterate::same_name;
use super::{MrzData, MrzFormat};
use crate::{CalendarDate, CountryCode, PersonalData, PersonalDataInput};
use serde::{Deserialize, Serialize};

/// A field of the zone that can disagree with the typed data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MrzField {
    /// The last name (the zone's primary identifier).
    LastName,
    /// The first names (the zone's secondary identifier).
    FirstName,
    /// The birth date.
    BirthDate,
    /// The nationality.
    Nationality,
    /// The document number, when the user typed one.
    DocumentNumber,
}

/// What the comparison found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "finding", content = "field")]
pub enum MrzFinding {
    /// The document expired before today: no provider accepts it.
    Expired,
    /// The zone says something else than the typed data in this field.
    Differs(MrzField),
}

/// The typed data the zone is compared with.
#[derive(Debug, Clone, Copy)]
pub struct TypedIdentity<'a> {
    /// First names as typed.
    pub first_name: &'a str,
    /// Last name as typed.
    pub last_name: &'a str,
    /// Birth date.
    pub birth_date: CalendarDate,
    /// Nationality.
    pub nationality: CountryCode,
    /// The document number, if the flow asked for it.
    pub document_number: Option<&'a str>,
}

impl<'a> TypedIdentity<'a> {
    /// The identity in `person`, with the `document_number` the user typed, if any.
    pub fn of(person: &'a PersonalData, document_number: Option<&'a str>) -> Self {
        Self {
            first_name: person.first_name.as_str(),
            last_name: person.last_name.as_str(),
            birth_date: person.birth_date.date(),
            nationality: person.nationality,
            document_number,
        }
    }
}

impl<'a> TypedIdentity<'a> {
    /// The identity in the saved form `input` (the app has it as the proxy sent it back, and
    /// need not take in every field's rules for this); `None` when its birth date or
    /// nationality does not read.
    pub fn of_input(input: &'a PersonalDataInput, document_number: Option<&'a str>) -> Option<Self> {
        Some(Self {
            first_name: input.first_name.trim(),
            last_name: input.last_name.trim(),
            birth_date: CalendarDate::parse(&input.birth_date).ok()?,
            nationality: CountryCode::parse(&input.nationality).ok()?,
            document_number,
        })
    }
}

/// Characters of the names field: the zone's line minus its document code and issuing state.
fn name_capacity(format: MrzFormat) -> usize {
    match format {
        MrzFormat::Td1 => 30,
        MrzFormat::Td2 => 31,
        MrzFormat::Td3 => 39,
    }
}

/// A document number without spaces, fillers or case.
fn plain_number(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Compares the zone `mrz` with `typed` on `today`: `Expired` first if it is, then each
/// differing field. A field the zone leaves open (no birth date, a code of no country, such as
/// the specimens' `UTO`) is not compared.
pub fn cross_check(mrz: &MrzData, typed: &TypedIdentity<'_>, today: CalendarDate) -> Vec<MrzFinding> {
    let mut findings = Vec::new();
    if mrz.expiry_date.is_some_and(|expiry| expiry < today) {
        findings.push(MrzFinding::Expired);
    }
    // A names field filled to its end may have cut the names short.
    let used = mrz.surname.len() + if mrz.given_names.is_empty() { 0 } else { 2 + mrz.given_names.len() };
    let truncated = used >= name_capacity(mrz.format);
    let mut differs = |field| findings.push(MrzFinding::Differs(field));
    if !same_name(typed.last_name, &mrz.surname, truncated) {
        differs(MrzField::LastName);
    }
    if !mrz.given_names.is_empty() && !same_name(typed.first_name, &mrz.given_names, truncated) {
        differs(MrzField::FirstName);
    }
    if mrz.birth_date.is_some_and(|born| born != typed.birth_date) {
        differs(MrzField::BirthDate);
    }
    if country_of_icao(&mrz.nationality).is_some_and(|country| country != typed.nationality) {
        differs(MrzField::Nationality);
    }
    if typed.document_number.is_some_and(|n| plain_number(n) != plain_number(&mrz.document_number)) {
        differs(MrzField::DocumentNumber);
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    fn today() -> CalendarDate {
        date("2026-12-07")
    }

    /// A German ID card (TD1) of Erika Mustermann, as its reader would hand it over.
    fn erika() -> MrzData {
        MrzData {
            format: MrzFormat::Td1,
            document_code: "ID".into(),
            issuing_state: "D".into(),
            document_number: "T22000129".into(),
            surname: "MUSTERMANN".into(),
            given_names: "ERIKA".into(),
            nationality: "D".into(),
            birth_date: Some(date("1983-08-12")),
            sex: 'F',
            expiry_date: Some(date("2031-10-31")),
        }
    }

    fn typed() -> TypedIdentity<'static> {
        TypedIdentity {
            first_name: "Erika",
            last_name: "Mustermann",
            birth_date: date("1983-08-12"),
            nationality: CountryCode::parse("DE").unwrap(),
            document_number: None,
        }
    }

    #[test]
    fn the_same_person_on_a_valid_document_gives_no_finding() {
        assert_eq!(cross_check(&erika(), &typed(), today()), []);
        let number = TypedIdentity { document_number: Some("t2200 0129"), ..typed() };
        assert_eq!(cross_check(&erika(), &number, today()), []);
    }

    #[test]
    fn an_expired_document_is_said_first() {
        let expired = MrzData { expiry_date: Some(date("2026-12-06")), ..erika() };
        assert_eq!(cross_check(&expired, &typed(), today()), [MrzFinding::Expired]);
        let today_last = MrzData { expiry_date: Some(today()), ..erika() };
        assert_eq!(cross_check(&today_last, &typed(), today()), []);
    }

    #[test]
    fn each_differing_field_is_named() {
        let other = TypedIdentity {
            first_name: "Erik",
            last_name: "Musterman",
            birth_date: date("1983-12-08"),
            nationality: CountryCode::parse("AT").unwrap(),
            document_number: Some("T22000130"),
        };
        let fields = [
            MrzField::LastName,
            MrzField::FirstName,
            MrzField::BirthDate,
            MrzField::Nationality,
            MrzField::DocumentNumber,
        ];
        assert_eq!(cross_check(&erika(), &other, today()), fields.map(MrzFinding::Differs));
    }

    #[test]
    fn transliterated_names_and_open_fields_do_not_count_as_differences() {
        let zone = MrzData {
            surname: "MUELLER LUEDENSCHEIDT".into(),
            given_names: "JOERG".into(),
            nationality: "UTO".into(),
            birth_date: None,
            ..erika()
        };
        let jorg = TypedIdentity { first_name: "Jörg", last_name: "Müller-Lüdenscheidt", ..typed() };
        assert_eq!(cross_check(&zone, &jorg, today()), []);
    }

    #[test]
    fn a_full_names_field_may_cut_long_names() {
        let zone = MrzData { surname: "WOLFESCHLEGELSTEINHAUSEN".into(), given_names: "HUBERT B".into(), ..erika() };
        let hubert = TypedIdentity { first_name: "Hubert Blaine", last_name: "Wolfeschlegelsteinhausen", ..typed() };
        assert_eq!(cross_check(&zone, &hubert, today()), []);
    }

    #[test]
    fn the_saved_form_gives_the_same_identity() {
        let input = PersonalDataInput {
            first_name: "Erika".into(),
            last_name: "Mustermann ".into(),
            birth_date: "1983-08-12".into(),
            nationality: "de".into(),
            ..Default::default()
        };
        let typed = TypedIdentity::of_input(&input, None).unwrap();
        assert_eq!(cross_check(&erika(), &typed, today()), []);
        let unsaved = PersonalDataInput { birth_date: String::new(), ..input };
        assert!(TypedIdentity::of_input(&unsaved, None).is_none());
    }

    #[test]
    fn findings_travel_as_tagged_json() {
        let json = serde_json::to_string(&[MrzFinding::Expired, MrzFinding::Differs(MrzField::BirthDate)]).unwrap();
        assert_eq!(json, r#"[{"finding":"expired"},{"finding":"differs","field":"birth_date"}]"#);
    }
}
