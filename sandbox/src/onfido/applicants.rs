//! `POST /v3.6/applicants`, `GET /v3.6/applicants` and `GET /v3.6/applicants/{id}`.

mod list;

pub(crate) use list::applicant_list;

use super::errors::{ApiError, Problems};
use super::store::{new_id, now_utc, today, Address, Applicant};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use kyc_core::CalendarDate;
use kyc_identity_enhanced::Ssn;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Characters Onfido refuses in names.
const FORBIDDEN_NAME_CHARS: &[char] = &['!', '#', '$', '%', '*', '=', '<', '>', ';', '{', '}', '"'];

/// The documented `id_numbers[].type` values.
const ID_NUMBER_TYPES: &[&str] = &[
    "ssn",
    "social_insurance",
    "tax_id",
    "identity_card",
    "driving_license",
    "driving_licence",
    "share_code",
    "voter_id",
    "passport",
    "other",
];

#[derive(Deserialize)]
struct ApplicantRequest {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    dob: Option<String>,
    phone_number: Option<String>,
    address: Option<Address>,
    #[serde(default)]
    id_numbers: Vec<IdNumber>,
    location: Option<Value>,
}

#[derive(Deserialize, Serialize)]
struct IdNumber {
    #[serde(rename = "type")]
    kind: Option<String>,
    value: Option<String>,
    state_code: Option<String>,
}

fn name(raw: Option<&str>, field: &str, problems: &mut Problems) -> String {
    let value = raw.map(str::trim).unwrap_or_default();
    if value.is_empty() {
        problems.add(field, "can't be blank");
    } else if value.contains(FORBIDDEN_NAME_CHARS) {
        problems.add(field, "contains invalid characters");
    }
    value.to_owned()
}

fn address(address: &Address, problems: &mut Problems) {
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&address.postcode) {
        problems.add("address.postcode", "can't be blank");
    }
    match address.country.as_deref() {
        Some(c) if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) => {}
        Some(_) => problems.add("address.country", "must be an ISO 3166-1 alpha-3 code"),
        None => problems.add("address.country", "can't be blank"),
    }
    if blank(&address.street) && blank(&address.line1) {
        problems.add("address.street", "can't be blank");
    }
}

/// The SSN among the id numbers, checking every entry's type and value on the way.
fn ssn(numbers: &[IdNumber], problems: &mut Problems) -> Option<Ssn> {
    let mut found = None;
    for number in numbers {
        let value = number.value.as_deref().unwrap_or_default();
        match number.kind.as_deref() {
            Some(kind) if !ID_NUMBER_TYPES.contains(&kind) => {
                problems.add("id_numbers", format!("unknown type '{kind}'"))
            }
            None => problems.add("id_numbers", "type can't be blank"),
            _ if value.trim().is_empty() => problems.add("id_numbers", "value can't be blank"),
            Some("ssn") => match Ssn::parse(value) {
                Ok(ssn) => found = found.or(Some(ssn)),
                Err(e) => problems.add("id_numbers", format!("ssn {e}")),
            },
            Some(_) => {}
        }
    }
    found
}

/// `POST /v3.6/applicants`.
pub(crate) async fn applicant_create(
    State(sim): State<Sim>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let request: ApplicantRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("The request body could not be read: {e}")))?;
    let mut problems = Problems::default();
    let first_name = name(request.first_name.as_deref(), "first_name", &mut problems);
    let last_name = name(request.last_name.as_deref(), "last_name", &mut problems);
    let created_at = now_utc();
    let dob = request.dob.as_deref().and_then(|raw| match CalendarDate::parse(raw) {
        Ok(date) if date > today() => {
            problems.add("dob", "must be in the past");
            None
        }
        Ok(date) => Some(date),
        Err(_) => {
            problems.add("dob", "must be a date (YYYY-MM-DD)");
            None
        }
    });
    if let Some(a) = &request.address {
        address(a, &mut problems);
    }
    if request.email.as_deref().is_some_and(|e| !e.contains('@')) {
        problems.add("email", "is not a valid email address");
    }
    let ssn = ssn(&request.id_numbers, &mut problems);
    problems.into_result()?;
    let id = new_id();
    let json = json!({
        "id": id,
        "created_at": created_at,
        "delete_at": null,
        "href": format!("/v3.6/applicants/{id}"),
        "sandbox": true,
        "first_name": first_name,
        "last_name": last_name,
        "email": request.email,
        "dob": dob.map(|d| d.to_string()),
        "phone_number": request.phone_number,
        "address": request.address,
        "id_numbers": request.id_numbers,
        "location": request.location,
    });
    let mut store = sim.store();
    let seq = store.next_seq();
    let applicant = Applicant { seq, first_name, last_name, dob, address: request.address, ssn, json: json.clone() };
    store.applicants.insert(id, applicant);
    Ok((StatusCode::CREATED, Json(json)))
}

/// `DELETE /v3.6/applicants/{id}`: `204`; the applicant is scheduled for deletion (its
/// `delete_at` set) and listed only with `include_deleted=true`. An unknown id is `404`.
pub(crate) async fn applicant_delete(State(sim): State<Sim>, Path(id): Path<String>) -> Result<StatusCode, ApiError> {
    let delete_at = now_utc();
    let mut store = sim.store();
    let applicant = store.applicants.get_mut(&id).ok_or_else(|| ApiError::not_found("applicant", &id))?;
    if applicant.json["delete_at"].is_null() {
        applicant.json["delete_at"] = json!(delete_at);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /v3.6/applicants/{id}`.
pub(crate) async fn applicant_show(State(sim): State<Sim>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let applicant = store.applicants.get(&id).ok_or_else(|| ApiError::not_found("applicant", &id))?;
    Ok(Json(applicant.json.clone()))
}
