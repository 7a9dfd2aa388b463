//! `POST /v1/token`: client credentials as ID Dataweb documents them (`grant_type` in the query,
//! `Basic apiKey:sharedSecret`, no body); every other API route wants the bearer token.

use super::errors::ApiError;
use super::Sim;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rand::Rng;
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

/// Lifetime of an access token.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(600);

/// `apiKey:sharedSecret` from `Authorization: Basic …`.
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (key, secret) = decoded.split_once(':')?;
    Some((key.to_owned(), secret.to_owned()))
}

/// `POST /v1/token?grant_type=client_credentials`.
pub(crate) async fn token(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let expected = (sim.config.keys.session_risk.clone(), sim.config.shared_secret.clone());
    if basic_credentials(&headers) != Some(expected) {
        return Err(ApiError::invalid_client());
    }
    if query.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return Err(ApiError::bad_request("Only grant_type=client_credentials is supported."));
    }
    let access_token = URL_SAFE_NO_PAD.encode(rand::thread_rng().gen::<[u8; 32]>());
    let now = Instant::now();
    let mut store = sim.store();
    store.tokens.retain(|_, expires| *expires > now);
    store.tokens.insert(access_token.clone(), now + TOKEN_LIFETIME);
    let body = json!({
        "errorCode": "",
        "errorDescription": "",
        "access_token": access_token,
        // A string, as the real API sends it.
        "expires_in": TOKEN_LIFETIME.as_secs().to_string(),
        "token_type": "Bearer",
    });
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response())
}

/// Middleware for the API routes: a live bearer token or 401.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    let value = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = match value.and_then(|v| v.split_once(' ')) {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
        _ => return ApiError::invalid_token().into_response(),
    };
    let live = sim.store().tokens.get(token).is_some_and(|expires| *expires > Instant::now());
    if !live {
        return ApiError::invalid_token().into_response();
    }
    next.run(request).await
}
