//! The body of `POST …/identifications`: method, language and the proof of address.

use super::body::optional_string as text;
use super::clock;
use super::errors::FieldProblem;
use kyc_core::CalendarDate;
use serde_json::{Map, Value};

/// The documents Solaris accepts as proof of address.
const PROOF_OF_ADDRESS_TYPES: &[&str] = &[
    "BANK_ACCOUNT_STATEMENT",
    "CERTIFICATE_OF_REGISTRATION",
    "ELECTRICITY_BILL",
    "GAS_BILL",
    "HEATING_BILL",
    "INTERNET_BILL",
    "TELEPHONE_BILL",
    "WATER_BILL",
];

/// A proof of address must have been issued within this many months.
const PROOF_OF_ADDRESS_MAX_AGE_MONTHS: u32 = 6;

/// The accepted options of a new identification.
#[derive(Debug)]
pub(crate) struct IdentificationOptions {
    pub method: String,
    pub language: Option<String>,
    pub proof_of_address_type: Option<String>,
    pub proof_of_address_issued_at: Option<String>,
}

impl IdentificationOptions {
    /// Checks the body; every problem is reported with its field.
    pub fn parse(body: &Map<String, Value>) -> Result<Self, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let method = text(body, "method", &mut problems);
        match method.as_deref() {
            Some("idnow") => {}
            Some(_) => problems.push(FieldProblem::new("method", "is not supported by this sandbox (only idnow is)")),
            // A method of the wrong type was reported by `text` already.
            None if body.get("method").is_none_or(Value::is_null) => {
                problems.push(FieldProblem::new("method", "is required"))
            }
            None => {}
        }
        let language = text(body, "language", &mut problems);
        if language.as_deref().is_some_and(|l| !matches!(l, "DE" | "EN")) {
            problems.push(FieldProblem::new("language", "is not included in the list (DE, EN)"));
        }
        let proof_type = text(body, "proof_of_address_type", &mut problems);
        if proof_type.as_deref().is_some_and(|t| !PROOF_OF_ADDRESS_TYPES.contains(&t)) {
            problems.push(FieldProblem::new("proof_of_address_type", "is not included in the list"));
        }
        let issued_at = text(body, "proof_of_address_issued_at", &mut problems);
        if let Some(raw) = &issued_at {
            if let Some(message) = proof_of_address_date_problem(raw, clock::today()) {
                problems.push(FieldProblem::new("proof_of_address_issued_at", message));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Self {
            method: method.unwrap_or_default(),
            language,
            proof_of_address_type: proof_type,
            proof_of_address_issued_at: issued_at,
        })
    }
}

/// Why an issue date is refused on `today`, if it is.
fn proof_of_address_date_problem(raw: &str, today: CalendarDate) -> Option<String> {
    let Ok(date) = CalendarDate::parse(raw) else {
        return Some("is not a valid date (YYYY-MM-DD)".to_owned());
    };
    if date > today {
        return Some("must not be in the future".to_owned());
    }
    let oldest = clock::months_before(today, PROOF_OF_ADDRESS_MAX_AGE_MONTHS);
    (date < oldest).then(|| {
        format!("must not be older than {PROOF_OF_ADDRESS_MAX_AGE_MONTHS} months (earliest accepted: {oldest})")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proof_of_address_is_accepted_for_six_months() {
        let today = CalendarDate::parse("2025-08-31").unwrap();
        assert_eq!(proof_of_address_date_problem("2025-02-28", today), None);
        assert!(proof_of_address_date_problem("2025-02-27", today).is_some());
        assert!(proof_of_address_date_problem("2025-09-01", today).is_some());
        assert!(proof_of_address_date_problem("2025-13-01", today).is_some());
    }
}
