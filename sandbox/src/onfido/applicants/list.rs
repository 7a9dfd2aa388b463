//! `GET /v3.6/applicants`: every applicant, a page at a time.

use crate::onfido::errors::{ApiError, Problems};
use crate::onfido::store::Applicant;
use crate::onfido::Sim;
use axum::extract::{Query, State};
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Onfido's documented default page size.
const PER_PAGE: usize = 20;

/// A positive whole number from the query, or `default` when it is absent.
fn positive(query: &HashMap<String, String>, key: &str, default: usize, problems: &mut Problems) -> usize {
    match query.get(key).map(|raw| raw.parse::<usize>()) {
        None => default,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            problems.add(key, "must be a positive integer");
            default
        }
    }
}

/// `GET /v3.6/applicants?page=&per_page=&include_deleted=`: `{"applicants": [...]}`. Onfido
/// documents the parameters but not the order; the sandbox lists the newest first, so a
/// client looking for a recent applicant finds it on the first page. Applicants scheduled for
/// deletion are listed only with `include_deleted=true`.
pub(crate) async fn applicant_list(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let mut problems = Problems::default();
    let page = positive(&query, "page", 1, &mut problems);
    let per_page = positive(&query, "per_page", PER_PAGE, &mut problems);
    problems.into_result()?;
    let store = sim.store();
    let deleted_too = query.get("include_deleted").is_some_and(|v| v == "true");
    let mut applicants: Vec<&Applicant> =
        store.applicants.values().filter(|a| deleted_too || a.json["delete_at"].is_null()).collect();
    applicants.sort_by_key(|a| std::cmp::Reverse(a.seq));
    let shown: Vec<&Value> =
        applicants.iter().skip((page - 1).saturating_mul(per_page)).take(per_page).map(|a| &a.json).collect();
    Ok(Json(json!({ "applicants": shown })))
}
