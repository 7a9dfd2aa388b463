//! The Document endpoints: a person's documents, one document, and its file.

use super::list;
use crate::solaris::errors::ApiError;
use crate::solaris::Sim;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;

/// `GET /v1/persons/{person_id}/documents`: every document of the person, oldest first.
pub(crate) async fn index(State(sim): State<Sim>, Path(person_id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    if !store.persons.contains_key(&person_id) {
        return Err(ApiError::model_not_found("person", &person_id));
    }
    Ok(Json(list(&store, |d| d.person_id == person_id)))
}

/// `GET /v1/documents/{id}`.
pub(crate) async fn show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let document = store.documents.get(&id).ok_or_else(|| ApiError::model_not_found("document", &id))?;
    Ok(Json(document.to_json()))
}

/// `GET /v1/documents/{id}/file`: the bytes, offered as a download under the document's name.
pub(crate) async fn file(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let (name, content_type, bytes) = {
        let store = sim.store();
        let document = store.documents.get(&id).ok_or_else(|| ApiError::model_not_found("document", &id))?;
        (document.name, document.content_type, document.bytes.clone())
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The names are fixed ASCII without quotes, so they need no escaping.
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    Ok(response)
}
