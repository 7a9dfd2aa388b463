//! The prospect's API: creation under the partner's `appUserId`, reading and updating it, and
//! the declarative, FATCA/EAI and terms steps. Each step is accepted whatever was done before.

use super::callbacks;
use super::errors::{json_body, ApiError};
use super::profile::{Profile, ProfileBody};
use super::prospect::Prospect;
use super::random::{random_code, random_hex};
use super::rules::{check_fatca, judge_fatca, FatcaAnswers};
use super::store::{now_ms, now_utc};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// Fields a new prospect must have.
const REQUIRED_AT_CREATION: [&str; 6] =
    ["firstName", "lastName", "birthDate", "nationality", "email", "address.country"];

/// Fields the declarative step must carry.
const REQUIRED_DECLARATIVE: [&str; 6] =
    ["phoneNumber", "email", "address.street", "address.zipCode", "address.city", "address.country"];

/// Partner ids: 1 to 50 letters, digits, `-` and `_` (they appear in URLs).
fn check_app_user_id(id: &str) -> Result<(), ApiError> {
    let ok = (1..=50).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_app_user_id",
            "appUserId must be 1-50 letters, digits, - or _.",
        ))
    }
}

fn locked(fields: Vec<&'static str>) -> ApiError {
    let message = format!("The KYC is validated: identification data cannot change ({}).", fields.join(", "));
    ApiError::new(StatusCode::FORBIDDEN, "identification_locked", message)
}

/// `POST /api/v1.1/users/{appUserId}`: the prospect, its security wallet (callback 35) and its
/// first status (callback 34).
pub(crate) async fn user_create(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_app_user_id(&app_user_id)?;
    let ProfileBody { profile } = json_body(&body)?;
    let problems = profile.check(&REQUIRED_AT_CREATION);
    if !problems.is_empty() {
        return Err(ApiError::invalid_fields(problems));
    }
    let (answer, events) = {
        let mut store = sim.store();
        if store.prospects.contains_key(&app_user_id) {
            let message = "A user with this appUserId already exists.";
            return Err(ApiError::new(StatusCode::CONFLICT, "user_exists", message));
        }
        let mut prospect = Prospect::new(app_user_id.clone(), random_code(12).to_ascii_uppercase(), now_ms(), profile);
        prospect.activation_code = random_hex(16, false);
        let events = callbacks::for_changes(&prospect, None);
        let answer = prospect.to_json();
        store.prospects.insert(app_user_id.clone(), prospect);
        (answer, events)
    };
    sim.deliveries.send(&app_user_id, events);
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

/// `GET /api/v1.1/users/{appUserId}`.
pub(crate) async fn user_show(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let prospect = store.prospects.get(&app_user_id).ok_or_else(ApiError::user_not_found)?;
    Ok(Json(prospect.to_json()))
}

/// Checks `profile` and applies it to the prospect, refusing identification changes once the
/// KYC is validated.
fn apply_profile(
    sim: &Sim,
    app_user_id: &str,
    profile: Profile,
    required: &[&str],
    declarative: bool,
) -> Result<Value, ApiError> {
    let problems = profile.check(required);
    if !problems.is_empty() {
        return Err(ApiError::invalid_fields(problems));
    }
    sim.change(app_user_id, |prospect| {
        let locked_now = prospect.kyc_validated();
        prospect.profile.apply(profile, locked_now).map_err(locked)?;
        if declarative {
            prospect.declarative_at = Some(now_utc());
        }
        Ok(prospect.to_json())
    })
    .ok_or_else(ApiError::user_not_found)?
}

/// `PUT /api/v1.1/users/{appUserId}`: changes the fields sent.
pub(crate) async fn user_update(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let ProfileBody { profile } = json_body(&body)?;
    apply_profile(&sim, &app_user_id, profile, &[], false).map(Json)
}

/// `POST /api/v2.0/users/{appUserId}/declarative`: the data the user declares (contact and
/// residence, and identity data that must agree with a validated KYC).
pub(crate) async fn declarative_create(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let ProfileBody { profile } = json_body(&body)?;
    apply_profile(&sim, &app_user_id, profile, &REQUIRED_DECLARATIVE, true).map(Json)
}

/// `PATCH /api/v2.1/user/{appUserId}/fatcaEai`: checks the answers, judges them at once and
/// answers with the result (the strong authentication it would trigger is not simulated).
pub(crate) async fn fatca_update(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let answers: FatcaAnswers = json_body(&body)?;
    let problems = check_fatca(&answers);
    if !problems.is_empty() {
        return Err(ApiError::invalid_fields(problems));
    }
    let result = sim
        .change(&app_user_id, |prospect| {
            let residence = prospect.profile.residence_country();
            let result = judge_fatca(&answers, residence.as_deref(), prospect.profile.birth_country.as_deref());
            prospect.fatca = Some(result.clone());
            result
        })
        .ok_or_else(ApiError::user_not_found)?;
    Ok(Json(json!({
        "appUserId": app_user_id,
        "fatcaEaiStatus": if result.ok() { "OK" } else { "NOK" },
        "vraisemblanceStatus": if result.vraisemblance_ok { "OK" } else { "NOK" },
        "expectedDocuments": result.expected_documents,
    })))
}

/// The optional body of the terms step.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct CguBody {
    accepted_at: Option<String>,
}

/// `POST /api/v2.0/users/{appUserId}/cgu`: logs when the user accepted the terms (now, unless
/// the partner says when).
pub(crate) async fn cgu_create(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let CguBody { accepted_at } = if body.is_empty() { CguBody::default() } else { json_body(&body)? };
    let accepted_at = match accepted_at {
        Some(raw) => kyc_core::UtcTimestamp::parse(&raw)
            .map_err(|e| ApiError::invalid_fields(vec![super::errors::FieldProblem::new("acceptedAt", e.to_string())]))?
            .to_string(),
        None => now_utc(),
    };
    let answer = sim
        .change(&app_user_id, |prospect| {
            prospect.cgu_accepted_at = Some(accepted_at.clone());
            json!({ "appUserId": prospect.app_user_id, "acceptedAt": accepted_at })
        })
        .ok_or_else(ApiError::user_not_found)?;
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

/// `GET /api/v3.0/users/{appUserId}/kyc/demand`: KYC status and diligences.
pub(crate) async fn kyc_show(State(sim): State<Sim>, Path(app_user_id): Path<String>) -> Result<Json<Value>, ApiError> {
    let store = sim.store();
    let prospect = store.prospects.get(&app_user_id).ok_or_else(ApiError::user_not_found)?;
    Ok(Json(prospect.kyc_json()))
}
