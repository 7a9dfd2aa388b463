//! The product team's backend, authenticated by API key.

use crate::error::AppError;
use crate::state::AppState;
use crate::teams::{key_hash, DEPLOYMENT};
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

/// The stored form of the deployment's own partner API keys (`KYC_PARTNER_API_KEYS`).
pub fn key_hashes<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    keys.into_iter().map(key_hash).collect()
}

/// A product team's backend, authenticated by one of its API keys (`Authorization: Bearer
/// <key>`): the team it acts for and the key's id (for the audit trail). Keys never reach a
/// browser. Only the SHA-256 of the presented key is compared or looked up.
#[derive(Debug, Clone)]
pub struct Partner {
    /// The team.
    pub team: String,
    /// The key's id: `env-1`, `env-2`… for the deployment's keys, `key_…` for a team's.
    pub key: String,
}

impl FromRequestParts<AppState> for Partner {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // An address that guessed wrong too often waits, whatever it presents now.
        let Ok(crate::client_ip::ClientIp(ip)) = crate::client_ip::ClientIp::from_request_parts(parts, state).await;
        state.limits.partner_admit(ip)?;
        let refused = || {
            state.limits.partner_failure(ip);
            AppError::Unauthorized
        };
        let presented = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|k| !k.is_empty() && k.len() <= 200)
            .ok_or_else(refused)?;
        let hash = key_hash(presented);
        if let Some(n) = state.partner_key_hashes.iter().position(|k| *k == hash) {
            return Ok(Partner { team: DEPLOYMENT.to_owned(), key: format!("env-{}", n + 1) });
        }
        let (team, key) = state.env.store.team_key_find(hash).await?.ok_or_else(refused)?;
        Ok(Partner { team, key })
    }
}

impl Partner {
    /// Records what this key did in its team's audit trail.
    pub async fn audit(
        &self,
        state: &AppState,
        action: &str,
        session: Option<&str>,
        detail: Option<String>,
    ) -> Result<(), AppError> {
        crate::teams::audit::record(&state.env.store, &self.team, &self.key, action, session, detail).await
    }

    /// The team's session `public_id`; another team's is not found, exactly like one that
    /// does not exist.
    pub async fn session(&self, state: &AppState, public_id: &str) -> Result<crate::store::SessionRecord, AppError> {
        state.env.store.session_by_public_id(self.team.clone(), public_id.to_owned()).await?.ok_or(AppError::NotFound)
    }
}
