//! The product's decision on a Signicat dossier, as the guide's bank decides: the bank login
//! must be confirmed, the document read and verified with a matching, live selfie, and every
//! typed field must agree with both the bank's and the document's data. What was decided and
//! why is kept for the product team; the field results (names, not values) are shown to the user.

use crate::providers::signicat::{Check, MatchLevel, MatchReport, Process, ProcessStatus};
use kyc_core::api::{Agreement, Evidence, FieldCheck};
use kyc_core::IdentificationStatus;
use serde::{Deserialize, Serialize};

/// What the product made of a dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Confirmed by the bank and the document, every field agreeing.
    Accepted,
    /// A person at the product team has to look at it (a field that disagrees, a document that
    /// could not be fully read).
    Referred,
    /// The selfie speaks against the applicant, or the provider rejected the document.
    Rejected,
}

impl Verdict {
    /// The identification status the user's status step shows.
    pub fn status(self) -> IdentificationStatus {
        match self {
            Self::Accepted => IdentificationStatus::Successful,
            Self::Referred => IdentificationStatus::Referred,
            Self::Rejected => IdentificationStatus::Failed,
        }
    }
}

/// The decision and everything it was made from; no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DecisionDetail {
    /// What was decided.
    pub verdict: Verdict,
    /// Why it was referred or rejected, in words for support staff.
    pub reason: Option<String>,
    /// Final status of the iDIN process.
    pub bank_login: String,
    /// Final status of the document-and-selfie process.
    pub document: String,
    /// What the provider reported wrong with the document or selfie (`liveness_failed`, …).
    pub document_errors: Vec<String>,
    /// Face match of the selfie against the document photo: `pass`, `fail` or `unknown`.
    pub face_match: String,
    /// Liveness of the selfie: `pass`, `fail` or `unknown`.
    pub liveness: String,
    /// Every typed field against the bank's and the document's data.
    pub field_checks: Vec<FieldCheck>,
}

fn status_name(status: ProcessStatus) -> &'static str {
    match status {
        ProcessStatus::Pending => "pending",
        ProcessStatus::Processing => "processing",
        ProcessStatus::Accepted => "accepted",
        ProcessStatus::Rejected => "rejected",
        ProcessStatus::Inconclusive => "inconclusive",
        ProcessStatus::Failed => "failed",
        ProcessStatus::Canceled => "canceled",
        ProcessStatus::Unknown => "unknown",
    }
}

fn check_name(check: Option<Check>) -> &'static str {
    match check {
        Some(Check::Pass) => "pass",
        Some(Check::Fail) => "fail",
        _ => "unknown",
    }
}

/// The field results of one matching report.
pub fn field_checks(report: &MatchReport, evidence: Evidence) -> impl Iterator<Item = FieldCheck> + '_ {
    report.fields.iter().map(move |f| FieldCheck {
        field: f.field,
        evidence,
        agreement: match f.level {
            MatchLevel::Exact => Agreement::Match,
            MatchLevel::Partial => Agreement::Similar,
            MatchLevel::Mismatch => Agreement::Mismatch,
        },
    })
}

fn evidence_name(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::Bank => "the bank (iDIN)",
        Evidence::Document => "the ID document",
    }
}

/// Decides from the final iDIN and eIDV processes and, when both were accepted, the matching of
/// the typed data against each (`field_checks`). A similar field (Assure's partial match) is
/// accepted; a field that is not even similar refers the application.
pub fn decide(eid: &Process, eidv: &Process, field_checks: Vec<FieldCheck>) -> DecisionDetail {
    let face = eidv.biometrics.map(|b| b.face_match);
    let live = eidv.biometrics.map(|b| b.liveness);
    let errors = eidv.errors.join(", ");
    let (verdict, reason) = match (eid.status, eidv.status) {
        (ProcessStatus::Accepted, ProcessStatus::Accepted) => accepted_processes(face, live, &field_checks),
        (status, _) if status != ProcessStatus::Accepted => {
            (Verdict::Referred, Some(format!("the bank login is not confirmed ({})", status_name(status))))
        }
        (_, ProcessStatus::Rejected) => {
            (Verdict::Rejected, Some(format!("the document check was rejected ({errors})")))
        }
        (_, ProcessStatus::Inconclusive) => {
            (Verdict::Referred, Some(format!("the document could not be fully verified ({errors})")))
        }
        (_, status) => (Verdict::Referred, Some(format!("the document check ended {}", status_name(status)))),
    };
    DecisionDetail {
        verdict,
        reason,
        bank_login: status_name(eid.status).to_owned(),
        document: status_name(eidv.status).to_owned(),
        document_errors: eidv.errors.clone(),
        face_match: check_name(face).to_owned(),
        liveness: check_name(live).to_owned(),
        field_checks,
    }
}

fn accepted_processes(face: Option<Check>, live: Option<Check>, checks: &[FieldCheck]) -> (Verdict, Option<String>) {
    if face == Some(Check::Fail) {
        return (Verdict::Rejected, Some("the selfie does not match the document photo".into()));
    }
    if live == Some(Check::Fail) {
        return (Verdict::Rejected, Some("the selfie was not taken of a live person".into()));
    }
    if face != Some(Check::Pass) || live != Some(Check::Pass) {
        return (Verdict::Referred, Some("face match or liveness was not reported".into()));
    }
    if checks.is_empty() {
        return (Verdict::Referred, Some("no field could be matched".into()));
    }
    let mismatches: Vec<String> = checks
        .iter()
        .filter(|c| c.agreement == Agreement::Mismatch)
        .map(|c| format!("{} differs from {}", c.field.key(), evidence_name(c.evidence)))
        .collect();
    if mismatches.is_empty() {
        (Verdict::Accepted, None)
    } else {
        (Verdict::Referred, Some(mismatches.join("; ")))
    }
}

#[cfg(test)]
mod tests;
