//! OAuth 2 client credentials at `POST /connect/token` (the scheme Xpollens's API description
//! names), and the bearer check in front of every `/api` route.

use super::errors::ApiError;
use super::Sim;
use crate::oauth::{self, BearerRefusal};
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;

/// Lifetime of an access token.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// `POST /connect/token`: credentials in the form body or as HTTP Basic.
pub(crate) async fn token(
    State(sim): State<Sim>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let form = oauth::form_or_empty(form);
    let expected = (sim.config.client_id.clone(), sim.config.client_secret.clone());
    if oauth::client_credentials(&headers, &form) != Some(expected) {
        let message = "The client credentials are missing or wrong.";
        return ApiError::unauthorized("invalid_client", message, "Basic realm=\"xpollens-sandbox\"").into_response();
    }
    if !oauth::is_client_credentials(form.get("grant_type")) {
        let message = "Only grant_type=client_credentials is supported.";
        return ApiError::new(StatusCode::BAD_REQUEST, "unsupported_grant_type", message).into_response();
    }
    let access_token = oauth::issue(&mut sim.store().tokens, TOKEN_LIFETIME);
    let scope = form.get("scope").cloned().unwrap_or_else(|| "partner".to_owned());
    oauth::token_response(json!({
        "access_token": access_token,
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "token_type": "Bearer",
        "scope": scope,
    }))
}

/// Middleware for `/api`: a live bearer token or 401.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    // Checked in a statement of its own, so the store's lock is released before the route runs.
    let checked = oauth::check_bearer(request.headers(), &sim.store().tokens);
    let error = match checked {
        Ok(()) => return next.run(request).await,
        Err(BearerRefusal::Missing) => {
            let message = "Send an access token as 'Authorization: Bearer <token>'.";
            ApiError::unauthorized("token_required", message, "Bearer")
        }
        Err(BearerRefusal::Dead) => {
            let message = "The access token is unknown or has expired; request a new one.";
            ApiError::unauthorized("invalid_token", message, "Bearer error=\"invalid_token\"")
        }
    };
    error.into_response()
}
