//! ID Dataweb's AXN Verify API, identity-verification workflow (new users): session risk, then PII
//! validation against phone-carrier records, then either an SMS link possession check (match) or a
//! government ID and selfie step-up (no match).
//!
//! Mounted at `/iddataweb`; below it the paths mirror the documented ones:
//!
//! - `POST /v1/token?grant_type=client_credentials` with `Basic apiKey:sharedSecret`; the token
//!   lives 600 s and `expires_in` is a string, as documented.
//! - `POST /v1/slverify`: one call per workflow step. The first (session risk) uses the workflow's
//!   API key and opens a transaction; every later call passes the previous answer's
//!   `forwardApiKey` as `apikey` and the transaction id as `asi`.
//! - `GET|POST /v1/async-ui/send-link?apikey&asi`: with the SMS Link key, texts the one-time link
//!   to the phone validated in the PII step (`GET /link/{code}` is the page it opens); with the
//!   Government ID key, texts the document capture link.
//! - `GET /v1/doccapture/sendlink`, `GET /v1/doccapture/results?asi`: the documented capture
//!   handoff; the phone takes the pictures on `/capture/{code}`, the results list their URLs
//!   (`GET /v1/doccapture/images/{id}`), which the document step accepts in place of base64.
//! - `GET /sandbox/outbox?phone=…`: sandbox only, the text messages "sent" to a number.
//!
//! Devices: the guide binds the session's browser and the phone that opened the SMS link to the
//! credential on approval, and recognises them later from the session's device signals. There is
//! no lookup endpoint: a session-risk call whose `DeviceFingerprint` was bound before answers the
//! assertion `device.trusted: true` (with the Persistent ID add-on, the person's persistent id in
//! `acquiredAttributes`).
//!
//! Where the public documentation is silent (the session-risk signal attributes, the name of the
//! obligation, assertion keys, the device assertion) the shapes are this simulator's own choices,
//! kept close to the documented `/slverify` response. Personas: [`personas`].

mod auth;
mod capture;
mod decision;
mod document;
mod errors;
mod html;
mod link;
pub mod personas;
mod pii;
mod risk;
mod store;
mod verify;
mod wire;

use axum::routing::{get, post};
use axum::{middleware, Router};
use errors::ApiError;
use std::net::IpAddr;
use std::time::Duration;
use store::Store;

/// The API keys of the workflow's steps. The session-risk key is the one the integrator holds
/// (with its shared secret); the others reach the integrator only as `forwardApiKey`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepKeys {
    /// Session risk, the workflow's entry; also the client id of `/token`.
    pub session_risk: String,
    /// PII validation (name, address, phone against carrier records).
    pub pii_validation: String,
    /// SMS link possession check.
    pub sms_link: String,
    /// Government ID and selfie match.
    pub document: String,
    /// Knowledge-based authentication (the KBA add-on).
    pub kba: String,
}

/// The workflow template chosen in the admin console.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// Phone match, then the SMS link possession check; document step-up when the match fails.
    PhoneMatchWithPossession,
    /// Phone match alone approves (lower assurance); document step-up when it fails.
    PhoneMatchOnly,
}

/// The optional add-ons that need no outside data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddOns {
    /// SIM swap detection on PII validation: a recently swapped SIM fails the phone match.
    pub sim_swap: bool,
    /// Recycled number / deactivation on PII validation: a reassigned number fails the phone match.
    pub recycled_number: bool,
    /// Email risk on session risk: disposable mail domains are denied.
    pub email_risk: bool,
    /// Persistent ID: a stable identifier of the person, returned on approval.
    pub persistent_id: bool,
    /// KBA as the secondary step-up: a document that cannot be captured (see [`personas`])
    /// leads to a KBA obligation instead of a denial.
    pub kba: bool,
}

/// How the simulator behaves; [`Config::local`] gives the defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where this router is reachable, mount path included (`http://127.0.0.1:8081/iddataweb`);
    /// SMS links start here.
    pub public_base_url: String,
    /// Shared secret of the session-risk key, for `/token`.
    pub shared_secret: String,
    /// The steps' API keys.
    pub keys: StepKeys,
    /// How long an SMS link may be opened after it was sent.
    pub link_timeout: Duration,
    /// How long a document capture link may be used after it was sent.
    pub capture_timeout: Duration,
    /// The workflow template.
    pub template: Template,
    /// Switched-on add-ons.
    pub add_ons: AddOns,
    /// Known TOR exit nodes; sessions from them are denied.
    pub tor_exit_ips: Vec<IpAddr>,
    /// Addresses on the provider's block list.
    pub flagged_ips: Vec<IpAddr>,
    /// Most sessions one IP address may open within [`Config::velocity_window`].
    pub velocity_limit: usize,
    /// The window of the velocity rule.
    pub velocity_window: Duration,
}

impl Config {
    /// Sandbox credentials (`sandbox-idw-key` / `sandbox-idw-secret`), the default template, the
    /// KBA add-on only, a five-minute SMS link, a fifteen-minute capture link, the built-in risk lists and at most 20 sessions per IP and
    /// ten minutes.
    pub fn local(public_base_url: &str) -> Self {
        Self {
            public_base_url: public_base_url.trim_end_matches('/').to_owned(),
            shared_secret: "sandbox-idw-secret".to_owned(),
            keys: StepKeys {
                session_risk: "sandbox-idw-key".to_owned(),
                pii_validation: "5f1c0e7a9b2d4c68".to_owned(),
                sms_link: "a3e9d2710b4f6c85".to_owned(),
                document: "c9d98f96b6eb46fd".to_owned(),
                kba: "7b41e0c2d95a3f18".to_owned(),
            },
            link_timeout: Duration::from_secs(300),
            capture_timeout: Duration::from_secs(900),
            template: Template::PhoneMatchWithPossession,
            // KBA on: it changes only the persona whose document cannot be captured, so the
            // default sandbox can show an obligation the integrator's flow may not run.
            add_ons: AddOns { kba: true, ..AddOns::default() },
            tor_exit_ips: risk::TOR_EXIT_IPS.iter().filter_map(|ip| ip.parse().ok()).collect(),
            flagged_ips: risk::FLAGGED_IPS.iter().filter_map(|ip| ip.parse().ok()).collect(),
            velocity_limit: 20,
            velocity_window: Duration::from_secs(600),
        }
    }
}

/// State shared by the handlers.
pub(crate) type Sim = crate::sim::Sim<Config, Store>;

/// The simulator's routes (relative to where it is mounted) with its own in-memory state.
pub fn router(config: Config) -> Router {
    let sim = Sim::new(config, ());
    let api = Router::new()
        .route("/v1/slverify", post(verify::slverify))
        .route("/v1/async-ui/send-link", get(link::send_link).post(link::send_link))
        .route("/v1/doccapture/sendlink", get(capture::send_link))
        .route("/v1/doccapture/results", get(capture::results))
        .route("/v1/doccapture/images/{id}", get(capture::image))
        .route_layer(middleware::from_fn_with_state(sim.clone(), auth::require_bearer));
    Router::new()
        .route("/v1/token", post(auth::token))
        .merge(api)
        .route("/link/{code}", get(link::open))
        .route("/capture/{code}", get(capture::form).post(capture::upload))
        .route("/sandbox/outbox", get(link::outbox))
        .fallback(|| async { ApiError::not_found() })
        .with_state(sim)
}
