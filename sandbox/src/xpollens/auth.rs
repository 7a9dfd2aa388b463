//! OAuth 2 client credentials at `POST /connect/token` (the scheme Xpollens's API description
//! names), and the bearer check in front of every `/api` route.

use super::errors::ApiError;
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

/// Lifetime of an access token.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

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

/// `POST /connect/token`: credentials in the form body or as HTTP Basic.
pub(crate) async fn token(
    State(sim): State<Sim>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let form = form.map(|Form(form)| form).unwrap_or_default();
    let credentials = basic_credentials(&headers)
        .or_else(|| Some((form.get("client_id")?.clone(), form.get("client_secret")?.clone())));
    if credentials != Some((sim.config.client_id.clone(), sim.config.client_secret.clone())) {
        let message = "The client credentials are missing or wrong.";
        return ApiError::unauthorized("invalid_client", message, "Basic realm=\"xpollens-sandbox\"").into_response();
    }
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        let message = "Only grant_type=client_credentials is supported.";
        return ApiError::new(axum::http::StatusCode::BAD_REQUEST, "unsupported_grant_type", message).into_response();
    }
    let bytes: [u8; 32] = rand::thread_rng().gen();
    let access_token = URL_SAFE_NO_PAD.encode(bytes);
    let now = Instant::now();
    let mut store = sim.store();
    store.tokens.retain(|_, expires| *expires > now);
    store.tokens.insert(access_token.clone(), now + TOKEN_LIFETIME);
    let scope = form.get("scope").cloned().unwrap_or_else(|| "partner".to_owned());
    let body = json!({
        "access_token": access_token,
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "token_type": "Bearer",
        "scope": scope,
    });
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// Middleware for `/api`: a live bearer token or 401.
pub(crate) async fn require_bearer(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    let value = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = match value.and_then(|v| v.split_once(' ')) {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => token.trim(),
        _ => {
            let message = "Send an access token as 'Authorization: Bearer <token>'.";
            return ApiError::unauthorized("token_required", message, "Bearer").into_response();
        }
    };
    let live = sim.store().tokens.get(token).is_some_and(|expires| *expires > Instant::now());
    if !live {
        let message = "The access token is unknown or has expired; request a new one.";
        return ApiError::unauthorized("invalid_token", message, "Bearer error=\"invalid_token\"").into_response();
    }
    next.run(request).await
}
