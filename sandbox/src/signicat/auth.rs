//! OAuth 2 client credentials as Signicat documents them: `POST /auth/open/connect/token` with
//! `client_secret_basic` and `scope=signicat-api`; every `/assure` route wants a live token.

use super::problem::Problem;
use super::Sim;
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rand::Rng;
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

/// Lifetime of an access token (Signicat's are valid for about ten minutes).
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(600);
/// The one scope of Signicat's API products.
pub(crate) const SCOPE: &str = "signicat-api";

/// `client_id:client_secret` from `Authorization: Basic …`.
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

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
    let form = form.map(|Form(form)| form).unwrap_or_default();
    let expected = (sim.config.client_id.clone(), sim.config.client_secret.clone());
    if basic_credentials(&headers) != Some(expected) {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication failed.");
    }
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Use grant_type=client_credentials.");
    }
    if form.get("scope").is_some_and(|scope| scope.split(' ').any(|s| s != SCOPE)) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_scope", "The only scope is signicat-api.");
    }
    let bytes: [u8; 32] = rand::thread_rng().gen();
    let access_token = URL_SAFE_NO_PAD.encode(bytes);
    let now = Instant::now();
    let mut store = sim.store();
    store.tokens.retain(|_, expires| *expires > now);
    store.tokens.insert(access_token.clone(), now + TOKEN_LIFETIME);
    let body = json!({
        "access_token": access_token,
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "token_type": "Bearer",
        "scope": SCOPE,
    });
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// Middleware for `/assure`: a live bearer token or the documented 401 problem.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    let value = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = match value.and_then(|v| v.split_once(' ')) {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => token.trim(),
        _ => return Problem::unauthorized("Please provide a valid Bearer authentication.").into_response(),
    };
    let live = sim.store().tokens.get(token).is_some_and(|expires| *expires > Instant::now());
    if !live {
        return Problem::unauthorized("The access token is unknown or has expired.").into_response();
    }
    next.run(request).await
}
