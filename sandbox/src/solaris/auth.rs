//! OAuth 2 client credentials: `POST /oauth2/token` issues bearer tokens, and every `/v1` route
//! refuses requests without a live one.

use super::errors::{ApiError, INVALID_CLIENT, INVALID_TOKEN, TOKEN_REQUIRED, UNSUPPORTED_GRANT_TYPE};
use super::Sim;
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap};
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

/// Lifetime of an access token, as Solaris reports it in `expires_in`.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(3599);

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

/// `POST /oauth2/token`. Credentials in the form body are accepted too, since OAuth allows it
/// and some client libraries default to it.
pub(crate) async fn token(
    State(sim): State<Sim>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    // A body that is not a form is treated as an empty one: the grant type is then missing.
    let form = form.map(|Form(form)| form).unwrap_or_default();
    let credentials = basic_credentials(&headers)
        .or_else(|| Some((form.get("client_id")?.clone(), form.get("client_secret")?.clone())));
    let config = &sim.config;
    if credentials != Some((config.client_id.clone(), config.client_secret.clone())) {
        let error = ApiError::new(INVALID_CLIENT, "The client credentials are missing or wrong.");
        return error.with_challenge("Basic realm=\"solaris-sandbox\"").into_response();
    }
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return ApiError::new(UNSUPPORTED_GRANT_TYPE, "Only grant_type=client_credentials is supported.")
            .into_response();
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
        "scope": "partners",
        "token_type": "bearer",
    });
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// Middleware for `/v1`: a missing token and an unknown or expired one are told apart, as
/// Solaris does with `token_required` and `invalid_token`.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    let value = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = match value.and_then(|v| v.split_once(' ')) {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => token.trim(),
        _ => {
            let error = ApiError::new(TOKEN_REQUIRED, "Send an access token as 'Authorization: Bearer <token>'.");
            return error.with_challenge("Bearer").into_response();
        }
    };
    let live = sim.store().tokens.get(token).is_some_and(|expires| *expires > Instant::now());
    if !live {
        let error = ApiError::new(INVALID_TOKEN, "The access token is unknown or has expired; request a new one.");
        return error.with_challenge("Bearer error=\"invalid_token\"").into_response();
    }
    next.run(request).await
}
