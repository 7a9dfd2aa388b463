//! Onfido (API v3.6) sandbox: applicants, document and live-photo uploads, checks with the
//! `document`, `facial_similarity_photo` and `identity_enhanced` reports, and signed
//! `report.completed` / `check.completed` webhooks.
//!
//! # Contract
//!
//! Mounted by [`crate::app`] under `/onfido`, so paths are `/onfido/v3.6/...`. Every request needs
//! `Authorization: Token token=<Config::api_token>`. Errors use Onfido's body
//! `{"error": {"type", "message", "fields"}}`: 401 `authorization_error`, 404
//! `resource_not_found`, 400 `bad_request` for unreadable bodies, 422 `validation_error` with the
//! refused fields.
//!
//! | method and path | |
//! | --- | --- |
//! | `POST /v3.6/applicants`, `GET /v3.6/applicants` (`page`, `per_page`; newest first), `GET /v3.6/applicants/{id}` | name, `dob`, `address` (ISO-3 `country`), `id_numbers` (`ssn`: nine digits or the last four) |
//! | `POST /v3.6/documents`, `GET /v3.6/documents/{id}` | multipart: `applicant_id`, `type`, `side`, `issuing_country`, `file` (JPEG, PNG or PDF, at most 10 MB) |
//! | `POST /v3.6/live_photos`, `GET /v3.6/live_photos/{id}` | multipart: `applicant_id`, `file` |
//! | `POST /v3.6/checks`, `GET /v3.6/checks/{id}`, `GET /v3.6/checks?applicant_id=` | `report_names`, `document_ids`, `asynchronous`, `tags` (returned as sent), sandbox `consider` and `sub_result` |
//! | `GET /v3.6/reports/{id}`, `GET /v3.6/reports?check_id=` | |
//!
//! A check starts `in_progress` with its reports `awaiting_data`, and completes after
//! [`Config::processing_delay`] (at once when `asynchronous` is false or the delay is zero):
//! reports `complete`, then one `report.completed` event per report and a `check.completed`
//! event. The check is `clear` when every report is.
//!
//! # Outcomes
//!
//! Onfido's sandbox returns predetermined results; the documented triggers are the check's
//! `consider` list (report names forced to `consider`) and `sub_result` (the document report's
//! sub-result). The simulator honours both; without them the document and facial similarity
//! reports are `clear`. The Identity Enhanced report is not predetermined here: the applicant is
//! looked up, with fuzzy matching of names and addresses, in a small compiled-in set of database
//! records (the personas are listed in `onfido/dataset.rs`), and the result follows the guide's rules
//! ([`kyc_identity_enhanced`]).

mod applicants;
mod auth;
mod checks;
mod dataset;
mod errors;
mod identity;
mod matching;
mod multipart;
mod processing;
mod reports;
mod store;
mod uploads;
pub mod webhooks;

use crate::faults::Faults;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{middleware, Router};
use errors::ApiError;
use std::time::Duration;
use store::Store;

/// The API version in every path.
pub const VERSION_PATH: &str = "/v3.6";

/// How the Onfido simulator behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where this router is reachable from outside, with its mount path
    /// (`http://127.0.0.1:8081/onfido`); absolute `href`s in webhook events start here.
    pub public_url: String,
    /// Token expected in `Authorization: Token token=…`.
    pub api_token: String,
    /// Secret of the webhook subscription: events are signed with it (`X-SHA2-Signature`).
    pub webhook_token: String,
    /// Receiver of webhook events, if any.
    pub webhook_url: Option<String>,
    /// Time from creating a check to its completion.
    pub processing_delay: Duration,
    /// Pause before each retry of an event the receiver did not take
    /// ([`webhooks::retry_delays`] by default: from a quarter of a second, doubling).
    pub retry_delays: Vec<Duration>,
}

impl Config {
    /// Defaults for a local setup behind [`crate::app`] at `public_base_url`: a sandbox-style
    /// API token `api_sandbox.local-onfido-token`, webhook token `local-onfido-webhook-token`,
    /// no webhook receiver, retries from a quarter of a second, and checks that take two seconds.
    pub fn local(public_base_url: &str) -> Self {
        Self {
            public_url: format!("{}/onfido", public_base_url.trim_end_matches('/')),
            api_token: "api_sandbox.local-onfido-token".to_owned(),
            webhook_token: "local-onfido-webhook-token".to_owned(),
            webhook_url: None,
            processing_delay: Duration::from_secs(2),
            retry_delays: webhooks::retry_delays(),
        }
    }
}

/// State shared by the handlers and the background completion tasks.
pub(crate) type Sim = crate::sim::Sim<Config, Store, webhooks::Dispatcher>;

/// The Onfido API with its own in-memory state; its webhooks skip what `faults` drops.
pub fn router(config: Config, faults: Faults) -> Router {
    let (url, token, delays) = (config.webhook_url.clone(), config.webhook_token.clone(), config.retry_delays.clone());
    let webhooks = webhooks::Dispatcher::new(url, token, delays, faults);
    let sim = Sim::new(config, webhooks);
    let v = |path: &str| format!("{VERSION_PATH}{path}");
    let uploads = Router::new()
        .route(&v("/documents"), post(uploads::document_upload))
        .route(&v("/live_photos"), post(uploads::live_photo_upload))
        // Axum's default limit (2 MB) is below Onfido's file size limit.
        .layer(DefaultBodyLimit::max(uploads::MAX_FILE_BYTES + 64 * 1024));
    Router::new()
        .route(&v("/applicants"), post(applicants::applicant_create).get(applicants::applicant_list))
        .route(&v("/applicants/{id}"), get(applicants::applicant_show).delete(applicants::applicant_delete))
        .route(&v("/documents/{id}"), get(uploads::document_show))
        .route(&v("/live_photos/{id}"), get(uploads::live_photo_show))
        .route(&v("/checks"), post(checks::check_create).get(checks::check_list))
        .route(&v("/checks/{id}"), get(checks::check_show))
        .route(&v("/reports"), get(reports::report_list))
        .route(&v("/reports/{id}"), get(reports::report_show))
        .merge(uploads)
        .fallback(|| async { ApiError::route_not_found() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .layer(middleware::from_fn_with_state(sim.clone(), auth::require_token))
        .with_state(sim)
}
