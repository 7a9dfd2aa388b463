//! Onfido (API v3.6): applicants, document and selfie uploads, checks with the document, facial
//! similarity and Identity Enhanced reports, and the webhook signature. Authenticated with
//! `Authorization: Token token=<api token>`.

mod lookup;

use super::{errors, wire};

pub use wire::{Check, CheckStatus, DocumentType, Report, ReportName, ReportStatus, Side, SubResult};

use crate::clients::retry::{body_limited, send_once, send_with_retries};
use crate::clients::ProviderError;
use kyc_core::flow::ProviderId;
use kyc_core::PersonalData;
use kyc_identity_enhanced::Ssn;
use reqwest::multipart::{Form, Part};
use reqwest::{header, Method, RequestBuilder};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use std::time::Duration;

/// Where and as whom the adapter calls Onfido.
#[derive(Clone)]
pub struct OnfidoConfig {
    /// API base with the version, e.g. `https://api.eu.onfido.com/v3.6` (or the simulator's
    /// `http://127.0.0.1:8081/onfido/v3.6`).
    pub base_url: String,
    /// API token (`api_sandbox…` or `api_live…`).
    pub api_token: SecretString,
    /// Token of the webhook subscription, for [`OnfidoClient::webhook_signature_valid`].
    pub webhook_token: SecretString,
    /// Per-request timeout.
    pub timeout: Duration,
}

/// A file to upload: an image of a document side, or a selfie.
pub struct FileUpload {
    /// File name sent to Onfido.
    pub file_name: String,
    /// MIME type (`image/jpeg`, `image/png`, `application/pdf`).
    pub content_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Client for the Onfido API.
pub struct OnfidoClient {
    http: reqwest::Client,
    base_url: String,
    authorization: SecretString,
    webhook_token: SecretString,
}

impl OnfidoClient {
    /// Builds the client; no request is made yet.
    pub fn new(config: OnfidoConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder().timeout(config.timeout).build()?;
        let authorization = format!("Token token={}", config.api_token.expose_secret()).into();
        Ok(Self {
            http,
            base_url: config.base_url.trim_end_matches('/').to_owned(),
            authorization,
            webhook_token: config.webhook_token,
        })
    }

    /// Sends an authorised request and reads the JSON answer (or the Onfido error).
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        build: impl FnOnce(RequestBuilder) -> RequestBuilder,
    ) -> Result<T, ProviderError> {
        let request = self
            .http
            .request(method, format!("{}{path}", self.base_url))
            .header(header::AUTHORIZATION, self.authorization.expose_secret());
        let response = send_once(ProviderId::Onfido.key(), build(request).send()).await?;
        let status = response.status();
        let body = body_limited(response).await?;
        errors::read(status, &body)
    }

    /// Reads `path` (a GET, tried again after a timeout, a 5xx or a 429) and its JSON answer.
    async fn read<T: DeserializeOwned>(&self, path: &str) -> Result<T, ProviderError> {
        let url = format!("{}{path}", self.base_url);
        let response = send_with_retries(ProviderId::Onfido.key(), &Method::GET, || {
            self.http.get(&url).header(header::AUTHORIZATION, self.authorization.expose_secret()).send()
        })
        .await?;
        let status = response.status();
        let body = body_limited(response).await?;
        errors::read(status, &body)
    }

    /// `POST /applicants`: name, date of birth, address, contact and, for US applicants, the
    /// SSN (all nine digits or the last four); returns the applicant id.
    pub async fn applicant_create(&self, person: &PersonalData, ssn: Option<&Ssn>) -> Result<String, ProviderError> {
        let body = wire::applicant_body(person, ssn);
        let created: wire::Created = self.send(Method::POST, "/applicants", |r| r.json(&body)).await?;
        Ok(created.id)
    }

    /// `DELETE /applicants/{id}`: the applicant and everything uploaded for it (`204`); one
    /// already gone (`404`) counts as deleted.
    pub async fn applicant_delete(&self, applicant_id: &str) -> Result<(), ProviderError> {
        let request = self
            .http
            .request(Method::DELETE, format!("{}/applicants/{applicant_id}", self.base_url))
            .header(header::AUTHORIZATION, self.authorization.expose_secret());
        let response = send_once(ProviderId::Onfido.key(), request.send()).await?;
        let status = response.status();
        if status.is_success() || status == reqwest::StatusCode::NOT_FOUND {
            return Ok(());
        }
        let body = body_limited(response).await?;
        errors::read::<serde_json::Value>(status, &body).map(|_| ())
    }

    async fn upload(&self, path: &str, form: Form) -> Result<String, ProviderError> {
        let created: wire::Created = self.send(Method::POST, path, |r| r.multipart(form)).await?;
        Ok(created.id)
    }

    /// `POST /documents`: one side of an identity document; returns the document id.
    pub async fn document_upload(
        &self,
        applicant_id: &str,
        kind: DocumentType,
        side: Option<Side>,
        file: FileUpload,
    ) -> Result<String, ProviderError> {
        let mut form = Form::new().text("applicant_id", applicant_id.to_owned()).text("type", kind.as_str());
        if let Some(side) = side {
            form = form.text("side", side.as_str());
        }
        self.upload("/documents", form.part("file", file_part(file)?)).await
    }

    /// `POST /live_photos`: the selfie; returns the live photo id.
    pub async fn live_photo_upload(&self, applicant_id: &str, file: FileUpload) -> Result<String, ProviderError> {
        let form = Form::new().text("applicant_id", applicant_id.to_owned()).part("file", file_part(file)?);
        self.upload("/live_photos", form).await
    }

    /// `POST /checks`: runs `reports` on the applicant's latest uploads, with `tags` (e.g. the
    /// reference [`Self::check_find_tagged`] finds it by). The answer usually says
    /// `in_progress`; the result comes by webhook or [`Self::check_show`].
    pub async fn check_create(
        &self,
        applicant_id: &str,
        reports: &[ReportName],
        tags: &[&str],
    ) -> Result<Check, ProviderError> {
        let body = serde_json::json!({ "applicant_id": applicant_id, "report_names": reports, "tags": tags });
        self.send(Method::POST, "/checks", |r| r.json(&body)).await
    }

    /// `GET /checks/{id}`.
    pub async fn check_show(&self, check_id: &str) -> Result<Check, ProviderError> {
        self.read(&format!("/checks/{check_id}")).await
    }

    /// `GET /reports/{id}`: with the Identity Enhanced breakdown read into counts per source.
    pub async fn report_show(&self, report_id: &str) -> Result<Report, ProviderError> {
        let wire: wire::ReportWire = self.read(&format!("/reports/{report_id}")).await?;
        Report::try_from(wire)
    }

    /// `GET /reports?check_id=`: every report of a check.
    pub async fn report_list(&self, check_id: &str) -> Result<Vec<Report>, ProviderError> {
        let list: wire::ReportList = self.read(&format!("/reports?check_id={check_id}")).await?;
        list.reports.into_iter().map(Report::try_from).collect()
    }

    /// [`verify_signature`] with the configured webhook token.
    pub fn webhook_signature_valid(&self, raw_body: &[u8], header: &str) -> bool {
        verify_signature(raw_body, header, self.webhook_token.expose_secret())
    }
}

fn file_part(file: FileUpload) -> Result<Part, ProviderError> {
    Part::bytes(file.bytes)
        .file_name(file.file_name)
        .mime_str(&file.content_type)
        .map_err(|_| ProviderError::Refused(format!("'{}' is not a MIME type", file.content_type)))
}

/// Whether `header` (the `X-SHA2-Signature` value) is the hex HMAC-SHA256 of the exact bytes
/// received, keyed with the webhook token. Compared in constant time; anything malformed is
/// simply invalid.
pub fn verify_signature(raw_body: &[u8], header: &str, token: &str) -> bool {
    crate::auth::hmac_sha256_hex_valid(token.as_bytes(), raw_body, header)
}

#[cfg(test)]
mod tests {
    use super::verify_signature;

    #[test]
    fn the_rfc_4231_vector_verifies_and_any_change_breaks_it() {
        let signature = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        let body = b"what do ya want for nothing?";
        assert!(verify_signature(body, signature, "Jefe"));
        assert!(verify_signature(body, &signature.to_uppercase(), "Jefe"), "hex case does not matter");
        assert!(!verify_signature(b"what do ya want for nothing!", signature, "Jefe"));
        assert!(!verify_signature(body, signature, "jefe"));
        assert!(!verify_signature(body, &signature[..62], "Jefe"));
        assert!(!verify_signature(body, "not hex", "Jefe"));
        assert!(!verify_signature(body, "", "Jefe"));
    }
}
