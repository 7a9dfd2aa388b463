use super::*;
use crate::providers::signicat::{Biometrics, ProcessId, ProcessKind};
use kyc_core::Field;

fn process(kind: ProcessKind, status: ProcessStatus, face: Check, liveness: Check, errors: &[&str]) -> Process {
    Process {
        id: ProcessId::parse("p-1").unwrap(),
        kind,
        status,
        identity: None,
        document: None,
        biometrics: (kind == ProcessKind::DocumentSelfie).then_some(Biometrics { face_match: face, liveness }),
        errors: errors.iter().map(|e| (*e).to_owned()).collect(),
    }
}

fn eid() -> Process {
    process(ProcessKind::Eid(kyc_core::EidScheme::Idin), ProcessStatus::Accepted, Check::Unknown, Check::Unknown, &[])
}

fn check(field: Field, evidence: Evidence, agreement: Agreement) -> FieldCheck {
    FieldCheck { field, evidence, agreement }
}

#[test]
fn agreeing_fields_and_a_live_matching_selfie_are_accepted_even_when_only_similar() {
    let eidv = process(ProcessKind::DocumentSelfie, ProcessStatus::Accepted, Check::Pass, Check::Pass, &[]);
    let checks = vec![
        check(Field::LastName, Evidence::Bank, Agreement::Match),
        check(Field::FirstName, Evidence::Document, Agreement::Similar),
    ];
    let detail = decide(&eid(), &eidv, checks);
    assert_eq!((detail.verdict, detail.reason), (Verdict::Accepted, None));
    assert_eq!(detail.verdict.status(), IdentificationStatus::Successful);
}

#[test]
fn a_field_that_differs_refers_and_names_the_field_and_the_source() {
    let eidv = process(ProcessKind::DocumentSelfie, ProcessStatus::Accepted, Check::Pass, Check::Pass, &[]);
    let checks = vec![
        check(Field::LastName, Evidence::Bank, Agreement::Match),
        check(Field::BirthDate, Evidence::Document, Agreement::Mismatch),
    ];
    let detail = decide(&eid(), &eidv, checks);
    assert_eq!(detail.verdict, Verdict::Referred);
    assert_eq!(detail.reason.as_deref(), Some("birth_date differs from the ID document"));
}

#[test]
fn a_failed_selfie_is_rejected_and_an_unreadable_document_referred() {
    let liveness = process(ProcessKind::DocumentSelfie, ProcessStatus::Accepted, Check::Pass, Check::Fail, &[]);
    assert_eq!(decide(&eid(), &liveness, Vec::new()).verdict, Verdict::Rejected);
    let rejected =
        process(ProcessKind::DocumentSelfie, ProcessStatus::Rejected, Check::Fail, Check::Pass, &["face_mismatch"]);
    let detail = decide(&eid(), &rejected, Vec::new());
    assert_eq!((detail.verdict, detail.face_match.as_str()), (Verdict::Rejected, "fail"));
    let unreadable = process(
        ProcessKind::DocumentSelfie,
        ProcessStatus::Inconclusive,
        Check::Unknown,
        Check::Unknown,
        &["mrz_missing"],
    );
    let detail = decide(&eid(), &unreadable, Vec::new());
    assert_eq!(detail.verdict, Verdict::Referred);
    assert_eq!(detail.reason.as_deref(), Some("the document could not be fully verified (mrz_missing)"));
}
