//! Xpollens (BPCE Banking-as-a-Service) modular KYC: OAuth client credentials, a prospect per
//! partner `appUserId`, KYC steps accepted in any order, the identification webview, the SDK's
//! activation-code hand-off (the phone's SDK played by a sandbox trigger), callbacks 34, 4 and 35
//! wrapped in `{"Payload": …}` as the guide shows them, and the 90-day purge of prospects.
//!
//! Mounted at `/xpollens` by [`crate::app`]; every URL the simulator hands out starts with
//! [`Config::public_base_url`].
//!
//! | Path | What |
//! | --- | --- |
//! | `POST /connect/token` | OAuth client credentials (form or Basic) |
//! | `POST/GET/PUT /api/v1.1/users/{appUserId}` | create, read, update the prospect (`{"profile": …}`) |
//! | `POST /api/v2.0/users/{appUserId}/declarative` | declarative data (`{"profile": …}`) |
//! | `PATCH /api/v2.1/user/{appUserId}/fatcaEai` | `{"isUSPerson", "taxInformation": [{"taxCountry", "taxIdentificationNumber"}]}` |
//! | `POST /api/v2.0/users/{appUserId}/cgu` | terms accepted (`{"acceptedAt"?}`) |
//! | `GET /api/v3.0/users/{appUserId}/kyc/demand` | KYC status and diligences |
//! | `POST /api/v2.0/users/{appUserId}/kyc/sct-in` | books the IBAN for identification by transfer (simulator's path) |
//! | `GET/POST /pad/api/v2/static/dist/index.html?technicalId=…&token=…` | the identification webview |
//! | `POST /sandbox/phone/provision` | test trigger, the phone's SDK: `{"activationCode"}` binds the wallet → `{"webviewUrl"}` (`getIssuerData()`) |
//! | `POST /sandbox/sct-in` | test trigger: `{"iban", "amountCents", "debtorName"}` arrives |
//! | `POST /sandbox/purge` | test trigger: `{"now"}` runs the 90-day purge as of that moment |
//!
//! Personas: the facial recognition's verdict follows the documented live-check aliases in the
//! prospect's e-mail (`+LC_ACCEPTED`, `+LC_FRAUD`, `+LC_DOC_EXPIRED`, …; no alias passes). An
//! instant transfer identifies the prospect when the debtor's name is theirs.

mod auth;
mod callbacks;
mod errors;
mod iban;
mod identity;
mod persona;
mod phone;
mod profile;
mod prospect;
mod purge;
mod random;
mod routes;
mod rules;
mod store;
mod webview;

pub use callbacks::{local_retry_delays, RETRY_DELAYS};
pub use purge::PROSPECT_LIFETIME_DAYS;
pub use rules::SCT_IN_LIMIT_CENTS;

use crate::faults::Faults;
use axum::routing::{get, patch, post};
use axum::{middleware, Router};
use callbacks::Dispatcher;
use errors::ApiError;
use std::time::Duration;
use store::Store;

/// How the Xpollens simulator behaves; [`Config::local`] gives sensible defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// OAuth client id accepted by `POST /connect/token`.
    pub client_id: String,
    /// OAuth client secret accepted by `POST /connect/token`.
    pub client_secret: String,
    /// Where this router is reachable from outside, mount path included
    /// (`http://127.0.0.1:8081/xpollens`); webview URLs start here.
    pub public_base_url: String,
    /// Where callbacks go, if anywhere.
    pub callback: Option<CallbackTarget>,
    /// Pause before each retry of a callback the receiver did not accept (documented:
    /// [`RETRY_DELAYS`], 20 s, 60 s, 5 min, 30 min; by default [`local_retry_delays`]).
    pub retry_delays: Vec<Duration>,
    /// How long the simulated back office takes to judge a facial recognition (the real one
    /// announces 3 to 6 minutes).
    pub review_delay: Duration,
}

/// The partner's callback endpoint and the HTTP Basic credentials the simulator presents to it
/// (Basic is one of the three schemes Xpollens's webhook manager documents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackTarget {
    /// Receiver, e.g. `http://127.0.0.1:8080/webhooks/xpollens`.
    pub url: String,
    /// Basic user name.
    pub username: String,
    /// Basic password.
    pub password: String,
}

impl Config {
    /// Defaults for a local sandbox served at `public_base_url` with this router nested under
    /// `/xpollens`: fixed credentials (`sandbox-xpollens-client` / `sandbox-xpollens-secret`),
    /// no callback target, retries from half a second ([`local_retry_delays`]: a receiver
    /// restarted within seconds still gets the callback) and a two-second facial review.
    pub fn local(public_base_url: &str) -> Self {
        Self {
            client_id: "sandbox-xpollens-client".to_owned(),
            client_secret: "sandbox-xpollens-secret".to_owned(),
            public_base_url: format!("{}/xpollens", public_base_url.trim_end_matches('/')),
            callback: None,
            retry_delays: local_retry_delays(),
            review_delay: Duration::from_secs(2),
        }
    }
}

/// State shared by the handlers, the review tasks and the callback deliveries.
pub(crate) type Sim = crate::sim::Sim<Config, Store, Dispatcher>;

/// The Xpollens API behind its token endpoint, the webview and the sandbox's
/// admin endpoints, with their own in-memory state; its callbacks skip what `faults` drops.
pub fn router(config: Config, faults: Faults) -> Router {
    let callbacks = Dispatcher::new(config.callback.clone(), config.retry_delays.clone(), faults);
    let sim = Sim::new(config, callbacks);
    // Like the real platform, the simulator purges its prospects by itself (hourly), when it
    // runs in a runtime; tests run the purge as of a given moment with `POST /sandbox/purge`.
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let purging = sim.clone();
        runtime.spawn(async move {
            let mut hourly = tokio::time::interval(Duration::from_secs(3600));
            loop {
                hourly.tick().await;
                purge::purge(&mut purging.store(), store::now_ms());
            }
        });
    }
    let api = Router::new()
        .route(
            "/api/v1.1/users/{app_user_id}",
            post(routes::user_create).get(routes::user_show).put(routes::user_update),
        )
        .route("/api/v2.0/users/{app_user_id}/declarative", post(routes::declarative_create))
        .route("/api/v2.1/user/{app_user_id}/fatcaEai", patch(routes::fatca_update))
        .route("/api/v2.0/users/{app_user_id}/cgu", post(routes::cgu_create))
        .route("/api/v3.0/users/{app_user_id}/kyc/demand", get(routes::kyc_show))
        .route("/api/v2.0/users/{app_user_id}/kyc/sct-in", post(identity::sct_in_create))
        .route_layer(middleware::from_fn_with_state(sim.clone(), auth::require_bearer));
    Router::new()
        .route("/connect/token", post(auth::token))
        .merge(api)
        .route(webview::PATH, get(webview::page_show).post(webview::page_finish))
        .route("/sandbox/phone/provision", post(phone::provision_create))
        .route("/sandbox/sct-in", post(identity::transfer_create))
        .route("/sandbox/purge", post(purge::purge_create))
        .fallback(|| async { ApiError::route_not_found() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .with_state(sim)
}

#[cfg(test)]
mod tests;
