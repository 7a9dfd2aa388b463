//! Session tokens: random, shown once to the browser, stored only as a SHA-256 hash so that a
//! leaked database does not hand out live sessions.

use crate::error::AppError;
use crate::store::{SessionRecord, Store};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random token (256 bits, URL-safe base64).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A session's public id for product teams: random, unrelated to the token (`ses_` + 24 hex).
pub fn public_id() -> String {
    format!("ses_{}", crate::random::hex(12))
}

/// The form in which a token is stored and looked up.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether `hex_signature` is the HMAC-SHA256 of `body` keyed with `key` (providers' webhook
/// signatures); compared in constant time, hex case ignored, anything malformed invalid.
pub fn hmac_sha256_hex_valid(key: &[u8], body: &[u8], hex_signature: &str) -> bool {
    use hmac::{Hmac, Mac};
    let Ok(signature) = hex::decode(hex_signature.trim()) else { return false };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return false };
    mac.update(body);
    mac.verify_slice(&signature).is_ok()
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn secret_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The session named by the request's `Authorization: Bearer` token.
pub struct CurrentSession(pub SessionRecord);

impl<S: Send + Sync> FromRequestParts<S> for CurrentSession
where
    Store: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let token = bearer(parts)?;
        let now_ms = crate::clock::now().unix_millis();
        let session =
            Store::from_ref(state).session_find(token_hash(token), now_ms).await?.ok_or(AppError::Unauthorized)?;
        Ok(Self(session))
    }
}

/// The request's `Authorization: Bearer` token, when it has a plausible one.
fn bearer(parts: &Parts) -> Result<&str, AppError> {
    parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .filter(|t| !t.is_empty() && t.len() <= 128)
        .ok_or(AppError::Unauthorized)
}

/// The session whose pictures a request may upload and list: by the session's own token (the
/// desktop) or by a capture token from a hand-off (the phone). A capture token reaches nothing
/// else: every other route asks for [`CurrentSession`].
pub struct CaptureAccess(pub SessionRecord);

impl<S: Send + Sync> FromRequestParts<S> for CaptureAccess
where
    Store: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let hash = token_hash(bearer(parts)?);
        let now_ms = crate::clock::now().unix_millis();
        let store = Store::from_ref(state);
        if let Some(session) = store.session_find(hash.clone(), now_ms).await? {
            return Ok(Self(session));
        }
        let session = store.capture_token_find(hash, now_ms).await?.ok_or(AppError::Unauthorized)?;
        Ok(Self(session))
    }
}
