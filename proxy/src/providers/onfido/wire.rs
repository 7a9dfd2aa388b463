//! Onfido request and response bodies, and the typed check and report they become.

use crate::clients::ProviderError;
use kyc_core::PersonalData;
use kyc_identity_enhanced::wire::BreakdownWire;
use kyc_identity_enhanced::{self as identity_enhanced, Breakdown, ReportResult, Ssn};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The create-applicant body: the address split Onfido's way, the SSN as an `ssn` id number.
pub(super) fn applicant_body(p: &PersonalData, ssn: Option<&Ssn>) -> Value {
    let id_numbers: Vec<Value> = ssn.iter().map(|s| json!({ "type": "ssn", "value": s.digits() })).collect();
    json!({
        "first_name": p.first_name.as_str(),
        "last_name": p.last_name.as_str(),
        "dob": p.birth_date.date().to_string(),
        "email": p.email.as_str(),
        "phone_number": p.mobile_number.as_str(),
        "address": {
            "building_number": p.address.house_number,
            "street": p.address.street,
            "town": p.address.city,
            "postcode": p.address.postal_code.as_str(),
            "country": p.address.country.alpha3(),
        },
        "id_numbers": id_numbers,
    })
}

#[derive(Deserialize)]
pub(super) struct Created {
    pub(super) id: String,
}

/// The reports the product runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportName {
    /// Authenticity of the identity document.
    Document,
    /// The selfie compared with the document photo.
    FacialSimilarityPhoto,
    /// Name, address, date of birth (and US SSN) against databases.
    IdentityEnhanced,
    /// Any other report Onfido ran on the check.
    #[serde(other)]
    Other,
}

/// Kinds of identity document the product accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    /// Passport.
    Passport,
    /// Driving licence.
    DrivingLicence,
    /// National identity card.
    NationalIdentityCard,
    /// Residence permit.
    ResidencePermit,
}

impl DocumentType {
    /// The `type` value of the upload.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Passport => "passport",
            Self::DrivingLicence => "driving_licence",
            Self::NationalIdentityCard => "national_identity_card",
            Self::ResidencePermit => "residence_permit",
        }
    }
}

/// Which side of a document an image shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Front.
    Front,
    /// Back.
    Back,
}

impl Side {
    /// The `side` value of the upload.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Front => "front",
            Self::Back => "back",
        }
    }
}

/// A check's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Reports are running.
    InProgress,
    /// Waiting for the applicant to provide data.
    AwaitingApplicant,
    /// Every report is done.
    Complete,
    /// Withdrawn.
    Withdrawn,
    /// Paused.
    Paused,
    /// Reopened after completion.
    Reopened,
}

/// A check.
#[derive(Debug, Clone, Deserialize)]
pub struct Check {
    /// Onfido check id; stays in the proxy.
    pub id: String,
    /// Where it stands.
    pub status: CheckStatus,
    /// `clear` or `consider` once complete.
    pub result: Option<ReportResult>,
    /// Its reports.
    #[serde(default)]
    pub report_ids: Vec<String>,
    /// The tags it was created with.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whose check it is.
    #[serde(default)]
    pub applicant_id: Option<String>,
}

/// A report's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Running or waiting for data.
    AwaitingData,
    /// Waiting for a client's approval.
    AwaitingApproval,
    /// Done: result and breakdown are final.
    Complete,
    /// Cancelled.
    Cancelled,
    /// Withdrawn.
    Withdrawn,
    /// A status not documented for v3.6.
    #[serde(other)]
    Other,
}

/// The document report's sub-result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubResult {
    /// Nothing found.
    Clear,
    /// The document could not be processed (e.g. unreadable image).
    Rejected,
    /// Signs of forgery.
    Suspected,
    /// Something to look at, e.g. an expired document.
    Caution,
}

#[derive(Deserialize)]
pub(super) struct ReportWire {
    id: String,
    name: ReportName,
    status: ReportStatus,
    result: Option<ReportResult>,
    sub_result: Option<SubResult>,
    #[serde(default)]
    breakdown: Option<Value>,
}

/// A report, with the Identity Enhanced breakdown read into counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Onfido report id; stays in the proxy.
    pub id: String,
    /// Which report.
    pub name: ReportName,
    /// Where it stands.
    pub status: ReportStatus,
    /// `clear`, `consider` or `unidentified` once complete.
    pub result: Option<ReportResult>,
    /// Document reports only.
    pub sub_result: Option<SubResult>,
    /// Identity Enhanced reports, once complete.
    pub identity: Option<Breakdown>,
}

impl Report {
    /// The completed Identity Enhanced report, ready for
    /// [`Policy::evaluate`](kyc_identity_enhanced::Policy::evaluate).
    pub fn identity_enhanced(&self) -> Option<identity_enhanced::Report> {
        Some(identity_enhanced::Report { result: self.result?, breakdown: self.identity.clone()? })
    }
}

impl TryFrom<ReportWire> for Report {
    type Error = ProviderError;

    fn try_from(wire: ReportWire) -> Result<Self, ProviderError> {
        let unreadable = |e: String| ProviderError::Unexpected(format!("identity_enhanced breakdown: {e}"));
        let identity = match (wire.name, wire.status, wire.breakdown) {
            (ReportName::IdentityEnhanced, ReportStatus::Complete, Some(breakdown)) => {
                let breakdown: BreakdownWire =
                    serde_json::from_value(breakdown).map_err(|e| unreadable(e.to_string()))?;
                Some(Breakdown::try_from(&breakdown).map_err(|e| unreadable(e.to_string()))?)
            }
            _ => None,
        };
        Ok(Self {
            id: wire.id,
            name: wire.name,
            status: wire.status,
            result: wire.result,
            sub_result: wire.sub_result,
            identity,
        })
    }
}

#[derive(Deserialize)]
pub(super) struct ReportList {
    pub(super) reports: Vec<ReportWire>,
}

#[cfg(test)]
mod fixture_tests {
    use super::*;

    fn parsed(json: &str) -> Report {
        let wire: ReportWire = serde_json::from_str(json).expect("the fixture is a report");
        Report::try_from(wire).expect("its breakdown is readable")
    }

    #[test]
    fn the_guides_identity_enhanced_breakdowns_are_read_into_counts_per_source() {
        let clear = parsed(include_str!("../../../tests/fixtures/onfido/identity_enhanced_clear.json"));
        let report = clear.identity_enhanced().expect("a complete Identity Enhanced report");
        assert_eq!(report.result, ReportResult::Clear);
        assert_eq!(report.breakdown.total_number_of_sources, 3);
        assert_eq!(report.breakdown.address.result, Some(ReportResult::Clear));
        assert_eq!(report.breakdown.date_of_birth.result, Some(ReportResult::Clear));

        let consider = parsed(include_str!("../../../tests/fixtures/onfido/identity_enhanced_consider.json"));
        let report = consider.identity_enhanced().expect("a complete Identity Enhanced report");
        assert_eq!((report.result, report.breakdown.total_number_of_sources), (ReportResult::Consider, 1));
        assert_eq!(report.breakdown.date_of_birth.result, Some(ReportResult::Consider));
        assert_eq!(report.breakdown.address.matches.len(), 1);
    }
}
