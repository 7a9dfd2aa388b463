//! Signicat Assure: a dossier per user holding the typed user data, an iDIN eID process (the
//! user logs in at their bank), a document-and-selfie eIDV process, and matching of the typed
//! data against what both found. Authenticated by OAuth2 client credentials.
//!
//! Dossier and process ids, the bank login URL's origin aside, stay in the proxy. Delete the
//! dossier once its results are stored: that removes every piece of personal data Assure holds.

mod lookup;

use super::{eid, errors, ids, image, matching, notification, process, wire};

pub use ids::{DossierId, ProcessId};
pub use image::{IdImage, ImageError, ImageSide};
pub use matching::{Corroboration, FieldMatch, MatchLevel, MatchNode, MatchReport};
pub use notification::{Notification, NotificationTarget};
pub use process::{
    Biometrics, Check, DocumentData, Dossier, EidStart, IdentityAddress, IdentityData, Process, ProcessKind,
    ProcessStatus,
};

use crate::clients::bearer_api::BearerApi;
use crate::clients::token_cache::{CredentialsIn, TokenEndpoint};
use crate::clients::ProviderError;
use kyc_core::flow::ProviderId;
use kyc_core::PersonalData;
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::time::Duration;

/// Where and as whom the adapter calls Assure.
#[derive(Clone)]
pub struct SignicatConfig {
    /// API base without `/assure`, e.g. `https://api.signicat.com` (or the simulator's
    /// `http://127.0.0.1:8081/signicat`).
    pub base_url: String,
    /// Token endpoint, e.g. `https://api.signicat.com/auth/open/connect/token`.
    pub token_url: String,
    /// API client id.
    pub client_id: String,
    /// API client secret.
    pub client_secret: SecretString,
    /// Per-request timeout.
    pub timeout: Duration,
}

/// Client for the Assure API.
pub struct SignicatClient {
    api: BearerApi,
}

/// A request body, or none.
type Body<'a> = Option<&'a Value>;

impl SignicatClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: SignicatConfig) -> Result<Self, ProviderError> {
        // Redirects are never followed: an API answer that redirects is an answer to report.
        let http =
            reqwest::Client::builder().timeout(config.timeout).redirect(reqwest::redirect::Policy::none()).build()?;
        let endpoint = TokenEndpoint {
            url: config.token_url,
            client_id: config.client_id,
            client_secret: config.client_secret,
            // The one scope of Signicat's API products.
            credentials_in: CredentialsIn::BasicForm { scope: "signicat-api".into() },
            // Signicat tokens live only about ten minutes.
            margin: Duration::from_secs(30),
            throttling_is_outage: true,
        };
        // Every call goes to the Assure API.
        let base_url = format!("{}/assure", config.base_url.trim_end_matches('/'));
        Ok(Self { api: BearerApi::new(ProviderId::Signicat, http, &base_url, endpoint) })
    }

    /// Sends an authorised request to `/assure{path}`; on a 401 the token is renewed once.
    async fn request(
        &self,
        method: Method,
        path: &str,
        body: Body<'_>,
    ) -> Result<(StatusCode, Vec<u8>), ProviderError> {
        let build = |request: reqwest::RequestBuilder| match body {
            Some(body) => request.json(body),
            None => request,
        };
        let (status, body) = self.api.fetch(method, path, build).await?;
        Ok((status, body.to_vec()))
    }

    /// A request whose answer is JSON.
    async fn send<T: DeserializeOwned>(&self, method: Method, path: &str, body: Body<'_>) -> Result<T, ProviderError> {
        let (status, bytes) = self.request(method, path, body).await?;
        errors::read(status, &bytes)
    }

    /// A request whose answer carries nothing we need.
    async fn send_empty(&self, method: Method, path: &str, body: Body<'_>) -> Result<(), ProviderError> {
        let (status, bytes) = self.request(method, path, body).await?;
        if status.is_success() {
            Ok(())
        } else {
            Err(errors::error(status, &bytes))
        }
    }

    /// `POST /assure/dossiers`: a new, empty dossier for one user, with our reference to it
    /// (`externalReference`, which Assure's events name "your reference to a dossierId"), by
    /// which [`Self::dossier_find`] finds it again.
    pub async fn dossier_create(&self, external_reference: Option<&str>) -> Result<DossierId, ProviderError> {
        let body = match external_reference {
            Some(reference) => json!({ "externalReference": reference }),
            None => json!({}),
        };
        let created: wire::DossierCreated = self.send(Method::POST, "/dossiers", Some(&body)).await?;
        DossierId::parse(&created.dossier_id)
    }

    /// `GET /assure/dossiers/{id}`: the dossier, or `None` when it does not exist (any more).
    pub async fn dossier_show(&self, dossier: &DossierId) -> Result<Option<Dossier>, ProviderError> {
        let (status, bytes) = self.request(Method::GET, &format!("/dossiers/{dossier}"), None).await?;
        if status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let wire: wire::DossierWire = errors::read(status, &bytes)?;
        Dossier::try_from(wire).map(Some)
    }

    /// `GET /assure/dossiers/{id}` as Assure answered it, byte for byte (checked to be this
    /// dossier): the proof the bank keeps before the dossier is deleted. `None` when it does
    /// not exist (any more).
    pub async fn dossier_proof(&self, dossier: &DossierId) -> Result<Option<Vec<u8>>, ProviderError> {
        let (status, bytes) = self.request(Method::GET, &format!("/dossiers/{dossier}"), None).await?;
        if status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let wire: wire::DossierWire = errors::read(status, &bytes)?;
        if Dossier::try_from(wire)?.id != *dossier {
            return Err(ProviderError::Unexpected("another dossier than the one asked for".into()));
        }
        Ok(Some(bytes))
    }

    /// `DELETE /assure/dossiers/{id}`: removes the dossier with its user data, processes and
    /// images. A dossier that is already gone counts as deleted.
    pub async fn dossier_delete(&self, dossier: &DossierId) -> Result<(), ProviderError> {
        let (status, bytes) = self.request(Method::DELETE, &format!("/dossiers/{dossier}"), None).await?;
        if status.is_success() || status == StatusCode::NOT_FOUND {
            return Ok(());
        }
        Err(errors::error(status, &bytes))
    }

    /// `PUT /assure/dossiers/{id}/userdata`: what the user typed, for matching.
    pub async fn user_data_put(&self, dossier: &DossierId, person: &PersonalData) -> Result<(), ProviderError> {
        let body = wire::user_data(person);
        self.send_empty(Method::PUT, &format!("/dossiers/{dossier}/userdata"), Some(&body)).await
    }

    /// The notification part of a create-process body.
    fn with_notification(mut body: Value, notification: Option<&NotificationTarget>) -> Value {
        if let Some(target) = notification {
            body["notificationUrl"] = json!(target.url);
            if let Some(authorization) = &target.authorization {
                body["authorizationHeader"] = json!(authorization.expose_secret());
            }
        }
        body
    }

    /// `POST /assure/dossiers/{id}/processes` for a bank login with `scheme` (iDIN, Norwegian
    /// BankID): returns the bank login URL for the browser. After the login the browser comes
    /// back to `return_url` with `dossierId`, `processId` and `status` appended.
    pub async fn eid_process_create(
        &self,
        dossier: &DossierId,
        scheme: kyc_core::EidScheme,
        return_url: &str,
        notification: Option<&NotificationTarget>,
    ) -> Result<EidStart, ProviderError> {
        let body =
            json!({"provider": eid::PROVIDER, "processType": eid::process_type(scheme), "redirectUrl": return_url});
        let body = Self::with_notification(body, notification);
        let created: wire::ProcessWire =
            self.send(Method::POST, &format!("/dossiers/{dossier}/processes"), Some(&body)).await?;
        let redirect_url = created.redirect_url.clone();
        let process = Process::try_from(created)?;
        let redirect_url = redirect_url
            .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
            .ok_or_else(|| ProviderError::Unexpected("eID process without a login URL".into()))?;
        Ok(EidStart { process: process.id, redirect_url })
    }

    /// `POST /assure/dossiers/{id}/processes` for a document with selfie; images follow.
    pub async fn eidv_process_create(
        &self,
        dossier: &DossierId,
        notification: Option<&NotificationTarget>,
    ) -> Result<ProcessId, ProviderError> {
        let body =
            Self::with_notification(json!({"provider": "pictureid", "processType": "documentSelfie"}), notification);
        let created: wire::ProcessWire =
            self.send(Method::POST, &format!("/dossiers/{dossier}/processes"), Some(&body)).await?;
        Ok(Process::try_from(created)?.id)
    }

    /// `POST …/processes/{id}/images`: one picture; a second upload of a side replaces the first.
    pub async fn image_upload(
        &self,
        dossier: &DossierId,
        process: &ProcessId,
        side: ImageSide,
        image: &IdImage,
    ) -> Result<(), ProviderError> {
        let body = json!({ side.key(): image.data_url() });
        self.send_empty(Method::POST, &format!("/dossiers/{dossier}/processes/{process}/images"), Some(&body)).await
    }

    /// `POST …/processes/{id}/verify`: starts the verification of the uploaded pictures; the
    /// answer is the status right after (normally `processing`).
    pub async fn verification_request(
        &self,
        dossier: &DossierId,
        process: &ProcessId,
    ) -> Result<ProcessStatus, ProviderError> {
        let path = format!("/dossiers/{dossier}/processes/{process}/verify");
        let answer: wire::ProcessWire = self.send(Method::POST, &path, None).await?;
        Ok(Process::try_from(answer)?.status)
    }

    /// `GET …/processes/{id}`: status and findings; the authority after a notification.
    pub async fn process_show(&self, dossier: &DossierId, process: &ProcessId) -> Result<Process, ProviderError> {
        let answer: wire::ProcessWire =
            self.send(Method::GET, &format!("/dossiers/{dossier}/processes/{process}"), None).await?;
        Process::try_from(answer)
    }

    /// `POST /assure/dossiers/{id}/matching`: compares two data nodes field by field. Both
    /// processes must be accepted, else the provider refuses.
    pub async fn matching(
        &self,
        dossier: &DossierId,
        source: &MatchNode,
        target: &MatchNode,
    ) -> Result<MatchReport, ProviderError> {
        let body = json!({"source": source.to_wire(), "target": target.to_wire()});
        let wire: matching::MatchReportWire =
            self.send(Method::POST, &format!("/dossiers/{dossier}/matching"), Some(&body)).await?;
        MatchReport::try_from(wire)
    }

    /// The user data against each of `processes` (e.g. the iDIN and the eIDV process); the
    /// overall level is the worst report's (and `Mismatch` for an empty list: nothing was
    /// corroborated).
    pub async fn corroborate(
        &self,
        dossier: &DossierId,
        processes: &[ProcessId],
    ) -> Result<Corroboration, ProviderError> {
        let mut reports = Vec::with_capacity(processes.len());
        for process in processes {
            let report = self.matching(dossier, &MatchNode::UserData, &MatchNode::Process(process.clone())).await?;
            reports.push((process.clone(), report));
        }
        let overall = reports.iter().map(|(_, r)| r.overall).min().unwrap_or(MatchLevel::Mismatch);
        Ok(Corroboration { reports, overall })
    }
}
