//! The checks Solaris applies to a new person, reported one problem per field. Accepted values
//! are normalised (country codes upper case, timestamps with milliseconds) before storing.

use super::body::{text, Text};
use super::clock;
use super::errors::FieldProblem;
use kyc_core::{CalendarDate, CountryCode, PersonName, UtcTimestamp};
use serde_json::{json, Map, Value};

const TIMESTAMPS: &[&str] = &[
    "terms_conditions_signed_at",
    "data_terms_signed_at",
    "fatca_crs_confirmed_at",
    "own_economic_interest_signed_at",
];

/// Fields that, when present, must be strings (or `null`).
const TEXTS: &[&str] = &["email", "mobile_number", "birth_name", "birth_city"];

/// Validates a person creation request against the residence countries allowed for the branch.
/// Returns the normalised request, or every problem found.
pub(crate) fn person(
    request: Map<String, Value>,
    allowed: Option<&[String]>,
) -> Result<Map<String, Value>, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    names(&request, &mut problems);
    fields(request, allowed, problems)
}

/// Validates the fields of an update (`PATCH`): the same checks as a creation, without the names
/// it must not carry.
pub(crate) fn update(
    request: Map<String, Value>,
    allowed: Option<&[String]>,
) -> Result<Map<String, Value>, Vec<FieldProblem>> {
    fields(request, allowed, Vec::new())
}

/// The names a new person must have, checked with Solaris's sanitisation rules.
fn names(request: &Map<String, Value>, problems: &mut Vec<FieldProblem>) {
    for key in ["first_name", "last_name"] {
        let raw = match text(request, key) {
            Text::WrongType => {
                problems.push(FieldProblem::new(key, "must be a string"));
                continue;
            }
            Text::Present(raw) => raw,
            Text::Absent => "",
        };
        // Solaris asks for "N/A" when a person has no last name.
        let no_last_name = key == "last_name" && raw == "N/A";
        if let (false, Err(e)) = (no_last_name, PersonName::parse(raw)) {
            problems.push(FieldProblem::new(key, e.to_string()));
        }
    }
}

/// Every other field's checks; returns the normalised request or every problem found.
fn fields(
    mut request: Map<String, Value>,
    allowed: Option<&[String]>,
    mut problems: Vec<FieldProblem>,
) -> Result<Map<String, Value>, Vec<FieldProblem>> {
    let mut replace = Vec::new();
    for key in ["salutation", "title"] {
        let allowed: &[&str] = if key == "salutation" { &["MR", "MS"] } else { &["DR", "MAGISTER", "PROF", "PROF_DR"] };
        match text(&request, key) {
            Text::Present(v) if allowed.contains(&v) => {}
            Text::Absent => {}
            _ => problems.push(FieldProblem::new(key, "is not included in the list")),
        }
    }
    match text(&request, "birth_date") {
        Text::Absent => {}
        Text::WrongType => problems.push(FieldProblem::new("birth_date", "must be a string")),
        Text::Present(raw) => match CalendarDate::parse(raw) {
            Err(e) => problems.push(FieldProblem::new("birth_date", e.to_string())),
            Ok(date) if date > clock::today() => {
                problems.push(FieldProblem::new("birth_date", "must not be in the future"))
            }
            Ok(_) => {}
        },
    }
    for key in ["nationality", "birth_country"] {
        if let Some(code) = country(&request, key, &mut problems) {
            replace.push((key, json!(code.as_str())));
        }
    }
    for key in TIMESTAMPS {
        match text(&request, key) {
            Text::Absent => {}
            Text::WrongType => problems.push(FieldProblem::new(key, "must be a string")),
            Text::Present(raw) => match UtcTimestamp::parse(raw) {
                Ok(at) => replace.push((key, json!(at.to_string()))),
                Err(e) => problems.push(FieldProblem::new(key, e.to_string())),
            },
        }
    }
    for key in TEXTS {
        if let Text::WrongType = text(&request, key) {
            problems.push(FieldProblem::new(key, "must be a string"));
        }
    }
    address(&mut request, allowed, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    for (key, value) in replace {
        request.insert(key.to_owned(), value);
    }
    Ok(request)
}

/// An optional country code; problems are reported under `field`.
fn country(object: &Map<String, Value>, field: &str, problems: &mut Vec<FieldProblem>) -> Option<CountryCode> {
    match text(object, field) {
        Text::Absent => None,
        Text::WrongType => {
            problems.push(FieldProblem::new(field, "must be a string"));
            None
        }
        Text::Present(raw) => {
            CountryCode::parse(raw).map_err(|e| problems.push(FieldProblem::new(field, e.to_string()))).ok()
        }
    }
}

/// The residence address. Its country is reported as `country`, like Solaris's branch error.
fn address(request: &mut Map<String, Value>, allowed: Option<&[String]>, problems: &mut Vec<FieldProblem>) {
    let Some(address) = request.get_mut("address") else {
        return;
    };
    let Some(address) = address.as_object_mut() else {
        if !address.is_null() {
            problems.push(FieldProblem::new("address", "must be an object"));
        }
        return;
    };
    let Some(code) = country(address, "country", problems) else {
        return;
    };
    address.insert("country".into(), json!(code.as_str()));
    if let Some(allowed) = allowed {
        if !allowed.iter().any(|a| a.eq_ignore_ascii_case(code.as_str())) {
            let list = allowed.iter().map(|a| format!("\"{}\"", a.to_ascii_uppercase())).collect::<Vec<_>>().join(", ");
            let message =
                format!("residency country is not allowed for this branch; allowed residency countries for branch \"null\" are [{list}]");
            problems.push(FieldProblem::new("country", message));
        }
    }
}
