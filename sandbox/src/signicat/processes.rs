//! Processes: create, show, delete; eIDV image upload and the verification request.

use super::eidv;
use super::images::Image;
use super::problem::Problem;
use super::store::{now_utc, Kind, NotificationTarget, Process, Scheme, Status};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CreateRequest {
    provider: String,
    process_type: String,
    redirect_url: Option<String>,
    notification_url: Option<String>,
    authorization_header: Option<String>,
}

fn is_web_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// `POST /assure/dossiers/{dossierId}/processes`. Offered: provider `eid` with process type
/// `idin` (iDIN) or `nbid` (Norwegian BankID), which needs `redirectUrl` (the answer's
/// `redirectUrl` is the bank login page to send the user to), and provider `pictureid` with
/// process type `documentSelfie`.
pub(crate) async fn process_create(State(sim): State<Sim>, Path(dossier_id): Path<String>, body: Bytes) -> Response {
    let request: CreateRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return Problem::bad_request("Invalid process.", e.to_string()).into_response(),
    };
    let kind = match (request.provider.as_str(), request.process_type.as_str()) {
        ("eid", scheme) => Scheme::from_process_type(scheme).map(Kind::Eid),
        ("pictureid", "documentSelfie") => Some(Kind::DocumentSelfie),
        _ => None,
    };
    let Some(kind) = kind else {
        let detail = "This sandbox offers eid/idin, eid/nbid and pictureid/documentSelfie.";
        return Problem::bad_request("Unsupported provider or process type.", detail).into_response();
    };
    let return_url = request.redirect_url.filter(|url| is_web_url(url));
    if matches!(kind, Kind::Eid(_)) && return_url.is_none() {
        let detail = "An eID process needs an absolute http(s) redirectUrl.";
        return Problem::bad_request("Invalid process.", detail).into_response();
    }
    let notification_url = request.notification_url.or_else(|| sim.config.notification_url.clone());
    if notification_url.as_deref().is_some_and(|url| !is_web_url(url)) {
        return Problem::bad_request("Invalid process.", "notificationUrl must be an absolute http(s) URL.")
            .into_response();
    }
    let notification =
        notification_url.map(|url| NotificationTarget { url, authorization: request.authorization_header });
    let mut process = Process::new(kind, return_url, notification);
    if let Kind::Eid(scheme) = kind {
        process.login_url = Some(format!("{}/{}/{}", sim.config.public_url, scheme.process_type(), process.id));
    }
    let mut store = sim.store();
    let Some(dossier) = store.dossiers.get_mut(&dossier_id) else {
        return Problem::not_found("dossier").into_response();
    };
    let body = process.to_json();
    dossier.processes.push(process);
    (StatusCode::CREATED, Json(body)).into_response()
}

/// `GET /assure/dossiers/{dossierId}/processes/{processId}`.
pub(crate) async fn process_show(
    State(sim): State<Sim>,
    Path((dossier_id, process_id)): Path<(String, String)>,
) -> Response {
    let store = sim.store();
    let Some(dossier) = store.dossiers.get(&dossier_id) else {
        return Problem::not_found("dossier").into_response();
    };
    match dossier.process(&process_id) {
        Some(process) => Json(process.to_json()).into_response(),
        None => Problem::not_found("process").into_response(),
    }
}

/// `DELETE /assure/dossiers/{dossierId}/processes/{processId}`.
pub(crate) async fn process_delete(
    State(sim): State<Sim>,
    Path((dossier_id, process_id)): Path<(String, String)>,
) -> Response {
    let mut store = sim.store();
    let Some(dossier) = store.dossiers.get_mut(&dossier_id) else {
        return Problem::not_found("dossier").into_response();
    };
    let before = dossier.processes.len();
    dossier.processes.retain(|p| p.id != process_id);
    if dossier.processes.len() == before {
        return Problem::not_found("process").into_response();
    }
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImagesRequest {
    front: Option<String>,
    back: Option<String>,
    selfie: Option<String>,
}

/// `POST …/processes/{processId}/images` with `front`, `back` and `selfie` as data URLs, all at
/// once or one at a time; a new upload replaces the earlier picture. (The simulator's path for
/// the documented direct upload.)
pub(crate) async fn images_upload(
    State(sim): State<Sim>,
    Path((dossier_id, process_id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let request: ImagesRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return Problem::bad_request("Invalid images.", e.to_string()).into_response(),
    };
    let mut parsed = Vec::new();
    for (name, raw) in [("front", request.front), ("back", request.back), ("selfie", request.selfie)] {
        let Some(raw) = raw else { continue };
        match Image::from_data_url(&raw) {
            Ok(image) => parsed.push((name, image)),
            Err(why) => return Problem::bad_request("Invalid image.", format!("{name} {why}.")).into_response(),
        }
    }
    if parsed.is_empty() {
        return Problem::bad_request("Invalid images.", "Send at least one of front, back and selfie.").into_response();
    }
    let mut store = sim.store();
    let Some(dossier) = store.dossiers.get_mut(&dossier_id) else {
        return Problem::not_found("dossier").into_response();
    };
    let Some(process) = dossier.process_mut(&process_id) else {
        return Problem::not_found("process").into_response();
    };
    if process.kind != Kind::DocumentSelfie || process.status != Status::Pending {
        let detail = "Images go to a pending document process, before its verification is requested.";
        return Problem::conflict("Images not accepted.", detail).into_response();
    }
    for (name, image) in parsed {
        let slot = match name {
            "front" => &mut process.images.front,
            "back" => &mut process.images.back,
            _ => &mut process.images.selfie,
        };
        *slot = Some(image);
    }
    process.updated_at = now_utc();
    StatusCode::NO_CONTENT.into_response()
}

/// `POST …/processes/{processId}/verify`: hands the uploaded images to the provider. The
/// process is `processing` until the decision, then final (and notified). The path is the
/// simulator's for the documented "request verification" step.
pub(crate) async fn verification_request(
    State(sim): State<Sim>,
    Path((dossier_id, process_id)): Path<(String, String)>,
) -> Response {
    let body = {
        let mut store = sim.store();
        let Some(dossier) = store.dossiers.get_mut(&dossier_id) else {
            return Problem::not_found("dossier").into_response();
        };
        let Some(process) = dossier.process_mut(&process_id) else {
            return Problem::not_found("process").into_response();
        };
        if process.kind != Kind::DocumentSelfie || process.status != Status::Pending {
            let detail = "Only a pending document process can be verified, and only once.";
            return Problem::conflict("Verification not possible.", detail).into_response();
        }
        if process.images.front.is_none() || process.images.selfie.is_none() {
            let detail = "Upload at least the front of the document and a selfie first.";
            return Problem::conflict("Images missing.", detail).into_response();
        }
        process.set_status(Status::Processing);
        process.to_json()
    };
    eidv::finish_later(sim, dossier_id, process_id);
    (StatusCode::ACCEPTED, Json(body)).into_response()
}
