//! `PATCH /v1/persons/{id}`: the guide's "Update person". Only the fields the guide lists may be
//! changed; "fields not mentioned in this list can only be updated via Customer Support". A
//! field that already holds a value is changed through Solaris's change request, which the
//! customer authorises with a verified mobile number: persons of this sandbox never verify one
//! (the mobile-number endpoints are not part of the video identification guide), so such a
//! change is refused as the reference's mock refuses it (`403`, "Unauthorized Change Request").
//! A field still `null` is set at once (`200` with the person).

use super::body::json_object;
use super::errors::{ApiError, FieldProblem, Kind};
use super::{validation, Sim};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{Map, Value};

/// The fields the guide lets `PATCH` change.
pub(crate) const UPDATABLE: &[&str] = &[
    "title",
    "salutation",
    "address",
    "contact_address",
    "employment_status",
    "job_title",
    "email",
    "tax_information",
    "fatca_relevant",
    "fatca_crs_confirmed_at",
    "business_purpose",
    "industry",
    "industry_key",
    "own_economic_interest_signed_at",
    "aml_confirmed_on",
    "expected_monthly_revenue_cents",
    "vat_number",
    "website_social_media",
    "business_trading_name",
    "nace_code",
    "business_address_line_1",
    "business_address_line_2",
    "business_postal_code",
    "business_city",
    "business_country",
    "annual_income_range",
    "data_terms_signed_at",
    "branch",
    "birth_province",
    "birth_post_code",
    "socioprofessional_category",
    "purpose_of_account_opening",
    "main_income_source",
    "work_country",
    "work_province",
    "self_declared_as_pep",
    "international_operativity_expectation",
    "registration_number",
];

const UNAUTHORIZED_CHANGE: Kind = Kind(StatusCode::FORBIDDEN, "unauthorized_action", "Unauthorized Action");

/// Whether a stored value counts as unset: `null`, or a nested object of `null`s.
fn unset(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::Object(o)) => o.values().all(Value::is_null),
        Some(_) => false,
    }
}

/// The value after the update: nested objects take the given keys over the stored ones.
fn merged(stored: Option<&Value>, given: &Value) -> Value {
    match (stored.and_then(Value::as_object), given.as_object()) {
        (Some(stored), Some(given)) => {
            let mut out = stored.clone();
            for (k, v) in given {
                if out.contains_key(k) {
                    out.insert(k.clone(), v.clone());
                }
            }
            Value::Object(out)
        }
        _ => given.clone(),
    }
}

/// The guide allows `aml_confirmed_on` "only with today or tomorrow's date".
fn aml_confirmed_on(request: &Map<String, Value>) -> Option<FieldProblem> {
    let given = request.get("aml_confirmed_on").filter(|v| !v.is_null())?;
    let today = super::clock::today();
    let tomorrow = kyc_core::CalendarDate::from_days_since_epoch(today.days_since_epoch() + 1);
    let ok = given
        .as_str()
        .and_then(|raw| kyc_core::CalendarDate::parse(raw).ok())
        .is_some_and(|date| date == today || date == tomorrow);
    (!ok).then(|| FieldProblem::new("aml_confirmed_on", "must be today's or tomorrow's date"))
}

/// `PATCH /v1/persons/{id}`.
pub(crate) async fn update(
    State(sim): State<Sim>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let request = json_object(&body)?;
    let fixed: Vec<FieldProblem> = request
        .keys()
        .filter(|k| !UPDATABLE.contains(&k.as_str()))
        .map(|k| FieldProblem::new(k, "can only be updated via Customer Support"))
        .collect();
    if !fixed.is_empty() {
        return Err(ApiError::invalid_model(fixed));
    }
    if let Some(problem) = aml_confirmed_on(&request) {
        return Err(ApiError::invalid_model(vec![problem]));
    }
    let allowed = sim.config.allowed_residence_countries.as_deref();
    let request = validation::update(request, allowed).map_err(ApiError::invalid_model)?;
    let mut store = sim.store();
    let person = store.persons.get_mut(&id).ok_or_else(|| ApiError::model_not_found("person", &id))?;
    let mut changes = Map::new();
    for (key, given) in &request {
        let stored = person.data.get(key);
        let after = merged(stored, given);
        if stored == Some(&after) {
            continue;
        }
        if !unset(stored) {
            return Err(ApiError::new(
                UNAUTHORIZED_CHANGE,
                format!("Unauthorized Change Request: changing {key} needs the customer's authorization with a verified mobile number."),
            ));
        }
        changes.insert(key.clone(), after);
    }
    person.data.extend(changes);
    Ok(Json(Value::Object(person.data.clone())))
}
