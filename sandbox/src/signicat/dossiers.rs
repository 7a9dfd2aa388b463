//! Dossiers and the user data they hold.

use super::problem::Problem;
use super::store::Dossier;
use super::user_data::Identity;
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

/// The longest `externalReference` accepted (the simulator's limit; none is documented).
const MAX_REFERENCE: usize = 256;

/// `POST /assure/dossiers`: an empty body or a JSON object (`{}`) creates a dossier. An
/// `externalReference` (a string) is kept and shown with the dossier: Assure's events call it
/// "your reference to a dossierId"; its name as a field of the create request is the
/// simulator's reading of that.
pub(crate) async fn dossier_create(State(sim): State<Sim>, body: Bytes) -> Response {
    let request = if body.iter().all(u8::is_ascii_whitespace) {
        Value::Object(Default::default())
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(object @ Value::Object(_)) => object,
            _ => {
                return Problem::bad_request("Invalid dossier.", "The body must be empty or a JSON object.")
                    .into_response()
            }
        }
    };
    let external_reference = match &request["externalReference"] {
        Value::Null => None,
        Value::String(r) if !r.is_empty() && r.len() <= MAX_REFERENCE => Some(r.clone()),
        _ => {
            let detail = format!("externalReference must be a string of 1 to {MAX_REFERENCE} characters.");
            return Problem::bad_request("Invalid dossier.", detail).into_response();
        }
    };
    let mut store = sim.store();
    store.created += 1;
    let dossier = Dossier::new(external_reference, store.created);
    let body = json!({"dossierId": dossier.id, "externalReference": dossier.external_reference,
        "createdAt": dossier.created_at, "updatedAt": dossier.updated_at});
    store.dossiers.insert(dossier.id.clone(), dossier);
    (StatusCode::CREATED, Json(body)).into_response()
}

/// `GET /assure/dossiers`: every dossier, newest first, each as its ids and times. Assure
/// documents the listing but not its answer; this shape (a bare array, without the contents
/// Get dossier shows) is the simulator's.
pub(crate) async fn dossier_list(State(sim): State<Sim>) -> Json<Value> {
    let store = sim.store();
    let mut dossiers: Vec<&Dossier> = store.dossiers.values().collect();
    dossiers.sort_by_key(|d| std::cmp::Reverse(d.seq));
    Json(Value::Array(dossiers.iter().map(|d| d.summary()).collect()))
}

/// `GET /assure/dossiers/{dossierId}`: all the dossier holds.
pub(crate) async fn dossier_show(State(sim): State<Sim>, Path(dossier_id): Path<String>) -> Response {
    match sim.store().dossiers.get(&dossier_id) {
        Some(dossier) => Json(dossier.to_json()).into_response(),
        None => Problem::not_found("dossier").into_response(),
    }
}

/// `DELETE /assure/dossiers/{dossierId}`: the dossier, its user data, processes and images
/// are gone at once; a decision still pending for one of its processes finds nothing to update.
pub(crate) async fn dossier_delete(State(sim): State<Sim>, Path(dossier_id): Path<String>) -> Response {
    match sim.store().dossiers.remove(&dossier_id) {
        Some(_) => StatusCode::NO_CONTENT.into_response(),
        None => Problem::not_found("dossier").into_response(),
    }
}

/// `PUT /assure/dossiers/{dossierId}/userdata`: replaces the user data (the simulator's path
/// for the documented "add data to the dossier"; public client code reads it from the same path).
pub(crate) async fn user_data_put(State(sim): State<Sim>, Path(dossier_id): Path<String>, body: Bytes) -> Response {
    let identity = match Identity::parse(&body) {
        Ok(identity) => identity,
        Err(detail) => return Problem::bad_request("Invalid user data.", detail).into_response(),
    };
    let mut store = sim.store();
    let Some(dossier) = store.dossiers.get_mut(&dossier_id) else {
        return Problem::not_found("dossier").into_response();
    };
    dossier.user_data = Some(identity);
    dossier.updated_at = super::store::now_utc();
    Json(json!(dossier.user_data)).into_response()
}

/// `GET /assure/dossiers/{dossierId}/userdata`.
pub(crate) async fn user_data_show(State(sim): State<Sim>, Path(dossier_id): Path<String>) -> Response {
    let store = sim.store();
    match store.dossiers.get(&dossier_id).map(|d| &d.user_data) {
        Some(Some(identity)) => Json(json!(identity)).into_response(),
        Some(None) => Problem::not_found("user data").into_response(),
        None => Problem::not_found("dossier").into_response(),
    }
}
