//! OAuth 2 client-credentials tokens from Xpollens's token endpoint (`/connect/token`),
//! cached until shortly before they expire.

use crate::providers::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Renew this long before expiry so that no request goes out with a dying token.
const MARGIN: Duration = Duration::from_secs(60);

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
    scope: String,
    current: Mutex<Option<(String, Instant)>>,
}

impl TokenCache {
    pub(super) fn new(
        http: reqwest::Client,
        url: String,
        client_id: String,
        client_secret: SecretString,
        scope: String,
    ) -> Self {
        Self { http, url, client_id, client_secret, scope, current: Mutex::new(None) }
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
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose_secret()),
            ("scope", self.scope.as_str()),
        ];
        let response = self.http.post(&self.url).form(&form).send().await?;
        let status = response.status();
        if !status.is_success() {
            return Err(if status.is_server_error() {
                ProviderError::Unavailable(format!("token endpoint answered {status}"))
            } else {
                ProviderError::Unexpected(format!("token endpoint refused the credentials ({status})"))
            });
        }
        let token: TokenResponse =
            response.json().await.map_err(|e| ProviderError::Unexpected(e.without_url().to_string()))?;
        let valid_for = Duration::from_secs(token.expires_in).saturating_sub(MARGIN);
        *current = Some((token.access_token.clone(), Instant::now() + valid_for));
        Ok(token.access_token)
    }
}
