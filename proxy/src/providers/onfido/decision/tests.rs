use super::*;
use crate::providers::onfido::ReportStatus;
use kyc_identity_enhanced::{assess, Evidence, Jurisdiction, MatchKind, Source, SourceMatch};

fn report(name: ReportName, result: ReportResult, sub_result: Option<SubResult>) -> Report {
    Report { id: "r".into(), name, status: ReportStatus::Complete, result: Some(result), sub_result, identity: None }
}

/// A UK report with name+address matches in `sources` (one each) and no date of birth.
fn identity(sources: &[Source]) -> Report {
    let matches = sources.iter().map(|&source| SourceMatch { source, kind: MatchKind::NameAndAddress }).collect();
    let assessed = assess(&Evidence { jurisdiction: Jurisdiction::UnitedKingdom, matches, deceased: false });
    Report { identity: Some(assessed.breakdown), ..report(ReportName::IdentityEnhanced, assessed.result, None) }
}

fn check(document: Option<SubResult>, facial: ReportResult, identity: Report) -> Vec<Report> {
    let doc_result =
        if matches!(document, None | Some(SubResult::Clear)) { ReportResult::Clear } else { ReportResult::Consider };
    vec![
        report(ReportName::Document, doc_result, document),
        report(ReportName::FacialSimilarityPhoto, facial, None),
        identity,
    ]
}

const TWO: &[Source] = &[Source::VotingRegister, Source::TelephoneDatabase];

#[test]
fn clear_reports_are_accepted_by_the_default_policy_and_summarised_by_source() {
    let d = decide(&check(None, ReportResult::Clear, identity(TWO)), &Policy::default(), None).unwrap();
    assert_eq!(d.verdict, Verdict::Accepted);
    assert_eq!(d.reason, None);
    assert_eq!(d.identity_enhanced.as_ref().unwrap().total_number_of_sources, 2);
    assert_eq!(d.identity_enhanced.as_ref().unwrap().address.number_of_matches.get("voting_register"), Some(&1));
    assert_eq!(d.identity_enhanced.as_ref().unwrap().mortality, Some(ReportResult::Clear));
}

#[test]
fn a_report_that_is_not_clear_or_a_failing_rule_is_referred_with_its_reason() {
    let d = decide(&check(None, ReportResult::Clear, identity(&[Source::CreditAgencies])), &Policy::default(), None)
        .unwrap();
    assert_eq!((d.verdict, d.identity_enhanced.as_ref().unwrap().result), (Verdict::Referred, ReportResult::Consider));
    assert_eq!(d.reason.as_deref(), Some("identity_enhanced: the report result is consider"));

    let strict: Policy = "total_number_of_sources >= 3".parse().unwrap();
    let d = decide(&check(None, ReportResult::Clear, identity(TWO)), &strict, None).unwrap();
    assert_eq!(d.verdict, Verdict::Referred);
    assert!(d.reason.unwrap().contains("rule 1 does not hold: total_number_of_sources >= 3"));
    assert_eq!(d.rules.len(), 1);
}

#[test]
fn forgery_and_a_foreign_face_fail_while_an_unreadable_document_is_referred() {
    let fail = decide(&check(Some(SubResult::Suspected), ReportResult::Clear, identity(TWO)), &Policy::default(), None);
    assert_eq!(fail.unwrap().verdict, Verdict::Failed);
    let face = decide(&check(None, ReportResult::Consider, identity(TWO)), &Policy::default(), None).unwrap();
    assert_eq!(face.verdict, Verdict::Failed);
    let unreadable =
        decide(&check(Some(SubResult::Rejected), ReportResult::Clear, identity(TWO)), &Policy::default(), None);
    let unreadable = unreadable.unwrap();
    assert_eq!(unreadable.verdict, Verdict::Referred);
    assert_eq!(unreadable.document_sub_result.as_deref(), Some("rejected"));
}

#[test]
fn a_check_without_the_identity_report_is_not_decided() {
    let reports = vec![report(ReportName::Document, ReportResult::Clear, Some(SubResult::Clear))];
    assert!(decide(&reports, &Policy::default(), None).is_err());
}

#[test]
fn without_identity_enhanced_where_onfido_does_not_cover_the_country_a_clear_check_is_referred_naming_the_rule() {
    let reports = check(None, ReportResult::Clear, identity(TWO))[..2].to_vec();
    let d = decide(&reports, &Policy::default(), Some("BOL")).unwrap();
    assert_eq!(d.verdict, Verdict::Referred);
    assert_eq!((d.identity_enhanced, d.identity_enhanced_skipped.as_deref()), (None, Some("BOL")));
    assert!(d.reason.unwrap().contains("does not cover the address country BOL"));
    let forged = check(Some(SubResult::Suspected), ReportResult::Clear, identity(TWO))[..2].to_vec();
    assert_eq!(decide(&forged, &Policy::default(), Some("BOL")).unwrap().verdict, Verdict::Failed);
    assert!(decide(&reports, &Policy::default(), None).is_err(), "a covered country needs the report");
}
