//! `POST /v3.6/checks`, `GET /v3.6/checks/{id}` and `GET /v3.6/checks?applicant_id=`.

mod plan;

use super::errors::{ApiError, Problems};
use super::processing;
use super::store::{new_id, now_utc, Check, Report};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use plan::{plan, CheckRequest};
use serde_json::{json, Value};
use std::collections::HashMap;

/// `POST /v3.6/checks`: creates the reports with their outcomes decided, and completes the
/// check now (`asynchronous: false`, or no processing delay) or after the delay.
pub(crate) async fn check_create(State(sim): State<Sim>, body: Bytes) -> Result<(StatusCode, Json<Value>), ApiError> {
    let request: CheckRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("The request body could not be read: {e}")))?;
    let check_id = new_id();
    {
        let mut store = sim.store();
        let plan = plan(&request, &store)?;
        let outcomes = plan.outcomes(&store);
        let created_at = now_utc();
        let all_clear = outcomes.iter().all(|(_, o)| o.result == "clear");
        let mut report_ids = Vec::new();
        for (name, outcome) in outcomes {
            let id = new_id();
            let seq = store.next_seq();
            let (documents, live_photos) = plan.uploads(name);
            let (check_id, created_at) = (check_id.clone(), created_at.clone());
            let report = Report {
                id: id.clone(),
                check_id,
                name,
                seq,
                created_at,
                complete: false,
                outcome,
                documents,
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
