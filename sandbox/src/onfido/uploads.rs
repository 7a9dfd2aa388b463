//! `POST /v3.6/documents` and `POST /v3.6/live_photos` (multipart uploads), and `GET` of each.

use super::errors::{ApiError, Problems};
use super::multipart::{self, FilePart};
use super::store::{new_id, now_utc, Upload};
use super::Sim;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

/// Largest file accepted, as Onfido documents it for uploads.
pub(crate) const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Document `type` values the simulator accepts.
const DOCUMENT_TYPES: &[&str] = &[
    "passport",
    "driving_licence",
    "national_identity_card",
    "residence_permit",
    "visa",
    "work_permit",
    "voter_id",
    "tax_id",
    "national_health_insurance_card",
    "unknown",
];

/// The file's type from its first bytes (never from its name): `jpg`, `png` or `pdf`.
fn file_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("pdf")
    } else {
        None
    }
}

/// Checks the file part; returns its type.
fn check_file(file: Option<&FilePart>, allow_pdf: bool, problems: &mut Problems) -> Option<&'static str> {
    let Some(file) = file else {
        problems.add("file", "can't be blank");
        return None;
    };
    if file.bytes.is_empty() {
        problems.add("file", "is empty");
        return None;
    }
    if file.bytes.len() > MAX_FILE_BYTES {
        problems.add("file", "is larger than 10 MB");
        return None;
    }
    match file_type(&file.bytes) {
        Some("pdf") if !allow_pdf => problems.add("file", "must be a JPEG or PNG image"),
        Some(kind) => return Some(kind),
        None => problems.add("file", "must be a JPEG, PNG or PDF file"),
    }
    None
}

/// The applicant id field, which must name an existing applicant.
fn applicant_id(sim: &Sim, form: &multipart::Form, problems: &mut Problems) -> String {
    let id = form.text("applicant_id").unwrap_or_default().to_owned();
    if id.is_empty() {
        problems.add("applicant_id", "can't be blank");
    } else if !sim.store().applicants.contains_key(&id) {
        problems.add("applicant_id", "does not belong to an applicant");
    }
    id
}

/// `POST /v3.6/documents`.
pub(crate) async fn document_upload(
    State(sim): State<Sim>,
    body: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let form = multipart::read(body).await?;
    let mut problems = Problems::default();
    let applicant_id = applicant_id(&sim, &form, &mut problems);
    let kind = form.text("type");
    match kind {
        None => problems.add("type", "can't be blank"),
        Some(k) if !DOCUMENT_TYPES.contains(&k) => problems.add("type", format!("'{k}' is not a document type")),
        Some(_) => {}
    }
    let side = form.text("side");
    if side.is_some_and(|s| s != "front" && s != "back") {
        problems.add("side", "must be front or back");
    }
    let country = form.text("issuing_country");
    if country.is_some_and(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase())) {
        problems.add("issuing_country", "must be an ISO 3166-1 alpha-3 code");
    }
    let file_type = check_file(form.file.as_ref(), true, &mut problems);
    problems.into_result()?;
    let file = form.file.as_ref().expect("checked above");
    let id = new_id();
    let json = json!({
        "id": id,
        "created_at": now_utc(),
        "href": format!("/v3.6/documents/{id}"),
        "download_href": format!("/v3.6/documents/{id}/download"),
        "file_name": file.file_name.clone().unwrap_or_else(|| format!("document.{}", file_type.unwrap_or("bin"))),
        "file_type": file_type,
        "file_size": file.bytes.len(),
        "type": kind,
        "side": side,
        "issuing_country": country,
        "applicant_id": applicant_id,
    });
    let mut store = sim.store();
    let seq = store.next_seq();
    let upload = Upload { id: id.clone(), applicant_id, seq, side: side.map(str::to_owned), json: json.clone() };
    store.documents.insert(id, upload);
    Ok((StatusCode::CREATED, Json(json)))
}

/// `POST /v3.6/live_photos`: a selfie, JPEG or PNG.
pub(crate) async fn live_photo_upload(
    State(sim): State<Sim>,
    body: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let form = multipart::read(body).await?;
    let mut problems = Problems::default();
    let applicant_id = applicant_id(&sim, &form, &mut problems);
    let file_type = check_file(form.file.as_ref(), false, &mut problems);
    problems.into_result()?;
    let file = form.file.as_ref().expect("checked above");
    let id = new_id();
    let json = json!({
        "id": id,
        "created_at": now_utc(),
        "href": format!("/v3.6/live_photos/{id}"),
        "download_href": format!("/v3.6/live_photos/{id}/download"),
        "file_name": file.file_name.clone().unwrap_or_else(|| format!("selfie.{}", file_type.unwrap_or("bin"))),
        "file_type": file_type,
        "file_size": file.bytes.len(),
    });
    let mut store = sim.store();
    let seq = store.next_seq();
    store.live_photos.insert(id.clone(), Upload { id, applicant_id, seq, side: None, json: json.clone() });
    Ok((StatusCode::CREATED, Json(json)))
}

/// `GET /v3.6/documents/{id}`.
pub(crate) async fn document_show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let document = store.documents.get(&id).ok_or_else(|| ApiError::not_found("document", &id))?;
    Ok(Json(document.json.clone()))
}

/// `GET /v3.6/live_photos/{id}`.
pub(crate) async fn live_photo_show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let photo = store.live_photos.get(&id).ok_or_else(|| ApiError::not_found("live photo", &id))?;
    Ok(Json(photo.json.clone()))
}

#[cfg(test)]
mod tests {
    use super::file_type;

    #[test]
    fn the_file_type_comes_from_the_content() {
        assert_eq!(file_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("jpg"));
        assert_eq!(file_type(b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(file_type(b"%PDF-1.7"), Some("pdf"));
        assert_eq!(file_type(b"GIF89a"), None);
    }
}
