//! ID Dataweb (AXN Verify API), identity verification for new users: session risk, PII
//! validation against carrier records, then the SMS link possession check or the government ID
//! and selfie step-up. Each step is one `/slverify` call; the steps chain by `forwardApiKey` and
//! share the first answer's `transaction_id` as `asi`. Authenticated by `apiKey:sharedSecret`
//! tokens.

use super::{attributes, domain, errors, wire};

pub use domain::{
    Approval, CapturedDocument, DenialReason, DocumentImages, DocumentType, NextStep, RiskAnswer, SessionSignals,
    Transaction, VerifiedBy,
};

use crate::clients::bearer_api::BearerApi;
use crate::clients::token_cache::{CredentialsIn, TokenEndpoint};
use crate::clients::ProviderError;
use attributes::VerifyRequest;
use kyc_core::flow::ProviderId;
use kyc_core::{PersonName, PersonalData};
use reqwest::{Method, RequestBuilder};
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::time::Duration;
use wire::{Stage, VerifyResponse};

/// Where and as whom the adapter calls ID Dataweb.
#[derive(Clone)]
pub struct IdDatawebConfig {
    /// API base with its version, e.g. `https://api.preprod.iddataweb.com/v1` (or the simulator's
    /// `…/iddataweb/v1`).
    pub base_url: String,
    /// The workflow's API key (its session-risk step); the later steps' keys arrive as `forwardApiKey`.
    pub api_key: String,
    /// The key's shared secret.
    pub shared_secret: SecretString,
    /// `appID`, shown in ID Dataweb's reporting.
    pub app_id: String,
    /// Per-request timeout.
    pub timeout: Duration,
    /// The workflow has the Email Risk add-on on its session-risk step (set in ID Dataweb's
    /// admin console): session risk then waits for the typed e-mail.
    pub email_risk: bool,
}

/// Client for the AXN Verify API.
pub struct IdDatawebClient {
    api: BearerApi,
    api_key: String,
    app_id: String,
    email_risk: bool,
}

impl IdDatawebClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: IdDatawebConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder().timeout(config.timeout).build()?;
        let base_url = config.base_url.trim_end_matches('/').to_owned();
        // ID Dataweb's tokens live 600 seconds; the API key doubles as the Basic user name.
        let endpoint = TokenEndpoint {
            url: format!("{base_url}/token"),
            client_id: config.api_key.clone(),
            client_secret: config.shared_secret,
            credentials_in: CredentialsIn::BasicQuery,
            margin: Duration::from_secs(30),
            throttling_is_outage: true,
        };
        let api = BearerApi::new(ProviderId::Iddataweb, http, &base_url, endpoint);
        Ok(Self { api, api_key: config.api_key, app_id: config.app_id, email_risk: config.email_risk })
    }

    /// Whether session risk takes the typed e-mail (the Email Risk add-on).
    pub fn email_risk(&self) -> bool {
        self.email_risk
    }

    /// Sends an authorised request and reads the JSON answer (or ID Dataweb's error).
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<T, ProviderError> {
        self.api.json(method, path, build, errors::read).await
    }

    /// One `/slverify` call for `stage`.
    async fn verify(
        &self,
        stage: Stage,
        apikey: &str,
        asi: Option<&str>,
        credential: &str,
        attributes: Vec<Value>,
    ) -> Result<NextStep, ProviderError> {
        let body = VerifyRequest { apikey, credential, app_id: &self.app_id, asi, attributes };
        let answer: VerifyResponse = self.send(Method::POST, "/slverify", |r| r.json(&body)).await?;
        answer.next_step(stage, asi, credential)
    }

    /// Session risk, the first step: opens a transaction for `credential` (our user id).
    /// [`NextStep::PiiValidation`] when the session is clean, [`NextStep::Denied`] with
    /// [`DenialReason::HighRiskSession`] otherwise. The device signals also tell whether an
    /// earlier approval bound this browser (the guide's trusted devices; there is no separate
    /// device lookup in the API).
    pub async fn session_risk(&self, credential: &str, signals: &SessionSignals) -> Result<RiskAnswer, ProviderError> {
        let attributes = attributes::session_attributes(signals);
        let body = VerifyRequest { apikey: &self.api_key, credential, app_id: &self.app_id, asi: None, attributes };
        let answer: VerifyResponse = self.send(Method::POST, "/slverify", |r| r.json(&body)).await?;
        let (known_device, persistent_id) = answer.device();
        let next = answer.next_step(Stage::SessionRisk, None, credential)?;
        Ok(RiskAnswer { next, known_device, persistent_id })
    }

    /// PII validation: name, address (`region` is the state or province), phone and birth date
    /// against carrier records. [`NextStep::PossessionCheck`] on a match (or
    /// [`NextStep::Approved`] with the phone-match-only template), [`NextStep::DocumentStepUp`]
    /// otherwise.
    pub async fn pii_validation(
        &self,
        transaction: &Transaction,
        person: &PersonalData,
        region: Option<&str>,
    ) -> Result<NextStep, ProviderError> {
        let attributes = attributes::pii_attributes(person, region)?;
        self.continue_with(Stage::PiiValidation, transaction, attributes).await
    }

    /// Texts the one-time link to the phone validated in the PII step
    /// (`GET /async-ui/send-link`). Sending again replaces an unopened link.
    pub async fn possession_check_start(&self, transaction: &Transaction) -> Result<(), ProviderError> {
        let query = [("apikey", transaction.forward_api_key.as_str()), ("asi", transaction.asi.as_str())];
        let _: Value = self.send(Method::GET, "/async-ui/send-link", |r| r.query(&query)).await?;
        Ok(())
    }

    /// The SMS link's result: [`NextStep::PossessionCheck`] again while it is neither opened nor
    /// expired; [`NextStep::Approved`] when opened on the phone; [`NextStep::Denied`] when opened
    /// on a computer or too late.
    pub async fn possession_check_status(&self, transaction: &Transaction) -> Result<NextStep, ProviderError> {
        self.continue_with(Stage::SmsLink, transaction, Vec::new()).await
    }

    /// Government ID and selfie match for the holder `first_name last_name`.
    pub async fn document_step_up(
        &self,
        transaction: &Transaction,
        first_name: &PersonName,
        last_name: &PersonName,
        images: &DocumentImages,
    ) -> Result<NextStep, ProviderError> {
        let attributes = attributes::uploaded_document(first_name, last_name, images);
        self.continue_with(Stage::Document, transaction, attributes).await
    }

    /// Texts the document capture link to the phone given in the PII step
    /// (`GET /doccapture/sendlink`), for users who take the pictures on their phone.
    pub async fn document_capture_start(&self, transaction: &Transaction) -> Result<(), ProviderError> {
        let query = [("apikey", transaction.forward_api_key.as_str()), ("asi", transaction.asi.as_str())];
        let _: Value = self.send(Method::GET, "/doccapture/sendlink", |r| r.query(&query)).await?;
        Ok(())
    }

    /// The pictures taken on the capture page, `None` while the user has not sent them
    /// (`GET /doccapture/results`; ID Dataweb suggests asking every 2–5 seconds).
    pub async fn document_capture_result(
        &self,
        transaction: &Transaction,
    ) -> Result<Option<CapturedDocument>, ProviderError> {
        let query = [("asi", transaction.asi.as_str())];
        let results: wire::CaptureResults = self.send(Method::GET, "/doccapture/results", |r| r.query(&query)).await?;
        results.captured()
    }

    /// Government ID and selfie match with pictures taken on the capture page.
    pub async fn document_step_up_captured(
        &self,
        transaction: &Transaction,
        first_name: &PersonName,
        last_name: &PersonName,
        captured: &CapturedDocument,
    ) -> Result<NextStep, ProviderError> {
        let attributes = attributes::captured_document(first_name, last_name, captured);
        self.continue_with(Stage::Document, transaction, attributes).await
    }

    async fn continue_with(
        &self,
        stage: Stage,
        transaction: &Transaction,
        attributes: Vec<Value>,
    ) -> Result<NextStep, ProviderError> {
        let Transaction { asi, forward_api_key, credential } = transaction;
        self.verify(stage, forward_api_key, Some(asi), credential, attributes).await
    }
}
