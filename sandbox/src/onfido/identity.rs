//! The Identity Enhanced report of an applicant: the dataset searched with fuzzy matching, and
//! the result and breakdown computed by core's report logic.

use super::dataset::{DEATHS, RECORDS};
use super::matching::{address_matches, name_matches};
use super::store::{Applicant, Outcome};
use kyc_core::CalendarDate;
use kyc_identity_enhanced::wire::BreakdownWire;
use kyc_identity_enhanced::{self as identity_enhanced, Evidence, Jurisdiction, MatchKind, SourceMatch, Ssn};
use serde_json::json;

/// Which of the guide's rule sets applies: by the address country (ISO-3), and for the US by
/// whether an SSN was given.
fn jurisdiction(applicant: &Applicant) -> Jurisdiction {
    match applicant.address.as_ref().and_then(|a| a.country.as_deref()) {
        Some("GBR") => Jurisdiction::UnitedKingdom,
        Some("USA") if applicant.ssn.is_some() => Jurisdiction::UnitedStatesWithSsn,
        _ => Jurisdiction::Elsewhere,
    }
}

/// Every match of the applicant in the sources of the address country.
pub(crate) fn evidence(applicant: &Applicant) -> Evidence {
    let address = applicant.address.clone().unwrap_or_default();
    let line = address.street_line();
    let postcode = address.postcode.as_deref().unwrap_or_default();
    let country = address.country.as_deref().unwrap_or_default();
    let same_dob = |dob: &str| CalendarDate::parse(dob).ok().is_some_and(|d| Some(d) == applicant.dob);
    let mut matches = Vec::new();
    let named = |first: &str, last: &str| name_matches(&applicant.first_name, &applicant.last_name, first, last);
    for record in RECORDS.iter().filter(|r| r.country == country && named(r.first_name, r.last_name)) {
        let mut found = |kind| matches.push(SourceMatch { source: record.source, kind });
        if record.address.as_ref().is_some_and(|a| address_matches(&line, postcode, a.number, a.street, a.postcode)) {
            found(MatchKind::NameAndAddress);
        }
        if record.dob.is_some_and(same_dob) {
            found(MatchKind::NameAndDateOfBirth);
        }
        let on_file = record.ssn.and_then(|s| Ssn::parse(s).ok());
        if let (Some(given), Some(on_file)) = (&applicant.ssn, on_file) {
            if given.matches(&on_file) {
                found(MatchKind::Ssn);
            }
        }
    }
    let deceased = country == "GBR" && DEATHS.iter().any(|d| named(d.first_name, d.last_name) && same_dob(d.dob));
    Evidence { jurisdiction: jurisdiction(applicant), matches, deceased }
}

/// The report's outcome, `consider` when the check's sandbox trigger asks for it.
pub(crate) fn outcome(applicant: &Applicant, force_consider: bool) -> Outcome {
    let report = identity_enhanced::assess(&evidence(applicant));
    let result = match report.result {
        identity_enhanced::ReportResult::Clear if force_consider => "consider",
        other => other.as_str(),
    };
    let breakdown = serde_json::to_value(BreakdownWire::from(&report.breakdown)).unwrap_or_else(|_| json!({}));
    Outcome { result, sub_result: None, breakdown, properties: json!({}) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::onfido::store::Address;
    use identity_enhanced::ReportResult::{self, Clear, Consider, Unidentified};

    fn applicant(name: &str, dob: &str, line: &str, postcode: &str, country: &str, ssn: Option<&str>) -> Applicant {
        let (first, last) = name.split_once(' ').unwrap();
        let address = Address {
            street: Some(line.into()),
            postcode: Some(postcode.into()),
            country: Some(country.into()),
            ..Address::default()
        };
        Applicant {
            seq: 0,
            first_name: first.into(),
            last_name: last.into(),
            dob: CalendarDate::parse(dob).ok(),
            address: Some(address),
            ssn: ssn.map(|s| Ssn::parse(s).unwrap()),
            json: json!({}),
        }
    }

    fn result(a: &Applicant) -> ReportResult {
        identity_enhanced::assess(&evidence(a)).result
    }

    #[test]
    fn every_persona_gets_the_result_the_dataset_documents() {
        let cases = [
            ("Catherine Stanley", "1985-03-14", "26 Rowland Close", "OX2 9PL", "GBR", None, Clear),
            ("Kate Stanley", "1985-03-14", "1/26 Rowland Close", "OX2 9PL", "GBR", None, Clear),
            ("Catherine Stamley", "1985-03-14", "Rowland Close, 26a", "OX2 9PL", "GBR", None, Clear),
            ("Oliver Bennett", "1979-07-02", "8 Kingsley Road", "LS6 2BE", "GBR", None, Consider),
            ("Priya Shah", "1990-11-23", "14 Elm Grove", "BS7 8AB", "GBR", None, Clear),
            ("Arthur Penrose", "1941-05-09", "3 Mill Lane", "NR2 4AA", "GBR", None, Consider),
            ("Caroline Stanley", "1985-03-14", "26 Rowland Close", "OX2 9PL", "GBR", None, Consider),
            ("Jana Becker", "1988-02-17", "Amrumer Str. 14", "13353", "DEU", None, Clear),
            ("Lukas Wagner", "1995-09-30", "Schönhauser Allee 80", "10439", "DEU", None, Consider),
            ("Max Mustermann", "1980-01-01", "Amrumer Straße 14", "13353", "DEU", None, Unidentified),
            // Known in Germany, not in France: each country has its own sources.
            ("Jana Becker", "1988-02-17", "Amrumer Straße 14", "13353", "FRA", None, Unidentified),
            ("Emily Carter", "1987-06-05", "1420 Maple Avenue", "62704", "USA", Some("4817"), Clear),
            ("Emily Carter", "1987-06-05", "1420 Maple Ave", "62704", "USA", Some("536-22-4817"), Clear),
            ("Emily Carter", "1987-06-05", "1420 Maple Avenue", "62704", "USA", Some("4818"), Consider),
            ("Emily Carter", "1987-06-05", "1420 Maple Avenue", "62704", "USA", None, Clear),
            ("Marcus Reed", "1975-12-01", "77 Harbor Street", "02110", "USA", Some("5562"), Consider),
            ("Marcus Reed", "1975-12-01", "77 Harbor Street", "02110", "USA", None, Consider),
        ];
        for (name, dob, line, postcode, country, ssn, expected) in cases {
            let a = applicant(name, dob, line, postcode, country, ssn);
            assert_eq!(result(&a), expected, "{name} in {country} with {ssn:?}");
        }
    }

    #[test]
    fn the_breakdown_names_the_sources_that_matched() {
        let a = applicant("Catherine Stanley", "1985-03-14", "26 Rowland Close", "OX2 9PL", "GBR", None);
        let b = identity_enhanced::assess(&evidence(&a)).breakdown;
        assert_eq!(b.total_number_of_sources, 3);
        assert_eq!(b.date_of_birth.number_of_sources(), 1);
        let arthur = applicant("Arthur Penrose", "1941-05-09", "3 Mill Lane", "NR2 4AA", "GBR", None);
        assert!(evidence(&arthur).deceased);
        // Same name, different birthday: not the man on the register.
        let namesake = applicant("Arthur Penrose", "1970-05-09", "3 Mill Lane", "NR2 4AA", "GBR", None);
        assert!(!evidence(&namesake).deceased);
    }

    #[test]
    fn a_sandbox_consider_trigger_overrides_a_clear_result_only() {
        let a = applicant("Priya Shah", "1990-11-23", "14 Elm Grove", "BS7 8AB", "GBR", None);
        assert_eq!(outcome(&a, false).result, "clear");
        assert_eq!(outcome(&a, true).result, "consider");
        let nobody = applicant("Max Mustermann", "1980-01-01", "Amrumer Straße 14", "13353", "DEU", None);
        assert_eq!(outcome(&nobody, true).result, "unidentified");
    }
}
