//! The guide's report logic, branch by branch, and the product's rules over the breakdown.

use super::rules::{Comparison, Condition, Element, Quantity, RuleSpec};
use super::wire::BreakdownWire;
use super::*;
use MatchKind::{NameAndAddress as Addr, NameAndDateOfBirth as Dob, Ssn as SsnMatch};
use Source::{CreditAgencies as Credit, Government, TelephoneDatabase as Phone, VotingRegister as Voting};

/// What the sources found: a list of (source, kind of match).
type Found = &'static [(Source, MatchKind)];

fn evidence(jurisdiction: Jurisdiction, matches: &[(Source, MatchKind)], deceased: bool) -> Evidence {
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
    let country = |c: &str| crate::CountryCode::parse(c).unwrap();
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

fn uk_clear_one_source() -> Report {
    // Clear by the guide (address and date of birth in one credit agency record), one source only.
    assess(&evidence(Jurisdiction::UnitedKingdom, &[(Credit, Addr), (Credit, Dob)], false))
}

fn uk_clear_three_sources() -> Report {
    assess(&evidence(
        Jurisdiction::UnitedKingdom,
        &[(Credit, Addr), (Voting, Addr), (Phone, Addr), (Credit, Dob)],
        false,
    ))
}

#[test]
fn the_guides_custom_criteria_parse_from_json_and_turn_a_clear_report_into_a_referral() {
    let json = r#"[{"field": "total_number_of_sources", "op": ">=", "value": 2},
                   {"field": "address", "equals": "clear", "name": "current address confirmed"}]"#;
    let policy: Policy = serde_json::from_str(json).unwrap();
    let single = uk_clear_one_source();
    assert_eq!(single.result, ReportResult::Clear);
    let Decision::Refer(Referral::RuleFailed { index: 0, rule }) = policy.evaluate(&single) else {
        panic!("a clear report from one source must be referred by the first rule")
    };
    assert_eq!(rule.to_string(), "total_number_of_sources >= 2");
    assert_eq!(policy.evaluate(&uk_clear_three_sources()), Decision::Accept);
}

#[test]
fn reports_that_are_not_clear_are_referred_whatever_the_rules() {
    let consider = assess(&evidence(Jurisdiction::UnitedKingdom, &[(Credit, Addr)], false));
    assert_eq!(Policy::default().evaluate(&consider), Decision::Refer(Referral::NotClear(ReportResult::Consider)));
    assert_eq!(Policy::default().evaluate(&uk_clear_one_source()), Decision::Accept);
}

#[test]
fn each_kind_of_rule_is_evaluated_against_the_breakdown() {
    let three = uk_clear_three_sources();
    let us = assess(&evidence(Jurisdiction::UnitedStatesWithSsn, &[(Credit, Addr), (Credit, SsnMatch)], false));
    let cases: &[(&str, &Report, bool)] = &[
        ("total_number_of_sources >= 3", &three, true),
        ("total_number_of_sources > 3", &three, false),
        ("address.number_of_matches == 3", &three, true),
        ("address.credit_agencies >= 1", &three, true),
        ("address.government.number_of_matches >= 1", &three, false),
        ("date_of_birth.voting_register < 1", &three, true),
        ("date_of_birth.number_of_matches <= 0", &three, false),
        ("mortality == clear", &three, true),
        ("mortality = clear", &us, false),
        ("mortality != consider", &us, true),
        ("ssn == clear", &us, true),
        ("ssn.result == clear", &three, false),
        ("ssn.number_of_matches != 0", &us, true),
        ("sources.total_sources.total_number_of_sources>=1", &us, true),
        ("result == clear", &us, true),
        ("address != clear", &three, false),
    ];
    for (text, report, expected) in cases {
        let rule: Rule = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(rule.condition.holds(report), *expected, "{text}");
    }
}

#[test]
fn rules_print_in_a_form_that_parses_back() {
    for text in ["address.credit_agencies.number_of_matches >= 1", "ssn != consider", "total_number_of_sources < 4"] {
        let rule: Rule = text.parse().unwrap();
        assert_eq!(rule.to_string(), text);
        assert_eq!(rule.to_string().parse::<Rule>().unwrap(), rule);
    }
    let rule: Rule = "address.voting_register>=1".parse().unwrap();
    let expected = Condition::Count {
        quantity: Quantity::Matches { element: Element::Address, source: Some(Voting) },
        op: Comparison::AtLeast,
        value: 1,
    };
    assert_eq!(rule.condition, expected);
}

#[test]
fn broken_rules_are_refused_with_a_typed_error() {
    let cases: &[(&str, RuleError)] = &[
        ("addresses >= 1", RuleError::UnknownField("addresses".into())),
        ("address.register_of_deaths >= 1", RuleError::UnknownField("address.register_of_deaths".into())),
        ("mortality.number_of_matches >= 1", RuleError::UnknownField("mortality.number_of_matches".into())),
        ("address >= clear", RuleError::OrderedResult { field: "address".into(), op: ">=".into() }),
        ("address == green", RuleError::UnknownResult("green".into())),
        ("total_number_of_sources >= two", RuleError::NotACount("two".into())),
        ("total_number_of_sources >= -1", RuleError::NotACount("-1".into())),
        ("total_number_of_sources => 2", RuleError::UnknownOperator("=>".into())),
        ("address clear", RuleError::Syntax("address clear".into())),
        ("== clear", RuleError::Syntax("== clear".into())),
    ];
    for (text, expected) in cases {
        assert_eq!(text.parse::<Rule>().as_ref(), Err(expected), "{text}");
    }
}

#[test]
fn broken_json_rules_name_their_position_and_problem() {
    let spec = |json: &str| serde_json::from_str::<RuleSpec>(json).unwrap();
    let cases: &[(&str, RuleError)] = &[
        (r#"{"field": "address"}"#, RuleError::MissingOperator),
        (r#"{"field": "total_number_of_sources", "op": ">="}"#, RuleError::MissingValue),
        (r#"{"field": "address", "equals": "clear", "op": "=="}"#, RuleError::Ambiguous),
        (r#"{"field": "total_number_of_sources", "op": "~", "value": 2}"#, RuleError::UnknownOperator("~".into())),
        (r#"{"field": "total_number_of_sources", "op": ">=", "value": 1.5}"#, RuleError::NotACount("1.5".into())),
    ];
    for (json, expected) in cases {
        assert_eq!(Rule::try_from(spec(json)).as_ref(), Err(expected), "{json}");
    }
    let text = r#"[{"field": "address", "equals": "clear"}, {"field": "address", "op": ">=", "value": 1}]"#;
    let error = serde_json::from_str::<Policy>(text).unwrap_err();
    assert!(error.to_string().contains("rule 2: `address` is a result"), "{error}");
    assert!(serde_json::from_str::<Policy>(r#"[{"field": "address", "equal": "clear"}]"#).is_err());
}

#[test]
fn a_text_policy_takes_lines_semicolons_and_comments() {
    let policy: Policy =
        "# two sources and the address\ntotal_number_of_sources >= 2; address == clear\n\n".parse().unwrap();
    assert_eq!(policy.rules().len(), 2);
    let error = "address == clear\nssn >= 1".parse::<Policy>().unwrap_err();
    assert_eq!(error.index, 1);
}
