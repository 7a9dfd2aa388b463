//! OAuth 2 client credentials as the simulated providers share them: reading the client's
//! credentials, issuing random bearer tokens with a lifetime, and checking them in front of the
//! API routes. Each provider keeps its own paths, lifetimes, scopes and error bodies.

use axum::extract::rejection::FormRejection;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rand::Rng;
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

/// Issued access tokens and when each expires.
pub(crate) type Tokens = HashMap<String, Instant>;

/// A token request's form; a body that is not a form counts as an empty one, so that the
/// grant type is then reported missing rather than the body unreadable.
pub(crate) fn form_or_empty(form: Result<Form<HashMap<String, String>>, FormRejection>) -> HashMap<String, String> {
    form.map(|Form(form)| form).unwrap_or_default()
}

/// `id:secret` from `Authorization: Basic …` (`client_secret_basic`).
pub(crate) fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

/// The client's credentials as HTTP Basic or, failing that, in the form body
/// (`client_secret_post`), since OAuth allows both and client libraries differ in their default.
pub(crate) fn client_credentials(headers: &HeaderMap, form: &HashMap<String, String>) -> Option<(String, String)> {
    basic_credentials(headers).or_else(|| Some((form.get("client_id")?.clone(), form.get("client_secret")?.clone())))
}

/// Whether the form asks for the client-credentials grant, the only one the simulators offer.
pub(crate) fn is_client_credentials(grant: Option<&String>) -> bool {
    grant.map(String::as_str) == Some("client_credentials")
}

/// A new random access token valid for `lifetime`; expired tokens are dropped on the way, so the
/// map does not grow with every request.
pub(crate) fn issue(tokens: &mut Tokens, lifetime: Duration) -> String {
    let access_token = URL_SAFE_NO_PAD.encode(rand::thread_rng().gen::<[u8; 32]>());
    let now = Instant::now();
    tokens.retain(|_, expires| *expires > now);
    tokens.insert(access_token.clone(), now + lifetime);
    access_token
}

/// A token answer; `no-store`, as OAuth requires of anything carrying a token.
pub(crate) fn token_response(body: Value) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// Why a request to an API route was refused.
pub(crate) enum BearerRefusal {
    /// No `Authorization: Bearer <token>` at all (or an empty token).
    Missing,
    /// A token that was never issued or has expired.
    Dead,
}

/// Checks the request's bearer token against the issued ones.
pub(crate) fn check_bearer(headers: &HeaderMap, tokens: &Tokens) -> Result<(), BearerRefusal> {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = match value.and_then(|v| v.split_once(' ')) {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => token.trim(),
        _ => return Err(BearerRefusal::Missing),
    };
    match tokens.get(token) {
        Some(expires) if *expires > Instant::now() => Ok(()),
        _ => Err(BearerRefusal::Dead),
    }
}
