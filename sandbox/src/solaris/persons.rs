//! `POST /v1/persons`, `GET /v1/persons` and `GET /v1/persons/{id}`.

use super::body::json_object;
use super::errors::FieldProblem;
use super::errors::{ApiError, INVALID_MODEL};
use super::store::{random_hex, Person};
use super::validation;
use super::{person, Sim};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;
use std::collections::HashMap;

/// The sandbox refuses to create more persons than this with the same first name, last name,
/// birth city and birth date, to push testers towards unique test data.
pub(crate) const MAX_IDENTICAL_PERSONS: usize = 1000;

/// The fields that make two test persons "identical" for [`MAX_IDENTICAL_PERSONS`].
fn identity(person: &serde_json::Map<String, Value>) -> [Option<&str>; 4] {
    ["first_name", "last_name", "birth_city", "birth_date"].map(|key| person.get(key).and_then(Value::as_str))
}

/// `POST /v1/persons`: validates like Solaris and answers `201` with the full person object.
pub(crate) async fn create(State(sim): State<Sim>, body: Bytes) -> Result<Response, ApiError> {
    let request = json_object(&body)?;
    let allowed = sim.config.allowed_residence_countries.as_deref();
    let request = validation::person(request, allowed).map_err(ApiError::invalid_model)?;
    let mut store = sim.store();
    let key = identity(&request);
    let twins = store.persons.values().filter(|p| identity(&p.data) == key).count();
    if twins >= MAX_IDENTICAL_PERSONS {
        return Err(ApiError::new(INVALID_MODEL, format!(
            "More than {MAX_IDENTICAL_PERSONS} persons with this first_name, last_name, birth_city and birth_date exist; \
             use unique test data."
        )));
    }
    let id = format!("{}cper", random_hex());
    let data = person::build(&id, &request);
    let body = Value::Object(data.clone());
    let seq = store.persons.len();
    store.persons.insert(id, Person { data, seq });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// `GET /v1/persons/{id}`: the person as stored, including any changes made by the agent.
pub(crate) async fn show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let person = store.persons.get(&id).ok_or_else(|| ApiError::model_not_found("person", &id))?;
    Ok(Json(Value::Object(person.data.clone())))
}

/// Persons per page when `page[size]` is absent; the reference does not give Solaris's own
/// default, so this is the simulator's choice.
const PAGE_SIZE: usize = 10;

/// `GET /v1/persons?page[number]=&page[size]=`: the index, as a bare array like Solaris's other
/// indexes. Solaris documents the index but neither a filter nor an order; the simulator lists
/// the newest first, so a client looking for a person it just created finds it on page 1.
pub(crate) async fn index(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let mut problems = Vec::new();
    let mut positive = |key: &str, default: usize| match query.get(key).map(|raw| raw.parse::<usize>()) {
        None => default,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            problems.push(FieldProblem::new(key, "must be a positive integer"));
            default
        }
    };
    let (number, size) = (positive("page[number]", 1), positive("page[size]", PAGE_SIZE));
    if !problems.is_empty() {
        return Err(ApiError::invalid_model(problems));
    }
    let store = sim.store();
    let mut persons: Vec<&Person> = store.persons.values().collect();
    persons.sort_by_key(|p| std::cmp::Reverse(p.seq));
    let page = persons.iter().skip((number - 1).saturating_mul(size)).take(size);
    Ok(Json(Value::Array(page.map(|p| Value::Object(p.data.clone())).collect())))
}
