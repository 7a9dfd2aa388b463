//! Local simulators of the identity providers' documented sandboxes, on one HTTP server:
//!
//! - Solaris with IDnow video identification ([`solaris`]): OAuth client credentials, the `/v1`
//!   person, identification and document API, the IDnow pages the user sees in the product's
//!   iframe, and signed `IDENTIFICATION` webhooks.
//! - ID Dataweb ([`iddataweb`]) under `/iddataweb`: session risk, PII validation, the SMS link
//!   (with a sandbox-only outbox) and the document step-up; trusted devices after approval.
//! - Signicat Assure ([`signicat`]) under `/signicat`: dossiers, user data, the iDIN bank login
//!   page, document-and-selfie processes, matching and notifications.
//! - Xpollens ([`xpollens`]) under `/xpollens`: prospects, KYC steps in any order, the
//!   identification webview, SEPA instant transfers, callbacks 34, 4 and 35, the 90-day purge.
//! - Onfido API v3.6 ([`onfido`]) under `/onfido`: applicants, document and selfie uploads,
//!   checks with the Identity Enhanced report over a small record set with fuzzy matching, and
//!   signed webhooks.
//! - Address validation ([`address`]) under `/address/v1`: suggestions while typing and a check
//!   of complete residence addresses, a small contract of this simulator's own.
//! - An SMS gateway ([`sms`]) under `/sms/v1`, with an outbox tests can read.
//!
//! The proxy talks to each exactly as it would to the provider.
//! Nothing here reads files at runtime; every fixture is compiled in.
//!
//! # Sandbox control panel
//!
//! Under `/sandbox` at the root, a path no provider uses, the simulators take orders from tests
//! ([`faults`]). None of it is part of a provider's API.
//!
//! | method and path | what |
//! | --- | --- |
//! | `GET /sandbox/health` | `200 ok` once the simulators listen |
//! | `POST /sandbox/faults` | adds a fault (JSON below); `201` with the fault, `422` with `{"error"}` if unreadable |
//! | `GET /sandbox/faults` | `{"faults": [...]}`, the active ones with the uses left in `times` |
//! | `DELETE /sandbox/faults` | clears them all (`204`) |
//!
//! A fault is `{"action", "times"?, ...}`; without `times` it applies until cleared, and the
//! first active fault that matches a request applies to it. Request faults match on
//! `path_prefix` (the full path, e.g. `/onfido/v3.6/checks`) and `method`, each any when absent:
//!
//! - `{"action": "status", "status": 503, "retry_after_secs": 1}`: answered at once, the
//!   simulator never sees the request;
//! - `{"action": "delay_before", "ms": 5000}`: answered after the delay (a caller's timeout);
//! - `{"action": "delay_after", "ms": 3000}`: the simulator does the work, then the answer is
//!   held (the provider has done it, the caller has not heard);
//! - `{"action": "drop_webhooks", "provider": "onfido"}` (`solaris`, `onfido`, `signicat`,
//!   `xpollens`): that provider's next deliveries are skipped entirely, retries included.

pub mod address;
mod clock;
mod delivery;
pub mod faults;
pub mod iddataweb;
mod latin;
mod oauth;
pub mod onfido;
pub mod shape;
pub mod signicat;
mod sim;
pub mod sms;
pub mod solaris;
pub mod xpollens;

// Solaris's webhook signature and subscription at the root: the proxy and its tests use them to
// receive the simulator's `IDENTIFICATION` events.
pub use solaris::webhooks::{sign, WebhookTarget};

/// How the simulators behave: one configuration per provider, as each provider's own sandbox
/// would have it, and the keys of the two small services of this simulator's own.
/// [`SandboxConfig::local`] gives sensible defaults.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// The Solaris simulator (with the IDnow pages), mounted at the root as Solaris's paths are.
    pub solaris: solaris::Config,
    /// The Onfido simulator, mounted under `/onfido`.
    pub onfido: onfido::Config,
    /// The ID Dataweb simulator, mounted at `/iddataweb`.
    pub iddataweb: iddataweb::Config,
    /// The Signicat Assure simulator, mounted under `/signicat`.
    pub signicat: signicat::Config,
    /// The Xpollens simulator, mounted at `/xpollens`.
    pub xpollens: xpollens::Config,
    /// Key the address API expects in `X-Api-Key`.
    pub address_api_key: String,
    /// Key the SMS gateway expects as `Authorization: Bearer`.
    pub sms_api_key: String,
}

impl SandboxConfig {
    /// Defaults for a local setup with the simulators at `public_base_url`: every provider's own
    /// `Config::local` (Solaris's IDnow page returns the browser to `redirect_url`), address API
    /// key `sandbox-address-key` and SMS key `sandbox-sms-key`.
    pub fn local(public_base_url: &str, redirect_url: &str) -> Self {
        Self {
            solaris: solaris::Config::local(public_base_url, redirect_url),
            onfido: onfido::Config::local(public_base_url),
            iddataweb: iddataweb::Config::local(&format!("{}/iddataweb", public_base_url.trim_end_matches('/'))),
            signicat: signicat::Config::local(public_base_url),
            xpollens: xpollens::Config::local(public_base_url),
            address_api_key: "sandbox-address-key".to_owned(),
            sms_api_key: "sandbox-sms-key".to_owned(),
        }
    }
}

/// The whole simulator with its state inside: every provider's API under its own prefix (Solaris
/// at the root, as its paths are), the IDnow pages, the address API and the control panel, with
/// fault injection over all of it. Serve it with `axum::serve`, or call it in tests with
/// `tower::ServiceExt::oneshot`.
pub fn app(config: SandboxConfig) -> axum::Router {
    let faults = faults::Faults::default();
    solaris::router(config.solaris, faults.clone())
        .nest(address::BASE_PATH, address::router(&config.address_api_key))
        .nest(sms::BASE_PATH, sms::router(&config.sms_api_key))
        .nest("/iddataweb", iddataweb::router(config.iddataweb))
        .nest("/signicat", signicat::router(config.signicat, faults.clone()))
        .nest("/xpollens", xpollens::router(config.xpollens, faults.clone()))
        .nest("/onfido", onfido::router(config.onfido, faults.clone()))
        .merge(faults::router(faults.clone()))
        .layer(axum::middleware::from_fn_with_state(faults, faults::inject))
}
