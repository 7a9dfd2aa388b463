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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;
    use axum::routing::post;
    use axum::{Json, Router};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// A token endpoint that numbers its tokens and gives them `lifetime` seconds (as a string).
    async fn token_endpoint(lifetime: &'static str) -> (String, Arc<AtomicUsize>) {
        let issued = Arc::new(AtomicUsize::new(0));
        let counter = issued.clone();
        let app = Router::new().route(
            "/token",
            post(move |headers: HeaderMap| async move {
                assert!(headers["authorization"].to_str().unwrap().starts_with("Basic "));
                let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                Json(serde_json::json!({ "errorCode": "", "access_token": format!("t{n}"), "expires_in": lifetime }))
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/token", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (url, issued)
    }

    fn cache(url: String) -> TokenCache {
        TokenCache::new(reqwest::Client::new(), url, "key".into(), "secret".to_owned().into())
    }

    #[tokio::test]
    async fn a_token_is_reused_until_the_api_refuses_it() {
        let (url, issued) = token_endpoint("600").await;
        let tokens = cache(url);
        assert_eq!(tokens.get(false).await.unwrap(), "t1");
        assert_eq!(tokens.get(false).await.unwrap(), "t1");
        assert_eq!(tokens.get(true).await.unwrap(), "t2");
        assert_eq!(issued.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_token_about_to_expire_is_renewed_before_use() {
        let (url, issued) = token_endpoint("20").await;
        let tokens = cache(url);
        assert_eq!(tokens.get(false).await.unwrap(), "t1");
        assert_eq!(tokens.get(false).await.unwrap(), "t2");
        assert_eq!(issued.load(Ordering::SeqCst), 2);
    }
}
