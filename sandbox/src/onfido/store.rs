//! The in-memory state: applicants, uploads, checks and reports. Lost on restart, like a
//! sandbox that was reset.

use kyc_core::CalendarDate;
use kyc_identity_enhanced::Ssn;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::HashMap;

/// Everything the simulator remembers.
#[derive(Default)]
pub(crate) struct Store {
    pub applicants: HashMap<String, Applicant>,
    pub documents: HashMap<String, Upload>,
    pub live_photos: HashMap<String, Upload>,
    pub checks: HashMap<String, Check>,
    pub reports: HashMap<String, Report>,
    seq: usize,
}

impl Store {
    /// Creation order, for "latest" and for listings.
    pub fn next_seq(&mut self) -> usize {
        self.seq += 1;
        self.seq
    }
}

/// An applicant's address as Onfido takes it; every part optional except where validation says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Address {
    pub flat_number: Option<String>,
    pub building_number: Option<String>,
    pub building_name: Option<String>,
    pub street: Option<String>,
    pub sub_street: Option<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub state: Option<String>,
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub line3: Option<String>,
}

impl Address {
    /// Everything before the town, in one line: where people put flat, number and street.
    pub fn street_line(&self) -> String {
        [
            &self.flat_number,
            &self.building_number,
            &self.building_name,
            &self.street,
            &self.sub_street,
            &self.line1,
            &self.line2,
            &self.line3,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// An applicant: what the checks read, and the resource as the API shows it.
pub(crate) struct Applicant {
    /// Creation order, for the newest-first listing.
    pub seq: usize,
    pub first_name: String,
    pub last_name: String,
    pub dob: Option<CalendarDate>,
    pub address: Option<Address>,
    pub ssn: Option<Ssn>,
    pub json: Value,
}

/// A document or a live photo.
pub(crate) struct Upload {
    pub id: String,
    pub applicant_id: String,
    pub seq: usize,
    /// The document `side` (`front`, `back`), `None` for live photos and one-sided documents.
    pub side: Option<String>,
    pub json: Value,
}

/// The reports the simulator can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReportName {
    Document,
    FacialSimilarityPhoto,
    IdentityEnhanced,
}

impl ReportName {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Document => "document",
            Self::FacialSimilarityPhoto => "facial_similarity_photo",
            Self::IdentityEnhanced => "identity_enhanced",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Document, Self::FacialSimilarityPhoto, Self::IdentityEnhanced].into_iter().find(|n| n.as_str() == raw)
    }
}

/// A check; its result is known from the start but shown only once it is complete.
pub(crate) struct Check {
    pub id: String,
    pub applicant_id: String,
    pub seq: usize,
    pub created_at: String,
    pub complete: bool,
    pub result: &'static str,
    pub report_ids: Vec<String>,
    pub tags: Vec<String>,
}

impl Check {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "created_at": self.created_at,
            "href": format!("/v3.6/checks/{}", self.id),
            "status": if self.complete { "complete" } else { "in_progress" },
            "result": self.complete.then_some(self.result),
            "form_uri": null,
            "redirect_uri": null,
            "results_uri": null,
            "report_ids": self.report_ids,
            "tags": self.tags,
            "applicant_id": self.applicant_id,
            "applicant_provides_data": false,
            "sandbox": true,
            "paused": false,
            "version": "3.6",
        })
    }
}

/// What a report says once complete.
pub(crate) struct Outcome {
    pub result: &'static str,
    pub sub_result: Option<&'static str>,
    pub breakdown: Value,
    pub properties: Value,
}

/// A report of a check.
pub(crate) struct Report {
    pub id: String,
    pub check_id: String,
    pub name: ReportName,
    pub seq: usize,
    pub created_at: String,
    pub complete: bool,
    pub outcome: Outcome,
    pub documents: Vec<String>,
    pub live_photos: Vec<String>,
}

impl Report {
    pub fn to_json(&self) -> Value {
        let done = self.complete;
        let ids = |list: &[String]| list.iter().map(|id| json!({ "id": id })).collect::<Vec<_>>();
        let mut value = json!({
            "id": self.id,
            "created_at": self.created_at,
            "href": format!("/v3.6/reports/{}", self.id),
            "name": self.name.as_str(),
            "check_id": self.check_id,
            "status": if done { "complete" } else { "awaiting_data" },
            "result": done.then_some(self.outcome.result),
            "sub_result": if done { self.outcome.sub_result } else { None },
            "breakdown": if done { self.outcome.breakdown.clone() } else { json!({}) },
            "properties": if done { self.outcome.properties.clone() } else { json!({}) },
            "documents": ids(&self.documents),
        });
        if self.name == ReportName::FacialSimilarityPhoto {
            value["live_photos"] = json!(ids(&self.live_photos));
        }
        value
    }
}

/// A random version-4 UUID, the form of every Onfido id.
pub(crate) use crate::clock::{now_utc, today, uuid_v4 as new_id};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_four_uuids() {
        let id = new_id();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        assert!(matches!(id.as_bytes()[19], b'8' | b'9' | b'a' | b'b'), "{id}");
    }

    #[test]
    fn the_street_line_joins_what_people_split_differently() {
        let address = Address {
            flat_number: Some("1".into()),
            building_number: Some("26".into()),
            street: Some("Rowland Close".into()),
            ..Address::default()
        };
        assert_eq!(address.street_line(), "1 26 Rowland Close");
    }
}
