//! Xpollens (BPCE Banking-as-a-Service) modular KYC over its documented API: a prospect under
//! the partner's `appUserId`, then identity, declarative data, FATCA/EAI and terms in any
//! order; the account opens when all are clear. Authenticated by OAuth 2 client credentials.
//! Progress arrives as callbacks ([`Callback`]). The identification webview's URL is not here:
//! only the mobile SDK's `getIssuerData()` gives it, on the phone (see `webview`).

use super::{callbacks, errors, types, wire};

pub use callbacks::{Callback, CallbackCredentials, CallbackError, CallbackWire};
pub use types::{
    ActivationCode, AppUserId, Diligence, DiligenceStatus, FatcaOutcome, InvalidAppUserId, InvalidTaxDeclaration,
    KycDemand, KycStatus, Prospect, SctInInstructions, TaxDeclaration, TaxResidence, UnknownValue, UserRecordStatus,
};

use crate::clients::bearer_api::BearerApi;
use crate::clients::token_cache::{CredentialsIn, TokenEndpoint};
use crate::clients::ProviderError;
use kyc_core::flow::ProviderId;
use kyc_core::{PersonalData, UtcTimestamp};
use reqwest::{Method, RequestBuilder};
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use std::time::Duration;

/// Where and as whom the adapter calls Xpollens.
#[derive(Clone)]
pub struct XpollensConfig {
    /// API base, e.g. `https://sb-api.xpollens.com` (or the simulator's
    /// `http://127.0.0.1:8081/xpollens`).
    pub base_url: String,
    /// OAuth token endpoint (`…/connect/token`).
    pub token_url: String,
    /// OAuth client id.
    pub client_id: String,
    /// OAuth client secret.
    pub client_secret: SecretString,
    /// OAuth scope, `partner` for a partner's back end.
    pub scope: String,
    /// Per-request timeout.
    pub timeout: Duration,
}

/// Client for the Xpollens onboarding API.
pub struct XpollensClient {
    api: BearerApi,
}

impl XpollensClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: XpollensConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder().timeout(config.timeout).build()?;
        let endpoint = TokenEndpoint {
            url: config.token_url,
            client_id: config.client_id,
            client_secret: config.client_secret,
            credentials_in: CredentialsIn::Form { scope: config.scope },
            margin: Duration::from_secs(60),
            throttling_is_outage: false,
        };
        Ok(Self { api: BearerApi::new(ProviderId::Xpollens, http, &config.base_url, endpoint) })
    }

    /// Sends a request with a token and reads the answer; a refused token is renewed once.
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<T, ProviderError> {
        self.api.json(method, path, build, errors::read).await
    }

    /// `POST /api/v1.1/users/{appUserId}`: creates the prospect with its profile. Callbacks 34
    /// and 35 (the activation code) follow.
    pub async fn prospect_create(&self, id: &AppUserId, person: &PersonalData) -> Result<Prospect, ProviderError> {
        let body = wire::profile_body(person);
        let user: wire::UserWire = self.send(Method::POST, &format!("/api/v1.1/users/{id}"), |r| r.json(&body)).await?;
        Prospect::try_from(user).map_err(unreadable)
    }

    /// `PUT /api/v1.1/users/{appUserId}`: the prospect's changed profile, while they are a
    /// prospect. Once the KYC is validated a change to identification data is
    /// [`ProviderError::Refused`] (`identification_locked`).
    pub async fn prospect_update(&self, id: &AppUserId, person: &PersonalData) -> Result<Prospect, ProviderError> {
        let body = wire::profile_body(person);
        let user: wire::UserWire = self.send(Method::PUT, &format!("/api/v1.1/users/{id}"), |r| r.json(&body)).await?;
        Prospect::try_from(user).map_err(unreadable)
    }

    /// `GET /api/v1.1/users/{appUserId}`: the prospect's overall status.
    pub async fn prospect_show(&self, id: &AppUserId) -> Result<Prospect, ProviderError> {
        let user: wire::UserWire = self.send(Method::GET, &format!("/api/v1.1/users/{id}"), |r| r).await?;
        Prospect::try_from(user).map_err(unreadable)
    }

    /// `POST /api/v2.0/users/{appUserId}/declarative`: the data the user declares. Once the KYC
    /// is validated, a change to identification data is [`ProviderError::Refused`].
    pub async fn declarative_submit(&self, id: &AppUserId, person: &PersonalData) -> Result<Prospect, ProviderError> {
        let body = wire::profile_body(person);
        let path = format!("/api/v2.0/users/{id}/declarative");
        let user: wire::UserWire = self.send(Method::POST, &path, |r| r.json(&body)).await?;
        Prospect::try_from(user).map_err(unreadable)
    }

    /// `PATCH /api/v2.1/user/{appUserId}/fatcaEai`: the tax answers, judged at once.
    pub async fn fatca_submit(
        &self,
        id: &AppUserId,
        declaration: &TaxDeclaration,
    ) -> Result<FatcaOutcome, ProviderError> {
        let body = wire::fatca_body(declaration);
        let path = format!("/api/v2.1/user/{id}/fatcaEai");
        let outcome: wire::FatcaWire = self.send(Method::PATCH, &path, |r| r.json(&body)).await?;
        Ok(outcome.into())
    }

    /// `POST /api/v2.0/users/{appUserId}/cgu`: when the user accepted the terms.
    pub async fn cgu_accept(&self, id: &AppUserId, accepted_at: &UtcTimestamp) -> Result<(), ProviderError> {
        let body = serde_json::json!({ "acceptedAt": accepted_at.to_string() });
        let path = format!("/api/v2.0/users/{id}/cgu");
        let _: serde_json::Value = self.send(Method::POST, &path, |r| r.json(&body)).await?;
        Ok(())
    }

    /// `GET /api/v3.0/users/{appUserId}/kyc/demand`: KYC status and diligences.
    pub async fn kyc_status(&self, id: &AppUserId) -> Result<KycDemand, ProviderError> {
        let demand: wire::KycWire = self.send(Method::GET, &format!("/api/v3.0/users/{id}/kyc/demand"), |r| r).await?;
        KycDemand::try_from(demand).map_err(unreadable)
    }

    /// `POST /api/v2.0/users/{appUserId}/kyc/sct-in`: books the IBAN for identification by
    /// instant transfer.
    pub async fn sct_in_book(&self, id: &AppUserId) -> Result<SctInInstructions, ProviderError> {
        let path = format!("/api/v2.0/users/{id}/kyc/sct-in");
        let booked: wire::SctInWire = self.send(Method::POST, &path, |r| r).await?;
        Ok(booked.into())
    }
}

fn unreadable(e: UnknownValue) -> ProviderError {
    ProviderError::Unexpected(e.to_string())
}
