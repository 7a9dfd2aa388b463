//! The `KYC_REPORT` of an identification: a one-page PDF stating who was identified, how and
//! with which result, clearly marked as coming from the sandbox.

use super::pdf::{one_page, Line};
use crate::solaris::store::{Identification, Person};

/// The report for `ident` of `person` (`None` if the person is gone, which the API prevents).
pub(crate) fn render(ident: &Identification, person: Option<&Person>) -> Vec<u8> {
    let text = |key| person.and_then(|p| p.text(key)).unwrap_or("");
    let name = format!("{} {}", text("first_name"), text("last_name")).trim().to_owned();
    let rows = [
        format!("Identification: {}", ident.id),
        format!("Reference: {}", ident.reference.as_deref().unwrap_or("-")),
        format!("Person: {name}"),
        format!("Person id: {}", ident.person_id),
        format!("Birth date: {}", text("birth_date")),
        format!("Nationality: {}", text("nationality")),
        format!("Method: {}", ident.method),
        format!("Status: {}", ident.status.as_str()),
        format!("Completed at: {}", ident.completed_at.as_deref().unwrap_or("-")),
    ];
    let mut lines = vec![
        Line { size: 18, text: "Sandbox KYC report" },
        Line { size: 10, text: "Simulated by kyc-sandbox. Not the result of a real identification." },
    ];
    lines.extend(rows.iter().map(|row| Line { size: 12, text: row }));
    one_page(&format!("Sandbox KYC report {}", ident.id), &name, &lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::solaris::identification_options::IdentificationOptions;
    use crate::solaris::idnow::test_case::TestCase;
    use serde_json::json;

    #[test]
    fn the_report_names_the_identification_the_person_and_the_result() {
        let options = serde_json::from_value(json!({"method": "idnow"})).unwrap();
        let options = IdentificationOptions::parse(&options).unwrap();
        let mut ident = Identification::new("p1cper".into(), options, TestCase::DEFAULT, 0);
        ident.status = kyc_core::IdentificationStatus::Successful;
        ident.completed_at = Some("2025-01-02T03:04:05.000Z".into());
        let data = json!({"first_name": "Jane", "last_name": "Doe"}).as_object().unwrap().clone();
        let pdf = render(&ident, Some(&Person { data, seq: 0 }));
        let text = String::from_utf8_lossy(&pdf);
        for expected in ["(Sandbox KYC report)", "(Person: Jane Doe)", "(Status: successful)", "2025-01-02T03:04:05"] {
            assert!(text.contains(expected), "{expected}");
        }
        assert!(text.contains(&format!("(Identification: {})", ident.id)));
    }
}
