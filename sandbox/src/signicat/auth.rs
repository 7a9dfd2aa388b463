//! OAuth 2 client credentials as Signicat documents them: `POST /auth/open/connect/token` with
//! `client_secret_basic` and `scope=signicat-api`; every `/assure` route wants a live token.

use super::problem::Problem;
use super::Sim;
use crate::oauth::{self, BearerRefusal};
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;

/// Lifetime of an access token (Signicat's are valid for about ten minutes).
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(600);
/// The one scope of Signicat's API products.
pub(crate) const SCOPE: &str = "signicat-api";

/// An OAuth error answer (RFC 6749 section 5.2), which the token endpoint uses instead of problems.
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let body = json!({ "error": error, "error_description": description });
    let mut response = (status, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Basic"));
    }
    response
}

/// `POST /auth/open/connect/token`.
pub(crate) async fn token_create(
    State(sim): State<Sim>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let form = oauth::form_or_empty(form);
    let expected = (sim.config.client_id.clone(), sim.config.client_secret.clone());
    if oauth::basic_credentials(&headers) != Some(expected) {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication failed.");
    }
    if !oauth::is_client_credentials(form.get("grant_type")) {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Use grant_type=client_credentials.");
    }
    if form.get("scope").is_some_and(|scope| scope.split(' ').any(|s| s != SCOPE)) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_scope", "The only scope is signicat-api.");
    }
    let access_token = oauth::issue(&mut sim.store().tokens, TOKEN_LIFETIME);
    oauth::token_response(json!({
        "access_token": access_token,
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "token_type": "Bearer",
        "scope": SCOPE,
    }))
}

/// Middleware for `/assure`: a live bearer token or the documented 401 problem.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    // Checked in a statement of its own, so the store's lock is released before the route runs.
    let checked = oauth::check_bearer(request.headers(), &sim.store().tokens);
    let detail = match checked {
        Ok(()) => return next.run(request).await,
        Err(BearerRefusal::Missing) => "Please provide a valid Bearer authentication.",
        Err(BearerRefusal::Dead) => "The access token is unknown or has expired.",
    };
    Problem::unauthorized(detail).into_response()
}
