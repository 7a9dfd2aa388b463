//! The HTTP side of the address simulator: the API key check and the two JSON endpoints.

use super::error::ApiError;
use super::suggest::{suggest as suggestions, Suggestion, DEFAULT_LIMIT};
use super::verify::{verify as verdict, Miss, Official, Outcome, Typed};
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kyc_core::CountryCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

/// Middleware: the `X-Api-Key` header must hold the configured key.
pub(crate) async fn require_api_key(State(key): State<Arc<str>>, request: Request, next: Next) -> Response {
    if request.headers().get("x-api-key").and_then(|v| v.to_str().ok()) != Some(&*key) {
        return ApiError::invalid_api_key().into_response();
    }
    next.run(request).await
}

/// The body as `T`; a body that is not JSON or does not fit is `invalid_request`.
fn body<T: DeserializeOwned>(raw: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(raw).map_err(|e| ApiError::invalid_request(e.to_string()))
}

/// The country as an upper-case ISO code, or `invalid_request`.
fn country(raw: &str) -> Result<CountryCode, ApiError> {
    CountryCode::parse(raw).map_err(|e| ApiError::invalid_request(format!("country {e}")))
}

#[derive(Deserialize)]
struct SuggestRequest {
    country: String,
    query: String,
    limit: Option<usize>,
}

fn suggestion_json(s: &Suggestion) -> Value {
    let street = s.street;
    json!({
        "street": street.name,
        "postal_code": s.postal_code,
        "city": street.city,
        "country": street.country,
        "state": street.state,
    })
}

/// `POST /address/v1/suggest`.
pub(crate) async fn suggest(raw: Bytes) -> Result<Json<Value>, ApiError> {
    let request: SuggestRequest = body(&raw)?;
    let country = country(&request.country)?;
    let found = suggestions(country.as_str(), &request.query, request.limit.unwrap_or(DEFAULT_LIMIT));
    Ok(Json(json!({ "suggestions": found.iter().map(suggestion_json).collect::<Vec<_>>() })))
}

#[derive(Deserialize)]
struct VerifyRequest {
    street: String,
    house_number: String,
    postal_code: String,
    city: String,
    country: String,
    state: Option<String>,
}

fn address_json(a: &Official) -> Value {
    json!({
        "street": a.street,
        "house_number": a.house_number,
        "postal_code": a.postal_code,
        "city": a.city,
        "country": a.country,
        "state": a.state,
    })
}

fn reason(miss: Miss) -> &'static str {
    match miss {
        Miss::UnknownStreet => "unknown_street",
        Miss::PostalCodeMismatch => "postal_code_mismatch",
        Miss::CityMismatch => "city_mismatch",
        Miss::InvalidHouseNumber => "invalid_house_number",
        Miss::HouseNumberOutOfRange => "house_number_out_of_range",
    }
}

/// `POST /address/v1/verify`.
pub(crate) async fn verify(raw: Bytes) -> Result<Json<Value>, ApiError> {
    let r: VerifyRequest = body(&raw)?;
    let country = country(&r.country)?;
    let typed = Typed {
        street: &r.street,
        house_number: &r.house_number,
        postal_code: &r.postal_code,
        city: &r.city,
        country: country.as_str(),
        state: r.state.as_deref(),
    };
    let (name, address, reason) = match verdict(&typed) {
        Outcome::Confirmed(a) => ("confirmed", address_json(&a), None),
        Outcome::Corrected(a) => ("corrected", address_json(&a), None),
        Outcome::NotFound(miss) => ("not_found", Value::Null, Some(reason(miss))),
    };
    Ok(Json(json!({ "verdict": name, "address": address, "reason": reason })))
}
