//! `POST /token?grant_type=client_credentials` with `Basic apiKey:sharedSecret`; the token is
//! kept until shortly before its 600 seconds are up.

use crate::providers::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Renew this long before expiry, so no call goes out with a token about to die.
const MARGIN: Duration = Duration::from_secs(30);

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    /// Documented as a string ("600"); a number is accepted too.
    expires_in: Value,
}

impl TokenResponse {
    fn lifetime(&self) -> Option<Duration> {
        let seconds = match &self.expires_in {
            Value::String(s) => s.trim().parse().ok()?,
            Value::Number(n) => n.as_u64()?,
            _ => return None,
        };
        Some(Duration::from_secs(seconds))
    }
}

pub(super) struct TokenCache {
    http: reqwest::Client,
    url: String,
    api_key: String,
    shared_secret: SecretString,
    current: Mutex<Option<(String, Instant)>>,
}

impl TokenCache {
    pub(super) fn new(http: reqwest::Client, url: String, api_key: String, shared_secret: SecretString) -> Self {
        Self { http, url, api_key, shared_secret, current: Mutex::new(None) }
    }

    /// A valid token; `renew` forces a new one (after the API refused the cached one).
    pub(super) async fn get(&self, renew: bool) -> Result<String, ProviderError> {
        // Holding the lock across the request makes concurrent callers wait for one renewal.
        let mut current = self.current.lock().await;
        if let Some((token, valid_until)) = current.as_ref() {
            if !renew && Instant::now() < *valid_until {
                return Ok(token.clone());
            }
        }
        let response = self
            .http
            .post(&self.url)
            .query(&[("grant_type", "client_credentials")])
            .basic_auth(&self.api_key, Some(self.shared_secret.expose_secret()))
            .send()
            .await?;
        let status = response.status();
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(ProviderError::Unavailable(format!("token endpoint answered {status}")));
        }
        if !status.is_success() {
            return Err(ProviderError::Unexpected(format!("token endpoint refused the credentials ({status})")));
        }
        let token: TokenResponse =
            response.json().await.map_err(|e| ProviderError::Unexpected(e.without_url().to_string()))?;
        let lifetime = token.lifetime().ok_or_else(|| ProviderError::Unexpected("token without a lifetime".into()))?;
        *current = Some((token.access_token.clone(), Instant::now() + lifetime.saturating_sub(MARGIN)));
        Ok(token.access_token)
    }
}
