//! `POST /v1/token`: client credentials as ID Dataweb documents them (`grant_type` in the query,
//! `Basic apiKey:sharedSecret`, no body); every other API route wants the bearer token.

use super::errors::ApiError;
use super::Sim;
use crate::oauth;
use axum::extract::{Query, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;

/// Lifetime of an access token.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(600);

/// `POST /v1/token?grant_type=client_credentials`.
pub(crate) async fn token(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let expected = (sim.config.keys.session_risk.clone(), sim.config.shared_secret.clone());
    if oauth::basic_credentials(&headers) != Some(expected) {
        return Err(ApiError::invalid_client());
    }
    if !oauth::is_client_credentials(query.get("grant_type")) {
        return Err(ApiError::bad_request("Only grant_type=client_credentials is supported."));
    }
    let access_token = oauth::issue(&mut sim.store().tokens, TOKEN_LIFETIME);
    Ok(oauth::token_response(json!({
        "errorCode": "",
        "errorDescription": "",
        "access_token": access_token,
        // A string, as the real API sends it.
        "expires_in": TOKEN_LIFETIME.as_secs().to_string(),
        "token_type": "Bearer",
    })))
}

/// Middleware for the API routes: a live bearer token or 401.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    // ID Dataweb answers a missing and a dead token alike.
    if oauth::check_bearer(request.headers(), &sim.store().tokens).is_err() {
        return ApiError::invalid_token().into_response();
    }
    next.run(request).await
}
