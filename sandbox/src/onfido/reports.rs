//! `GET /v3.6/reports/{id}` and `GET /v3.6/reports?check_id=`.

use super::errors::{ApiError, Problems};
use super::store::Report;
use super::Sim;
use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;

/// `GET /v3.6/reports/{id}`: result and breakdown appear once the report is complete.
pub(crate) async fn report_show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let report = store.reports.get(&id).ok_or_else(|| ApiError::not_found("report", &id))?;
    Ok(Json(report.to_json()))
}

/// `GET /v3.6/reports?check_id=`: the check's reports in creation order.
pub(crate) async fn report_list(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let Some(check_id) = query.get("check_id") else {
        let mut problems = Problems::default();
        problems.add("check_id", "can't be blank");
        return Err(ApiError::validation(problems));
    };
    let store = sim.store();
    if !store.checks.contains_key(check_id) {
        return Err(ApiError::not_found("check", check_id));
    }
    let mut reports: Vec<&Report> = store.reports.values().filter(|r| &r.check_id == check_id).collect();
    reports.sort_by_key(|r| r.seq);
    Ok(Json(json!({ "reports": reports.iter().map(|r| r.to_json()).collect::<Vec<_>>() })))
}
