//! OAuth 2 client credentials: `POST /oauth2/token` issues bearer tokens, and every `/v1` route
//! refuses requests without a live one.

use super::errors::{ApiError, INVALID_CLIENT, INVALID_TOKEN, TOKEN_REQUIRED, UNSUPPORTED_GRANT_TYPE};
use super::Sim;
use crate::oauth::{self, BearerRefusal};
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;

/// Lifetime of an access token, as Solaris reports it in `expires_in`.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(3599);

/// `POST /oauth2/token`, with the credentials as HTTP Basic or in the form body.
pub(crate) async fn token(
    State(sim): State<Sim>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let form = oauth::form_or_empty(form);
    let config = &sim.config;
    if oauth::client_credentials(&headers, &form) != Some((config.client_id.clone(), config.client_secret.clone())) {
        let error = ApiError::new(INVALID_CLIENT, "The client credentials are missing or wrong.");
        return error.with_challenge("Basic realm=\"solaris-sandbox\"").into_response();
    }
    if !oauth::is_client_credentials(form.get("grant_type")) {
        return ApiError::new(UNSUPPORTED_GRANT_TYPE, "Only grant_type=client_credentials is supported.")
            .into_response();
    }
    let access_token = oauth::issue(&mut sim.store().tokens, TOKEN_LIFETIME);
    oauth::token_response(json!({
        "access_token": access_token,
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "scope": "partners",
        "token_type": "bearer",
    }))
}

/// Middleware for `/v1`: a missing token and an unknown or expired one are told apart, as
/// Solaris does with `token_required` and `invalid_token`.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    // Checked in a statement of its own, so the store's lock is released before the route runs.
    let checked = oauth::check_bearer(request.headers(), &sim.store().tokens);
    let error = match checked {
        Ok(()) => return next.run(request).await,
        Err(BearerRefusal::Missing) => {
            ApiError::new(TOKEN_REQUIRED, "Send an access token as 'Authorization: Bearer <token>'.")
                .with_challenge("Bearer")
        }
        Err(BearerRefusal::Dead) => {
            ApiError::new(INVALID_TOKEN, "The access token is unknown or has expired; request a new one.")
                .with_challenge("Bearer error=\"invalid_token\"")
        }
    };
    error.into_response()
}
