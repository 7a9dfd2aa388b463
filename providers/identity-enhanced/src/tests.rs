//! The guide's report logic, branch by branch, and the product's rules over the breakdown.

use super::wire::BreakdownWire;
use super::*;
pub(super) use MatchKind::{NameAndAddress as Addr, NameAndDateOfBirth as Dob, Ssn as SsnMatch};
pub(super) use Source::{CreditAgencies as Credit, Government, TelephoneDatabase as Phone, VotingRegister as Voting};

/// What the sources found: a list of (source, kind of match).
pub(super) type Found = &'static [(Source, MatchKind)];

pub(super) fn evidence(jurisdiction: Jurisdiction, matches: &[(Source, MatchKind)], deceased: bool) -> Evidence {
    let matches = matches.iter().map(|&(source, kind)| SourceMatch { source, kind }).collect();
    Evidence { jurisdiction, matches, deceased }
}

#[test]
fn uk_results_follow_the_two_plus_two_rule_and_the_mortality_check() {
    use ReportResult::{Clear, Consider};
    let cases: &[(&str, Found, bool, ReportResult)] = &[
        ("address and date of birth in one source", &[(Credit, Addr), (Credit, Dob)], false, Clear),
        ("address and date of birth in different sources", &[(Voting, Addr), (Credit, Dob)], false, Clear),
        ("address in two different sources", &[(Credit, Addr), (Voting, Addr)], false, Clear),
        (
            "address in three sources and date of birth",
            &[(Credit, Addr), (Voting, Addr), (Phone, Addr), (Credit, Dob)],
            false,
            Clear,
        ),
        ("two address matches in the same source", &[(Credit, Addr), (Credit, Addr)], false, Consider),
        ("only one address match", &[(Credit, Addr)], false, Consider),
        ("only one date of birth match", &[(Credit, Dob)], false, Consider),
        ("date of birth in two sources, no address", &[(Credit, Dob), (Voting, Dob)], false, Consider),
        ("no matches", &[], false, Consider),
        (
            "on the register of deaths despite full matches",
            &[(Credit, Addr), (Voting, Addr), (Credit, Dob)],
            true,
            Consider,
        ),
    ];
    for (name, matches, deceased, expected) in cases {
        let report = assess(&evidence(Jurisdiction::UnitedKingdom, matches, *deceased));
        assert_eq!(report.result, *expected, "{name}");
        let mortality = if *deceased { Consider } else { Clear };
        assert_eq!(report.breakdown.mortality, Some(mortality), "{name}");
        assert_eq!(report.breakdown.ssn, None, "{name}");
    }
}

#[test]
fn results_outside_the_uk_depend_on_what_was_matched() {
    use ReportResult::{Clear, Consider, Unidentified};
    let cases: &[(&str, Found, ReportResult)] = &[
        ("one source matches name and address", &[(Credit, Addr)], Clear),
        ("name and address plus date of birth", &[(Government, Addr), (Credit, Dob)], Clear),
        ("only name and date of birth", &[(Credit, Dob)], Consider),
        ("nothing", &[], Unidentified),
    ];
    for (name, matches, expected) in cases {
        // Mortality is only checked in the UK: a death record elsewhere changes nothing.
        let report = assess(&evidence(Jurisdiction::Elsewhere, matches, true));
        assert_eq!(report.result, *expected, "{name}");
        assert_eq!(report.breakdown.mortality, None, "{name}");
    }
}

#[test]
fn us_applicants_with_an_ssn_need_an_address_and_an_ssn_match() {
    use ReportResult::{Clear, Consider};
    let cases: &[(&str, Found, ReportResult)] = &[
        ("address and SSN", &[(Credit, Addr), (Credit, SsnMatch)], Clear),
        ("address and SSN in different sources", &[(Government, Addr), (Credit, SsnMatch)], Clear),
        ("address without SSN match", &[(Credit, Addr), (Government, Addr), (Credit, Dob)], Consider),
        ("SSN without address match", &[(Credit, SsnMatch), (Credit, Dob)], Consider),
        ("nothing", &[], Consider),
    ];
    for (name, matches, expected) in cases {
        let report = assess(&evidence(Jurisdiction::UnitedStatesWithSsn, matches, false));
        assert_eq!(report.result, *expected, "{name}");
        assert!(report.breakdown.ssn.is_some(), "{name}");
    }
}

#[test]
fn the_jurisdiction_comes_from_the_country_and_whether_an_ssn_was_given() {
    let country = |c: &str| kyc_core::CountryCode::parse(c).unwrap();
    assert_eq!(Jurisdiction::of(country("GB"), false), Jurisdiction::UnitedKingdom);
    assert_eq!(Jurisdiction::of(country("US"), true), Jurisdiction::UnitedStatesWithSsn);
    assert_eq!(Jurisdiction::of(country("US"), false), Jurisdiction::Elsewhere);
    assert_eq!(Jurisdiction::of(country("DE"), true), Jurisdiction::Elsewhere);
}

#[test]
fn the_breakdown_counts_matches_per_source_and_distinct_sources() {
    let e =
        evidence(Jurisdiction::UnitedKingdom, &[(Credit, Addr), (Credit, Addr), (Voting, Addr), (Phone, Dob)], false);
    let b = assess(&e).breakdown;
    assert_eq!(b.address.matches_in(Credit), 2);
    assert_eq!(b.address.number_of_matches(), 3);
    assert_eq!(b.address.number_of_sources(), 2);
    assert_eq!(b.address.matches_in(Phone), 0);
    assert_eq!(b.total_number_of_sources, 3);
    assert_eq!(b.date_of_birth.result, Some(ReportResult::Clear));
    let none = assess(&evidence(Jurisdiction::Elsewhere, &[], false)).breakdown;
    assert_eq!((none.address.result, none.sources), (Some(ReportResult::Consider), Some(ReportResult::Consider)));
}

const GUIDE_EXAMPLE: &str = r#"{
  "sources": {"result": "clear", "breakdown": {"total_sources": {"result": "clear", "properties": {"total_number_of_sources": "3"}}}},
  "address": {"result": "clear", "breakdown": {
    "credit_agencies": {"result": "clear", "properties": {"number_of_matches": "1"}},
    "telephone_database": {"result": "clear", "properties": {}},
    "voting_register": {"result": "clear", "properties": {}}}},
  "date_of_birth": {"result": "clear", "breakdown": {"credit_agencies": {"result": "clear", "properties": {}}}}
}"#;

#[test]
fn the_guides_example_breakdown_is_read_into_counts() {
    let wire: BreakdownWire = serde_json::from_str(GUIDE_EXAMPLE).unwrap();
    let b = Breakdown::try_from(&wire).unwrap();
    assert_eq!(b.total_number_of_sources, 3);
    assert_eq!(b.address.number_of_sources(), 3);
    assert_eq!(b.address.matches_in(Phone), 1, "a clear leaf without a count is one match");
    assert_eq!(b.date_of_birth.matches_in(Credit), 1);
    assert_eq!(result_of(Jurisdiction::UnitedKingdom, &b), ReportResult::Clear);
}

#[test]
fn a_breakdown_survives_the_round_trip_through_the_wire_shape() {
    let e =
        evidence(Jurisdiction::UnitedStatesWithSsn, &[(Credit, Addr), (Government, Addr), (Credit, SsnMatch)], false);
    let b = assess(&e).breakdown;
    let json = serde_json::to_value(BreakdownWire::from(&b)).unwrap();
    assert_eq!(json["sources"]["breakdown"]["total_sources"]["properties"]["total_number_of_sources"], "2");
    assert_eq!(json["address"]["breakdown"]["government"]["properties"]["number_of_matches"], "1");
    assert!(json.get("mortality").is_none());
    let back: BreakdownWire = serde_json::from_value(json).unwrap();
    assert_eq!(Breakdown::try_from(&back).unwrap(), b);
}

#[test]
fn unreadable_breakdowns_are_refused_with_the_reason() {
    let bad_result = r#"{"address": {"result": "green"}}"#;
    let wire: BreakdownWire = serde_json::from_str(bad_result).unwrap();
    assert_eq!(Breakdown::try_from(&wire), Err(wire::BreakdownError::UnknownResult("green".into())));
    let bad_count = r#"{"address": {"result": "clear", "breakdown": {"credit_agencies": {"result": "clear", "properties": {"number_of_matches": "many"}}}}}"#;
    let wire: BreakdownWire = serde_json::from_str(bad_count).unwrap();
    assert!(matches!(Breakdown::try_from(&wire), Err(wire::BreakdownError::NotACount { .. })));
}

mod rules;
