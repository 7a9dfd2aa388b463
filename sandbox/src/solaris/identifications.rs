//! `/v1/persons/{person_id}/identifications…`: create, request (issues the IDnow URL), read.

use super::body::json_object;
use super::documents;
use super::errors::ApiError;
use super::errors::FieldProblem;
use super::identification_options::IdentificationOptions;
use super::idnow::scenario::Scenario;
use super::idnow::test_case::TestCase;
use super::idnow::{identification_url, COMPANY};
use super::lifecycle::transition;
use super::store::{random_reference, Identification, Store};
use super::Sim;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kyc_core::IdentificationStatus;
use serde_json::Value;
use std::collections::HashMap;
use tokio::time::Instant;

/// 404 unless the person exists.
fn require_person(sim: &Sim, person_id: &str) -> Result<(), ApiError> {
    match sim.store().persons.contains_key(person_id) {
        true => Ok(()),
        false => Err(ApiError::model_not_found("person", person_id)),
    }
}

/// The person's identification `id`; one of another person is as unknown as a missing one.
fn find<'a>(store: &'a mut Store, person_id: &str, id: &str) -> Result<&'a mut Identification, ApiError> {
    store
        .identifications
        .get_mut(id)
        .filter(|i| i.person_id == person_id)
        .ok_or_else(|| ApiError::model_not_found("identification", id))
}

/// Runs `f` on the person's identification after its deadlines were applied.
pub(crate) fn with_identification(
    sim: &Sim,
    person_id: &str,
    id: &str,
    f: impl FnOnce(&mut Identification, &mut Vec<super::webhooks::Event>) -> Value,
) -> Result<Json<Value>, ApiError> {
    require_person(sim, person_id)?;
    let result = sim.update(id, |store, events| find(store, person_id, id).map(|ident| f(ident, events)));
    result.unwrap_or_else(|| Err(ApiError::model_not_found("identification", id))).map(Json)
}

/// `POST …/identifications`: a new identification in status `created`; nothing is sent to
/// IDnow yet.
pub(crate) async fn create(
    State(sim): State<Sim>,
    Path(person_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_person(&sim, &person_id)?;
    let options = IdentificationOptions::parse(&json_object(&body)?).map_err(ApiError::invalid_model)?;
    let mut store = sim.store();
    let person = store.persons.get(&person_id).ok_or_else(|| ApiError::model_not_found("person", &person_id))?;
    let test_case = TestCase::from_names(
        person.text("first_name").unwrap_or_default(),
        person.text("last_name").unwrap_or_default(),
    );
    if test_case.scenario == Scenario::HoldCertificate {
        let message = "uses the HOLDCERTIFICATE test scenario, which exists only for eSigning identifications";
        return Err(ApiError::invalid_model(vec![FieldProblem::new("method", message)]));
    }
    let seq = store.identifications.len();
    let ident = Identification::new(person_id, options, test_case, seq);
    let body = ident.to_json();
    store.identifications.insert(ident.id.clone(), ident);
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// `PATCH …/identifications/{id}/request`: issues the IDnow URL and reference and sets
/// `pending`. Asking again returns the same URL and reference.
pub(crate) async fn request(
    State(sim): State<Sim>,
    Path((person_id, id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let base_url = sim.config.public_base_url.trim_end_matches('/').to_owned();
    with_identification(&sim, &person_id, &id, |ident, events| {
        if ident.status == IdentificationStatus::Created {
            ident.url = Some(identification_url(&base_url, COMPANY, &ident.id));
            ident.reference = Some(random_reference());
            ident.requested_at = Some(Instant::now());
            transition(ident, IdentificationStatus::Pending, None, events);
        }
        ident.to_json()
    })
}

/// `GET …/identifications/{id}`; with `?include_documents=true` the identification's documents
/// are listed under `documents`, otherwise the key is left out.
pub(crate) async fn show(
    State(sim): State<Sim>,
    Path((person_id, id)): Path<(String, String)>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let include_documents = query.is_ok_and(|Query(q)| q.get("include_documents").is_some_and(|v| v == "true"));
    require_person(&sim, &person_id)?;
    let result = sim.update(&id, |store, _| {
        let mut value = find(store, &person_id, &id)?.to_json();
        // The guide's "Retrieve person identification" answer carries the person's address.
        if let Some(address) = store.persons.get(&person_id).and_then(|p| p.data.get("address")) {
            value["address"] = address.clone();
        }
        if include_documents {
            value["documents"] = documents::list(store, |d| d.identification_id == id);
        }
        Ok(value)
    });
    result.unwrap_or_else(|| Err(ApiError::model_not_found("identification", &id))).map(Json)
}

/// `GET …/identifications`: all of the person's identifications, oldest first.
pub(crate) async fn index(State(sim): State<Sim>, Path(person_id): Path<String>) -> Result<Json<Value>, ApiError> {
    require_person(&sim, &person_id)?;
    let mut ids: Vec<(usize, String)> = {
        let store = sim.store();
        store.identifications.values().filter(|i| i.person_id == person_id).map(|i| (i.seq, i.id.clone())).collect()
    };
    ids.sort_unstable();
    let list = ids
        .iter()
        .filter_map(|(_, id)| sim.update(id, |store, _| store.identifications.get(id).map(Identification::to_json))?);
    Ok(Json(Value::Array(list.collect())))
}
