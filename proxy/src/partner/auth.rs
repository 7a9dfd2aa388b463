//! The product team's backend, authenticated by API key.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};

/// The stored form of the partner API keys.
pub fn key_hashes<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<[u8; 32]> {
    keys.into_iter().map(|k| Sha256::digest(k.as_bytes()).into()).collect()
}

/// A product team's backend, authenticated by one of the configured API keys
/// (`Authorization: Bearer <key>`). Keys never reach a browser.
pub struct Partner;

impl FromRequestParts<AppState> for Partner {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let presented = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?;
        // Comparing hashes keeps the comparison time independent of how much of a key matched.
        let presented = Sha256::digest(presented.as_bytes());
        let known = state.partner_key_hashes.iter().any(|k| k.as_slice() == presented.as_slice());
        known.then_some(Partner).ok_or(AppError::Unauthorized)
    }
}
