//! Signicat Assure API: OAuth client credentials, dossiers with the user's own data, an eID
//! process (iDIN, with a simulated bank login page), an eIDV process (ID document and selfie
//! with face match and liveness), matching of the collected data field by field, and
//! per-process notifications. All of it lives in this router's own in-memory store.
//!
//! Paths mirror the documented ones under `/assure` and `/auth/open/connect/token`; where the
//! public documentation does not show a path or a shape, the choice is marked as the
//! simulator's in the handler's documentation.
//!
//! # Test personas
//!
//! The simulated ID document belongs to the person typed into the dossier's user data: the
//! first and last name pick a persona (case and diacritics ignored), and the persona decides
//! what the document shows and how the biometric checks end. See [`personas::PERSONAS`].
//! On the bank login page the user picks whose bank account logs in; "as entered" returns the
//! dossier's user data unchanged.

mod auth;
mod dossiers;
mod eidv;
mod idin;
mod images;
pub mod matching;
mod notifications;
pub mod personas;
mod problem;
mod processes;
mod store;
mod user_data;

use crate::faults::Faults;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{middleware, Router};
use problem::Problem;
use std::time::Duration;
use store::Store;

/// How the Signicat simulator behaves; [`Config::local`] gives the defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// Client id accepted by the token endpoint.
    pub client_id: String,
    /// Client secret accepted by the token endpoint.
    pub client_secret: String,
    /// Where this router is reachable from a browser, e.g. `http://127.0.0.1:8081/signicat`;
    /// the bank login page URLs start here.
    pub public_url: String,
    /// Notification target for processes created without a `notificationUrl` of their own
    /// (the Dashboard-level subscription of the newer Assure Events, simplified).
    pub notification_url: Option<String>,
    /// How long a requested eIDV verification stays `processing` before its result is known.
    pub decision_delay: Duration,
    /// Pause before each retry of a notification the receiver did not take (by default from
    /// half a second, doubling, six attempts in all).
    pub retry_delays: Vec<Duration>,
}

impl Config {
    /// Defaults for a local setup: client `sandbox-signicat-client` with secret
    /// `sandbox-signicat-secret`, no default notification target, a half-second decision,
    /// notifications retried from half a second. The
    /// router is expected under `/signicat` of `public_base_url`, as [`crate::app`] mounts it.
    pub fn local(public_base_url: &str) -> Self {
        Self {
            client_id: "sandbox-signicat-client".to_owned(),
            client_secret: "sandbox-signicat-secret".to_owned(),
            public_url: format!("{}/signicat", public_base_url.trim_end_matches('/')),
            notification_url: None,
            decision_delay: Duration::from_millis(500),
            retry_delays: notifications::retry_delays(),
        }
    }
}

/// ID images arrive base64-encoded in JSON; three camera pictures easily pass axum's 2 MB.
const BODY_LIMIT: usize = 32 * 1024 * 1024;

/// State shared by the handlers and the background decisions and deliveries.
pub(crate) type Sim = crate::sim::Sim<Config, Store, notifications::Notifier>;

/// The Assure API behind its token endpoint, plus the simulated bank login pages; its
/// notifications skip what `faults` drops.
pub fn router(config: Config, faults: Faults) -> Router {
    let notifier = notifications::Notifier::new(config.retry_delays.clone(), faults);
    let sim = Sim::new(config, notifier);
    let api = Router::new()
        .route("/assure/dossiers", post(dossiers::dossier_create).get(dossiers::dossier_list))
        .route("/assure/dossiers/{dossier_id}", get(dossiers::dossier_show).delete(dossiers::dossier_delete))
        .route("/assure/dossiers/{dossier_id}/userdata", get(dossiers::user_data_show).put(dossiers::user_data_put))
        .route("/assure/dossiers/{dossier_id}/processes", post(processes::process_create))
        .route(
            "/assure/dossiers/{dossier_id}/processes/{process_id}",
            get(processes::process_show).delete(processes::process_delete),
        )
        .route("/assure/dossiers/{dossier_id}/processes/{process_id}/images", post(processes::images_upload))
        .route("/assure/dossiers/{dossier_id}/processes/{process_id}/verify", post(processes::verification_request))
        .route("/assure/dossiers/{dossier_id}/matching", post(matching::matching_create))
        .route_layer(middleware::from_fn_with_state(sim.clone(), auth::require_bearer));
    Router::new()
        .route("/auth/open/connect/token", post(auth::token_create))
        .merge(api)
        .merge(idin::router())
        .fallback(|| async { Problem::route_not_found() })
        .method_not_allowed_fallback(|| async { Problem::method_not_allowed() })
        .layer(middleware::from_fn(problem::echo_request))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(sim)
}

#[cfg(test)]
mod tests;
