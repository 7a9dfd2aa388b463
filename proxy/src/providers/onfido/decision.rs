//! The product's decision on a completed Onfido check: the document and selfie reports first,
//! then the product team's [`Policy`] over the Identity Enhanced report. What was decided and
//! why is kept for the product team (partner API); the user only sees the status.

use super::{Report, ReportName, SubResult};
use crate::clients::ProviderError;
use kyc_core::IdentificationStatus;
use kyc_identity_enhanced::{self as identity_enhanced, Decision, ElementResult, Policy, ReportResult};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the product made of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every report clear and every rule held.
    Accepted,
    /// A person at the product team has to look at it.
    Referred,
    /// The document or the selfie speaks against the applicant.
    Failed,
}

impl Verdict {
    /// The identification status the user's status step shows.
    pub fn status(self) -> IdentificationStatus {
        match self {
            Self::Accepted => IdentificationStatus::Successful,
            Self::Referred => IdentificationStatus::Referred,
            Self::Failed => IdentificationStatus::Failed,
        }
    }
}

/// One element of the Identity Enhanced breakdown: its result and the matches per source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ElementSummary {
    /// `clear` or `consider`.
    pub result: Option<ReportResult>,
    /// Number of matches per source key (`credit_agencies`, `voting_register`, …).
    pub number_of_matches: BTreeMap<String, u32>,
}

impl From<&ElementResult> for ElementSummary {
    fn from(e: &ElementResult) -> Self {
        let number_of_matches = e.matches.iter().map(|(s, n)| (s.key().to_owned(), *n)).collect();
        Self { result: e.result, number_of_matches }
    }
}

/// The Identity Enhanced report as the product team reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IdentitySummary {
    /// Onfido's result.
    pub result: ReportResult,
    /// Distinct sources that matched anything.
    pub total_number_of_sources: u32,
    /// Name and current address.
    pub address: ElementSummary,
    /// Name and date of birth.
    pub date_of_birth: ElementSummary,
    /// Register of deaths (UK only).
    pub mortality: Option<ReportResult>,
    /// Social Security Number (US, when one was given).
    pub ssn: Option<ElementSummary>,
}

impl From<&identity_enhanced::Report> for IdentitySummary {
    fn from(r: &identity_enhanced::Report) -> Self {
        let b = &r.breakdown;
        Self {
            result: r.result,
            total_number_of_sources: b.total_number_of_sources,
            address: (&b.address).into(),
            date_of_birth: (&b.date_of_birth).into(),
            mortality: b.mortality,
            ssn: b.ssn.as_ref().map(Into::into),
        }
    }
}

/// The decision and everything it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DecisionDetail {
    /// What was decided.
    pub verdict: Verdict,
    /// Document report result.
    pub document: Option<ReportResult>,
    /// Document report sub-result (`rejected`, `suspected`, `caution`), when not clear.
    pub document_sub_result: Option<String>,
    /// Facial similarity report result.
    pub facial_similarity: Option<ReportResult>,
    /// The Identity Enhanced report; `null` where it did not run (`identity_enhanced_skipped`).
    pub identity_enhanced: Option<IdentitySummary>,
    /// Why the check ran without Identity Enhanced: the applicant's address country (ISO 3166-1
    /// alpha-3) is not one Onfido covers.
    pub identity_enhanced_skipped: Option<String>,
    /// Why it was referred or failed, in words for support staff (the rule that failed, with
    /// its number in the configuration).
    pub reason: Option<String>,
    /// The product team's rules in force, in order.
    pub rules: Vec<String>,
}

fn named(reports: &[Report], name: ReportName) -> Option<&Report> {
    reports.iter().find(|r| r.name == name)
}

/// Decides a completed check from its reports. A forged-looking document or a selfie that does
/// not match the document fails (like a fraud finding, without a reason for the user); a
/// document that could not be read or needs a closer look (`rejected`, `caution`) is referred,
/// as is an Identity Enhanced report the policy does not accept. `uncovered` is the address
/// country when Identity Enhanced could not run there: the name, address and date of birth are
/// then confirmed by no database, so a check that is otherwise clear is referred, naming that
/// rule (the guide is silent on what to do instead; a bank has a person look).
pub fn decide(reports: &[Report], policy: &Policy, uncovered: Option<&str>) -> Result<DecisionDetail, ProviderError> {
    let identity =
        match uncovered {
            Some(_) => None,
            None => Some(named(reports, ReportName::IdentityEnhanced).and_then(Report::identity_enhanced).ok_or_else(
                || ProviderError::Unexpected("the check has no completed identity_enhanced report".into()),
            )?),
        };
    let document = named(reports, ReportName::Document);
    let facial = named(reports, ReportName::FacialSimilarityPhoto).and_then(|r| r.result);
    let sub_result = document.and_then(|d| d.sub_result);
    let (verdict, reason) = if sub_result == Some(SubResult::Suspected) {
        (Verdict::Failed, Some("the document shows signs of forgery".to_owned()))
    } else if facial.is_some_and(|r| r != ReportResult::Clear) {
        (Verdict::Failed, Some("the selfie does not match the document".to_owned()))
    } else if document.and_then(|d| d.result).is_some_and(|r| r != ReportResult::Clear) {
        (Verdict::Referred, Some(format!("the document report is not clear ({})", sub_name(sub_result))))
    } else {
        match (&identity, uncovered) {
            (Some(identity), _) => match policy.evaluate(identity) {
                Decision::Accept => (Verdict::Accepted, None),
                Decision::Refer(referral) => (Verdict::Referred, Some(format!("identity_enhanced: {referral}"))),
            },
            (None, country) => (Verdict::Referred, Some(skipped_rule(country.unwrap_or_default()))),
        }
    };
    Ok(DecisionDetail {
        verdict,
        document: document.and_then(|d| d.result),
        document_sub_result: sub_result.filter(|s| *s != SubResult::Clear).map(|s| sub_name(Some(s)).to_owned()),
        facial_similarity: facial,
        identity_enhanced: identity.as_ref().map(Into::into),
        identity_enhanced_skipped: uncovered.map(str::to_owned),
        reason,
        rules: policy.rules().iter().map(ToString::to_string).collect(),
    })
}

/// The rule a check without Identity Enhanced is referred by.
fn skipped_rule(country: &str) -> String {
    format!(
        "identity_enhanced not run: Onfido does not cover the address country {country}, so no database \
         confirmed the name, address and date of birth"
    )
}

fn sub_name(sub: Option<SubResult>) -> &'static str {
    match sub {
        Some(SubResult::Clear) => "clear",
        Some(SubResult::Rejected) => "rejected",
        Some(SubResult::Suspected) => "suspected",
        Some(SubResult::Caution) => "caution",
        None => "no sub-result",
    }
}

#[cfg(test)]
mod tests;
