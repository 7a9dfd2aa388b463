//! The product's rules: both configuration forms, every kind of rule, and typed errors.

use super::*;
use crate::rules::{Comparison, Condition, Element, Quantity, RuleSpec};

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
