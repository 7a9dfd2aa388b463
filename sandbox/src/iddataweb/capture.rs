//! Document capture handed to the phone, as documented for desktop-to-mobile flows:
//! `GET /v1/doccapture/sendlink` texts a capture link, the phone takes the pictures on
//! `/capture/{code}`, `GET /v1/doccapture/results?asi=…` reports them (poll every few seconds),
//! and the integrator submits their URLs with the Government ID and Selfie Match step.

mod page;

pub(crate) use page::form;

use super::decision::Step;
use super::document::{image_format, DocumentKind};
use super::errors::ApiError;
use super::personas::fold;
use super::store::{now_utc, random_code, random_uuid, Capture, Captured, Sms};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use tokio::time::Instant;

/// `GET /v1/doccapture/sendlink?apikey=<document key>&asi=…[&dialCode&telephone]`. Without a
/// number the link goes to the phone given in the PII step, which keeps personal data out of
/// the URL.
pub(crate) async fn send_link(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let config = &sim.config;
    if query.get("apikey") != Some(&config.keys.document) {
        return Err(ApiError::bad_request("apikey must be the Government ID and Selfie Match key."));
    }
    let asi = query.get("asi").ok_or_else(|| ApiError::bad_request("asi is required."))?;
    let mut store = sim.store();
    let tx = store.transactions.get_mut(asi).ok_or_else(|| ApiError::unknown("transaction"))?;
    if tx.next != Some(Step::Document) {
        return Err(ApiError::conflict("This transaction is not waiting for documents."));
    }
    if tx.capture.as_ref().is_some_and(|c| c.captured.is_some()) {
        return Err(ApiError::conflict("The pictures were already taken; submit them with /slverify."));
    }
    let given = match (query.get("dialCode"), query.get("telephone")) {
        (Some(dial), Some(number)) => Some(format!("+{}{}", fold(dial), fold(number))),
        _ => None,
    };
    let to = given
        .or_else(|| tx.phone.clone())
        .ok_or_else(|| ApiError::bad_request("dialCode and telephone are required."))?;
    let code = random_code();
    let old = tx.capture.replace(Capture { code: code.clone(), sent_at: Instant::now(), captured: None });
    let asi = tx.asi.clone();
    if let Some(old) = old {
        store.captures.remove(&old.code);
    }
    store.captures.insert(code.clone(), asi.clone());
    let url = format!("{}/capture/{code}", config.public_base_url);
    let body = format!("Take pictures of your ID and a selfie: open {url} on this phone.");
    store.outbox.push(Sms { to, body, link: url, sent_at: now_utc() });
    Ok(Json(json!({ "responseCode": "200", "errorDescription": null, "asi": asi, "status": "success" })))
}

/// What the capture page sends.
#[derive(Deserialize)]
pub(crate) struct Upload {
    #[serde(rename = "documentType")]
    document_type: String,
    front: Option<String>,
    back: Option<String>,
    selfie: Option<String>,
}

fn refused(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "status": "refused", "message": message }))).into_response()
}

/// `POST /capture/{code}`: the pictures, checked to be JPEG or PNG, kept for the integrator.
pub(crate) async fn upload(State(sim): State<Sim>, Path(code): Path<String>, body: Bytes) -> Response {
    let asi = match page::open_capture(&sim, &code) {
        Ok(asi) => asi,
        Err(_) => return refused(StatusCode::GONE, "This link can no longer be used."),
    };
    let Ok(upload) = serde_json::from_slice::<Upload>(&body) else {
        return refused(StatusCode::BAD_REQUEST, "The pictures could not be read. Please try again.");
    };
    let Some(kind) = DocumentKind::parse(&upload.document_type) else {
        return refused(StatusCode::BAD_REQUEST, "Choose a passport, driver's license or ID card.");
    };
    // The document's pictures in the order its attribute lists them (front, back), then the selfie.
    let (_, keys) = kind.attribute();
    let sources = keys.iter().zip([&upload.front, &upload.back]).chain([(&"cameraSnapshot", &upload.selfie)]);
    let mut pictures = Vec::new();
    for (key, source) in sources {
        let bytes = source.as_deref().and_then(|data| STANDARD.decode(data.trim()).ok());
        let Some(bytes) = bytes.filter(|b| image_format(b).is_some()) else {
            return refused(
                StatusCode::BAD_REQUEST,
                "Each picture must be a JPEG or PNG photo. Please take them again.",
            );
        };
        pictures.push((*key, bytes));
    }
    let mut store = sim.store();
    let mut images = Vec::new();
    for (key, bytes) in pictures {
        let id = random_uuid();
        store.images.insert(id.clone(), (asi.clone(), bytes));
        images.push((key, id));
    }
    if let Some(capture) = store.transactions.get_mut(&asi).and_then(|tx| tx.capture.as_mut()) {
        capture.captured = Some(Captured { kind, images });
    }
    Json(json!({ "status": "received", "message": "Thank you, your pictures were received. You can close this page." }))
        .into_response()
}

/// `GET /v1/doccapture/results?asi=…`: pending until the phone sent the pictures, then their URLs.
pub(crate) async fn results(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let asi = query.get("asi").ok_or_else(|| ApiError::bad_request("asi is required."))?;
    let store = sim.store();
    let tx = store.transactions.get(asi).ok_or_else(|| ApiError::unknown("transaction"))?;
    let capture =
        tx.capture.as_ref().ok_or_else(|| ApiError::conflict("No capture link was sent for this transaction."))?;
    let Some(captured) = &capture.captured else {
        return Ok(Json(
            json!({ "responseCode": null, "errorDescription": "Status is not yet complete.", "asi": asi }),
        ));
    };
    let base = &sim.config.public_base_url;
    let urls: serde_json::Map<String, Value> = captured
        .images
        .iter()
        .map(|(key, id)| ((*key).to_owned(), Value::String(format!("{base}/v1/doccapture/images/{id}"))))
        .collect();
    Ok(Json(json!({
        "responseCode": "200",
        "errorDescription": null,
        "asi": asi,
        "status": "success",
        "documentType": captured.kind.name(),
        "documents": { "urls": urls },
    })))
}

/// `GET /v1/doccapture/images/{id}`: a captured picture.
pub(crate) async fn image(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let store = sim.store();
    let (_, bytes) = store.images.get(&id).ok_or_else(|| ApiError::unknown("image"))?;
    let content_type = if image_format(bytes) == Some("png") { "image/png" } else { "image/jpeg" };
    Ok(([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-store")], bytes.clone()).into_response())
}
