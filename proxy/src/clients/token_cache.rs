//! OAuth 2 client-credentials tokens, shared by the adapters whose providers issue them: one
//! token is fetched, kept until shortly before it expires, and renewed early on request (after
//! the API refused it). What differs per provider is described by [`TokenEndpoint`].

use crate::clients::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// How a provider wants the client credentials sent to its token endpoint.
pub(crate) enum CredentialsIn {
    /// `Authorization: Basic id:secret`, `grant_type` in the query string and no body.
    BasicQuery,
    /// `Authorization: Basic id:secret` (`client_secret_basic`), `grant_type` and `scope` as a form.
    BasicForm {
        /// The scope asked for.
        scope: String,
    },
    /// Id and secret in the form body (`client_secret_post`) along with `grant_type` and `scope`.
    Form {
        /// The scope asked for.
        scope: String,
    },
}

/// One provider's token endpoint and the client's credentials for it.
pub(crate) struct TokenEndpoint {
    /// Full URL of the token endpoint.
    pub url: String,
    /// The client id (or API key).
    pub client_id: String,
    /// The client secret; only exposed while building the request.
    pub client_secret: SecretString,
    /// Where the credentials go.
    pub credentials_in: CredentialsIn,
    /// Renew this long before expiry, so no call goes out with a token about to die.
    pub margin: Duration,
    /// Whether a 429 from the token endpoint counts as an outage (as a 5xx does) rather than as
    /// a refusal; the adapters were written with either reading and keep theirs.
    pub throttling_is_outage: bool,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    /// Seconds; some providers send them as a string ("600"), most as a number.
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

/// A client-credentials token, fetched on first use and cached until shortly before expiry.
pub(crate) struct TokenCache {
    /// The provider's name in the metrics.
    provider: &'static str,
    http: reqwest::Client,
    endpoint: TokenEndpoint,
    current: Mutex<Option<(String, Instant)>>,
}

impl TokenCache {
    /// A cache for `provider`'s `endpoint`; no request is made yet.
    pub(crate) fn new(provider: &'static str, http: reqwest::Client, endpoint: TokenEndpoint) -> Self {
        Self { provider, http, endpoint, current: Mutex::new(None) }
    }

    /// A valid token; `renew` forces a new one (after the API refused the cached one).
    pub(crate) async fn get(&self, renew: bool) -> Result<String, ProviderError> {
        // Holding the lock across the request makes concurrent callers wait for one renewal.
        let mut current = self.current.lock().await;
        if let Some((token, valid_until)) = current.as_ref() {
            if !renew && Instant::now() < *valid_until {
                return Ok(token.clone());
            }
        }
        let response = super::retry::send_once(self.provider, self.request().send()).await?;
        let status = response.status();
        let outage = status.is_server_error() || (self.endpoint.throttling_is_outage && status.as_u16() == 429);
        if outage {
            return Err(ProviderError::Unavailable(format!("token endpoint answered {status}")));
        }
        if !status.is_success() {
            return Err(ProviderError::Unexpected(format!("token endpoint refused the credentials ({status})")));
        }
        let body = super::retry::body_limited(response).await?;
        let token: TokenResponse =
            serde_json::from_slice(&body).map_err(|e| ProviderError::Unexpected(e.to_string()))?;
        let lifetime = token.lifetime().ok_or_else(|| ProviderError::Unexpected("token without a lifetime".into()))?;
        *current = Some((token.access_token.clone(), Instant::now() + lifetime.saturating_sub(self.endpoint.margin)));
        Ok(token.access_token)
    }

    /// The token request in the shape the provider documents.
    fn request(&self) -> reqwest::RequestBuilder {
        let TokenEndpoint { url, client_id, client_secret, credentials_in, .. } = &self.endpoint;
        let request = self.http.post(url);
        let grant = ("grant_type", "client_credentials");
        match credentials_in {
            CredentialsIn::BasicQuery => {
                request.query(&[grant]).basic_auth(client_id, Some(client_secret.expose_secret()))
            }
            CredentialsIn::BasicForm { scope } => request
                .basic_auth(client_id, Some(client_secret.expose_secret()))
                .form(&[grant, ("scope", scope.as_str())]),
            CredentialsIn::Form { scope } => request.form(&[
                grant,
                ("client_id", client_id.as_str()),
                ("client_secret", client_secret.expose_secret()),
                ("scope", scope.as_str()),
            ]),
        }
    }
}

#[cfg(test)]
mod tests;
