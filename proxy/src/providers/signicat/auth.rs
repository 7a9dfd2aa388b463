//! Signicat access tokens (client credentials, `client_secret_basic`, scope `signicat-api`),
//! cached until shortly before they expire.

use crate::providers::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Renew this long before expiry; Signicat tokens live only about ten minutes.
const MARGIN: Duration = Duration::from_secs(30);

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

pub(super) struct TokenCache {
    http: reqwest::Client,
    url: String,
    client_id: String,
    client_secret: SecretString,
    current: Mutex<Option<(String, Instant)>>,
}

impl TokenCache {
    pub(super) fn new(http: reqwest::Client, url: String, client_id: String, client_secret: SecretString) -> Self {
        Self { http, url, client_id, client_secret, current: Mutex::new(None) }
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
            .basic_auth(&self.client_id, Some(self.client_secret.expose_secret()))
            .form(&[("grant_type", "client_credentials"), ("scope", "signicat-api")])
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
        let valid_for = Duration::from_secs(token.expires_in).saturating_sub(MARGIN);
        *current = Some((token.access_token.clone(), Instant::now() + valid_for));
        Ok(token.access_token)
    }
}
