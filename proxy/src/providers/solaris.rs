//! Solaris (with IDnow video identification): persons and identifications over the documented
//! API, authenticated by OAuth2 client credentials.

mod auth;
mod errors;
mod wire;

pub use wire::Identification;

use super::ProviderError;
use auth::TokenCache;
use kyc_core::PersonalData;
use reqwest::{Method, RequestBuilder, StatusCode};
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use std::time::Duration;

/// Where and as whom the adapter calls Solaris.
#[derive(Clone)]
pub struct SolarisConfig {
    /// API base, e.g. `https://api.solaris-sandbox.de` (or the simulator).
    pub base_url: String,
    /// OAuth token endpoint, e.g. `https://auth.solaris-sandbox.de/oauth2/token`.
    pub token_url: String,
    /// OAuth client id.
    pub client_id: String,
    /// OAuth client secret.
    pub client_secret: SecretString,
    /// Per-request timeout.
    pub timeout: Duration,
}

/// When the user gave each consent, as Solaris wants it on the person.
pub struct ConsentTimes {
    /// `terms_conditions_signed_at`.
    pub terms_conditions: String,
    /// `data_terms_signed_at`.
    pub data_processing: String,
}

/// Client for the Solaris API.
pub struct SolarisClient {
    http: reqwest::Client,
    base_url: String,
    tokens: TokenCache,
}

impl SolarisClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: SolarisConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder().timeout(config.timeout).build()?;
        let tokens = TokenCache::new(http.clone(), config.token_url, config.client_id, config.client_secret);
        Ok(Self { http, base_url: config.base_url.trim_end_matches('/').to_owned(), tokens })
    }

    /// Sends an authorised request; on a 401 the token is renewed once (it may have been revoked).
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<T, ProviderError> {
        for attempt in 0..2 {
            let token = self.tokens.get(attempt > 0).await?;
            let request =
                build(self.http.request(method.clone(), format!("{}{path}", self.base_url)).bearer_auth(token));
            let response = request.send().await?;
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED && attempt == 0 {
                continue;
            }
            let body = response.bytes().await?;
            return errors::read(status, &body);
        }
        Err(ProviderError::Unexpected("token refused twice".into()))
    }

    /// `POST /v1/persons`: creates the person with the consent timestamps; returns its id.
    pub async fn person_create(&self, person: &PersonalData, consents: &ConsentTimes) -> Result<String, ProviderError> {
        let body = wire::person_body(person, consents);
        let created: wire::Created = self.send(Method::POST, "/v1/persons", |r| r.json(&body)).await?;
        Ok(created.id)
    }

    /// `POST /v1/persons/{id}/identifications` with method `idnow`.
    pub async fn identification_create(
        &self,
        person_id: &str,
        language: Option<&str>,
    ) -> Result<Identification, ProviderError> {
        let body = serde_json::json!({ "method": "idnow", "language": language });
        self.send(Method::POST, &format!("/v1/persons/{person_id}/identifications"), |r| r.json(&body)).await
    }

    /// `PATCH …/identifications/{id}/request`: starts IDnow; the answer carries the URL.
    pub async fn identification_request(&self, person_id: &str, id: &str) -> Result<Identification, ProviderError> {
        self.send(Method::PATCH, &format!("/v1/persons/{person_id}/identifications/{id}/request"), |r| r).await
    }

    /// `GET …/identifications/{id}`: the current status.
    pub async fn identification_show(&self, person_id: &str, id: &str) -> Result<Identification, ProviderError> {
        self.send(Method::GET, &format!("/v1/persons/{person_id}/identifications/{id}"), |r| r).await
    }
}
