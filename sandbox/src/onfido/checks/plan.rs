//! A check request read and checked: the reports, the sandbox triggers and the uploads they use.

use crate::onfido::errors::{ApiError, Problems};
use crate::onfido::identity;
use crate::onfido::processing::{self, SUB_RESULTS};
use crate::onfido::store::{Outcome, ReportName, Store, Upload};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
pub(super) struct CheckRequest {
    pub(super) applicant_id: Option<String>,
    #[serde(default)]
    pub(super) report_names: Vec<String>,
    pub(super) document_ids: Option<Vec<String>>,
    pub(super) asynchronous: Option<bool>,
    #[serde(default)]
    pub(super) tags: Vec<String>,
    /// Sandbox trigger: reports to force to `consider`.
    #[serde(default)]
    pub(super) consider: Vec<String>,
    /// Sandbox trigger: the document report's sub-result.
    pub(super) sub_result: Option<String>,
}

/// The request, checked against the store: what to run on which uploads.
pub(super) struct Plan {
    pub(super) applicant_id: String,
    pub(super) reports: Vec<ReportName>,
    consider: Vec<ReportName>,
    sub_result: Option<&'static str>,
    /// Documents the document and facial similarity reports look at.
    documents: Vec<String>,
    /// The latest live photo.
    photo: Option<String>,
}

fn report_names(names: &[String], field: &str, problems: &mut Problems) -> Vec<ReportName> {
    let mut parsed = Vec::new();
    for name in names {
        match ReportName::parse(name) {
            Some(n) if !parsed.contains(&n) => parsed.push(n),
            Some(_) => {}
            None => problems.add(field, format!("'{name}' is not a report this sandbox offers")),
        }
    }
    parsed
}

/// Checks the request: fields, then the data its reports need.
pub(super) fn plan(request: &CheckRequest, store: &Store) -> Result<Plan, ApiError> {
    let mut problems = Problems::default();
    let applicant_id = request.applicant_id.clone().unwrap_or_default();
    if applicant_id.is_empty() {
        problems.add("applicant_id", "can't be blank");
    } else if !store.applicants.contains_key(&applicant_id) {
        problems.add("applicant_id", "does not belong to an applicant");
    }
    if request.report_names.is_empty() {
        problems.add("report_names", "can't be blank");
    }
    let reports = report_names(&request.report_names, "report_names", &mut problems);
    let consider = report_names(&request.consider, "consider", &mut problems);
    let sub_result = match request.sub_result.as_deref() {
        None => None,
        Some(sub) => {
            let known = SUB_RESULTS.iter().find(|s| **s == sub).copied();
            if known.is_none() {
                problems.add("sub_result", "must be clear, rejected, suspected or caution");
            }
            known
        }
    };
    for id in request.document_ids.iter().flatten() {
        if store.documents.get(id).is_none_or(|d| d.applicant_id != applicant_id) {
            problems.add("document_ids", format!("'{id}' is not a document of this applicant"));
        }
    }
    problems.into_result()?;
    let documents: Vec<String> =
        documents(store, &applicant_id, request.document_ids.as_deref()).iter().map(|d| d.id.clone()).collect();
    let mut photos: Vec<&Upload> = store.live_photos.values().filter(|p| p.applicant_id == applicant_id).collect();
    photos.sort_by_key(|p| std::cmp::Reverse(p.seq));
    let photo = photos.first().map(|p| p.id.clone());
    let applicant = &store.applicants[&applicant_id];
    let needs = |name| reports.contains(&name);
    if (needs(ReportName::Document) || needs(ReportName::FacialSimilarityPhoto)) && documents.is_empty() {
        return Err(ApiError::unprocessable("The applicant has no document to check"));
    }
    if needs(ReportName::FacialSimilarityPhoto) && photo.is_none() {
        return Err(ApiError::unprocessable("facial_similarity_photo needs a live photo of the applicant"));
    }
    if needs(ReportName::IdentityEnhanced) && (applicant.dob.is_none() || applicant.address.is_none()) {
        return Err(ApiError::unprocessable("identity_enhanced needs the applicant's date of birth and address"));
    }
    // The report runs in the address country and only where Onfido covers it (the guide). What
    // the real API answers for an uncovered country is not documented: a validation error on
    // `report_names` is this simulator's choice.
    let country = applicant.address.as_ref().and_then(|a| a.country.as_deref()).unwrap_or_default();
    if needs(ReportName::IdentityEnhanced) && !kyc_identity_enhanced::countries::supported(country) {
        let mut problems = Problems::default();
        let message = format!("identity_enhanced is not supported for applicants with an address in {country}");
        problems.add("report_names", message);
        return Err(ApiError::validation(problems));
    }
    Ok(Plan { applicant_id, reports, consider, sub_result, documents, photo })
}

/// The documents a check looks at: the ones named, else the latest upload and, for a two-sided
/// document, the latest upload of its other side.
fn documents<'a>(store: &'a Store, applicant_id: &str, named: Option<&[String]>) -> Vec<&'a Upload> {
    if let Some(ids) = named {
        return ids.iter().filter_map(|id| store.documents.get(id)).collect();
    }
    let mut own: Vec<&Upload> = store.documents.values().filter(|d| d.applicant_id == applicant_id).collect();
    own.sort_by_key(|d| std::cmp::Reverse(d.seq));
    let Some(latest) = own.first().copied() else { return Vec::new() };
    let other_side =
        latest.side.as_ref().and_then(|side| own.iter().find(|d| d.side.as_ref().is_some_and(|s| s != side)));
    let mut chosen: Vec<&Upload> = [Some(latest), other_side.copied()].into_iter().flatten().collect();
    chosen.sort_by_key(|d| d.seq);
    chosen
}

impl Plan {
    /// Each report's outcome, decided now and revealed when the check completes.
    pub(super) fn outcomes(&self, store: &Store) -> Vec<(ReportName, Outcome)> {
        let applicant = &store.applicants[&self.applicant_id];
        let document_properties = self
            .documents
            .first()
            .and_then(|id| store.documents.get(id))
            .map(|d| json!({ "document_type": d.json["type"], "issuing_country": d.json["issuing_country"] }))
            .unwrap_or_else(|| json!({}));
        let outcome = |name| {
            let consider = self.consider.contains(&name);
            match name {
                ReportName::Document => processing::document(consider, self.sub_result, document_properties.clone()),
                ReportName::FacialSimilarityPhoto => processing::facial_similarity(consider, &self.documents[0]),
                ReportName::IdentityEnhanced => identity::outcome(applicant, consider),
            }
        };
        self.reports.iter().map(|&name| (name, outcome(name))).collect()
    }

    /// The documents and live photos a report names.
    pub(super) fn uploads(&self, name: ReportName) -> (Vec<String>, Vec<String>) {
        match name {
            ReportName::Document => (self.documents.clone(), Vec::new()),
            ReportName::FacialSimilarityPhoto => (self.documents[..1].to_vec(), self.photo.iter().cloned().collect()),
            ReportName::IdentityEnhanced => (Vec::new(), Vec::new()),
        }
    }
}
