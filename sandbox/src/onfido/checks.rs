//! `POST /v3.6/checks`, `GET /v3.6/checks/{id}` and `GET /v3.6/checks?applicant_id=`.

use super::errors::{ApiError, Problems};
use super::processing::{self, SUB_RESULTS};
use super::store::{new_id, now_utc, Check, Outcome, Report, ReportName, Store, Upload};
use super::{identity, Sim};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;

#[derive(Deserialize)]
struct CheckRequest {
    applicant_id: Option<String>,
    #[serde(default)]
    report_names: Vec<String>,
    document_ids: Option<Vec<String>>,
    asynchronous: Option<bool>,
    #[serde(default)]
    tags: Vec<String>,
    /// Sandbox trigger: reports to force to `consider`.
    #[serde(default)]
    consider: Vec<String>,
    /// Sandbox trigger: the document report's sub-result.
    sub_result: Option<String>,
}

/// The request, checked.
struct Plan {
    applicant_id: String,
    reports: Vec<ReportName>,
    consider: Vec<ReportName>,
    sub_result: Option<&'static str>,
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

fn plan(request: &CheckRequest, store: &Store) -> Result<Plan, ApiError> {
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
    Ok(Plan { applicant_id, reports, consider, sub_result })
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

/// `POST /v3.6/checks`: creates the reports with their outcomes decided, and completes the
/// check now (`asynchronous: false`, or no processing delay) or after the delay.
pub(crate) async fn check_create(State(sim): State<Sim>, body: Bytes) -> Result<(StatusCode, Json<Value>), ApiError> {
    let request: CheckRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("The request body could not be read: {e}")))?;
    let check_id = new_id();
    {
        let mut store = sim.store();
        let plan = plan(&request, &store)?;
        let applicant = &store.applicants[&plan.applicant_id];
        let documents: Vec<String> = documents(&store, &plan.applicant_id, request.document_ids.as_deref())
            .iter()
            .map(|d| d.id.clone())
            .collect();
        let mut photos: Vec<&Upload> =
            store.live_photos.values().filter(|p| p.applicant_id == plan.applicant_id).collect();
        photos.sort_by_key(|p| std::cmp::Reverse(p.seq));
        let photo = photos.first().map(|p| p.id.clone());
        let needs = |name| plan.reports.contains(&name);
        if (needs(ReportName::Document) || needs(ReportName::FacialSimilarityPhoto)) && documents.is_empty() {
            return Err(ApiError::unprocessable("The applicant has no document to check"));
        }
        if needs(ReportName::FacialSimilarityPhoto) && photo.is_none() {
            return Err(ApiError::unprocessable("facial_similarity_photo needs a live photo of the applicant"));
        }
        if needs(ReportName::IdentityEnhanced) && (applicant.dob.is_none() || applicant.address.is_none()) {
            return Err(ApiError::unprocessable("identity_enhanced needs the applicant's date of birth and address"));
        }
        let document_properties = documents
            .first()
            .and_then(|id| store.documents.get(id))
            .map(|d| json!({ "document_type": d.json["type"], "issuing_country": d.json["issuing_country"] }))
            .unwrap_or_else(|| json!({}));
        let outcomes: Vec<(ReportName, Outcome)> = plan
            .reports
            .iter()
            .map(|&name| {
                let consider = plan.consider.contains(&name);
                let outcome = match name {
                    ReportName::Document => {
                        processing::document(consider, plan.sub_result, document_properties.clone())
                    }
                    ReportName::FacialSimilarityPhoto => processing::facial_similarity(consider, &documents[0]),
                    ReportName::IdentityEnhanced => identity::outcome(applicant, consider),
                };
                (name, outcome)
            })
            .collect();
        let created_at = now_utc();
        let all_clear = outcomes.iter().all(|(_, o)| o.result == "clear");
        let mut report_ids = Vec::new();
        for (name, outcome) in outcomes {
            let id = new_id();
            let seq = store.next_seq();
            let (docs, live_photos) = match name {
                ReportName::Document => (documents.clone(), Vec::new()),
                ReportName::FacialSimilarityPhoto => (documents[..1].to_vec(), photo.iter().cloned().collect()),
                ReportName::IdentityEnhanced => (Vec::new(), Vec::new()),
            };
            let report = Report {
                id: id.clone(),
                check_id: check_id.clone(),
                name,
                seq,
                created_at: created_at.clone(),
                complete: false,
                outcome,
                documents: docs,
                live_photos,
            };
            store.reports.insert(id.clone(), report);
            report_ids.push(id);
        }
        let seq = store.next_seq();
        let check = Check {
            id: check_id.clone(),
            applicant_id: plan.applicant_id,
            seq,
            created_at,
            complete: false,
            result: if all_clear { "clear" } else { "consider" },
            report_ids,
            tags: request.tags,
        };
        store.checks.insert(check_id.clone(), check);
    }
    let delay = sim.config.processing_delay;
    if request.asynchronous == Some(false) || delay.is_zero() {
        processing::complete(&sim, &check_id);
    } else {
        let (sim, id) = (sim.clone(), check_id.clone());
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            processing::complete(&sim, &id);
        });
    }
    let json = sim.store().checks[&check_id].to_json();
    Ok((StatusCode::CREATED, Json(json)))
}

/// `GET /v3.6/checks/{id}`.
pub(crate) async fn check_show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let check = store.checks.get(&id).ok_or_else(|| ApiError::not_found("check", &id))?;
    Ok(Json(check.to_json()))
}

/// `GET /v3.6/checks?applicant_id=`: the applicant's checks, newest first.
pub(crate) async fn check_list(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let Some(applicant_id) = query.get("applicant_id") else {
        let mut problems = Problems::default();
        problems.add("applicant_id", "can't be blank");
        return Err(ApiError::validation(problems));
    };
    let store = sim.store();
    let mut checks: Vec<&Check> = store.checks.values().filter(|c| &c.applicant_id == applicant_id).collect();
    checks.sort_by_key(|c| std::cmp::Reverse(c.seq));
    Ok(Json(json!({ "checks": checks.iter().map(|c| c.to_json()).collect::<Vec<_>>() })))
}
