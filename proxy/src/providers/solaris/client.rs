//! Solaris (with IDnow video identification): persons and identifications over the documented
//! API, authenticated by OAuth2 client credentials.

mod lookup;
mod person;

pub use person::PersonUpdate;

use super::{errors, wire};

pub use wire::{Document, Identification};

use crate::clients::bearer_api::BearerApi;
use crate::clients::token_cache::{CredentialsIn, TokenEndpoint};
use crate::clients::ProviderError;
use kyc_core::flow::ProviderId;
use kyc_core::PersonalData;
use reqwest::{Method, RequestBuilder};
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
    /// `fatca_crs_confirmed_at`: when the user made the tax self-declaration.
    pub declarations: String,
}

/// Client for the Solaris API.
pub struct SolarisClient {
    api: BearerApi,
}

impl SolarisClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: SolarisConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder().timeout(config.timeout).build()?;
        let endpoint = TokenEndpoint {
            url: config.token_url,
            client_id: config.client_id,
            client_secret: config.client_secret,
            credentials_in: CredentialsIn::BasicForm { scope: "partners".into() },
            margin: Duration::from_secs(60),
            throttling_is_outage: false,
        };
        Ok(Self { api: BearerApi::new(ProviderId::Solaris, http, &config.base_url, endpoint) })
    }

    /// Sends an authorised request and reads the JSON answer (or the Solaris error).
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<T, ProviderError> {
        self.api.json(method, path, build, errors::read).await
    }

    /// `POST /v1/persons`: creates the person with the consent timestamps; returns its id.
    pub async fn person_create(&self, person: &PersonalData, consents: &ConsentTimes) -> Result<String, ProviderError> {
        let body = wire::person_body(person, consents);
        let created: wire::Created = self.send(Method::POST, "/v1/persons", |r| r.json(&body)).await?;
        Ok(created.id)
    }

    /// `GET …/identifications/{id}?include_documents=true`: the documents of a finished identification.
    pub async fn identification_documents(&self, person_id: &str, id: &str) -> Result<Vec<Document>, ProviderError> {
        let path = format!("/v1/persons/{person_id}/identifications/{id}?include_documents=true");
        let found: wire::WithDocuments = self.send(Method::GET, &path, |r| r).await?;
        Ok(found.documents)
    }

    /// `GET /v1/documents/{id}/file`: a document's bytes and content type.
    pub async fn document_file(&self, document_id: &str) -> Result<(String, axum::body::Bytes), ProviderError> {
        let response = self.api.send(Method::GET, &format!("/v1/documents/{document_id}/file"), |r| r).await?;
        let status = response.status();
        if !status.is_success() {
            let body = crate::clients::retry::body_limited(response).await?;
            let unreadable = || ProviderError::Unexpected(format!("document answered {status}"));
            return Err(errors::read::<serde_json::Value>(status, &body).err().unwrap_or_else(unreadable));
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream")
            .to_owned();
        Ok((content_type, crate::clients::retry::body_limited(response).await?))
    }

    /// `GET /v1/persons/{id}`: the person, including what an identification agent corrected.
    pub async fn person_show(&self, person_id: &str) -> Result<kyc_core::PersonalDataInput, ProviderError> {
        let person: wire::PersonWire = self.send(Method::GET, &format!("/v1/persons/{person_id}"), |r| r).await?;
        Ok(person.into())
    }

    /// `POST /v1/persons/{id}/identifications` with method `idnow`, and the proof of address
    /// when the user's document does not show the address. The documented `reference` is not
    /// sent: once requested, the identification's `reference` is the IDnow token, so it could
    /// not name our attempt ([`Self::identification_find_usable`] finds it instead).
    pub async fn identification_create(
        &self,
        person_id: &str,
        language: Option<&str>,
        proof: Option<&kyc_core::document::ProofOfAddress>,
    ) -> Result<Identification, ProviderError> {
        let body = serde_json::json!({
            "method": "idnow",
            "language": language,
            "proof_of_address_type": proof.map(|p| p.kind),
            "proof_of_address_issued_at": proof.map(|p| p.issued_at.to_string()),
        });
        self.send(Method::POST, &format!("/v1/persons/{person_id}/identifications"), |r| r.json(&body)).await
    }

    /// `GET …/identifications/{id}/supported_documents`: what the user may show in the call.
    pub async fn supported_documents(
        &self,
        person_id: &str,
        id: &str,
    ) -> Result<Vec<kyc_core::api::SupportedDocument>, ProviderError> {
        let path = format!("/v1/persons/{person_id}/identifications/{id}/supported_documents");
        self.send(Method::GET, &path, |r| r).await
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
