//! Shared state of the handlers.

use crate::client_ip::TrustedProxies;
use crate::clients::address::AddressClient;
use crate::clients::sms::SmsClient;
use crate::flow::Env;
use crate::providers::Providers;
use crate::readiness::Readiness;
use crate::spa::SpaPage;
use crate::store::Store;
use axum::extract::FromRef;
use std::sync::Arc;
use std::time::Duration;

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Storage, the deployment's rules, the hand-over locks and the public origin: what the
    /// providers' flows share too.
    pub env: Env,
    /// The address service.
    pub address: Arc<AddressClient>,
    /// The SMS gateway for hand-off links; `None` when the deployment has none.
    pub sms: Option<Arc<SmsClient>>,
    /// The identity providers, reached only through their dispatcher.
    pub providers: Arc<Providers>,
    /// How long new sessions live.
    pub session_ttl: Duration,
    /// The SPA's entry page.
    pub spa: Arc<SpaPage>,
    /// SHA-256 of each product-team API key; the partner API refuses everyone when empty.
    pub partner_key_hashes: Arc<Vec<String>>,
    /// The reverse proxies whose `X-Forwarded-For` is believed (see [`crate::client_ip`]).
    pub trusted_proxies: TrustedProxies,
    /// Whether a load balancer should send requests here (`/api/ready`).
    pub readiness: Readiness,
    /// This instance's rate limiters.
    pub limits: Arc<crate::limits::Limits>,
    /// The key that signs consent receipts.
    pub receipts: Arc<crate::receipts::Receipts>,
}

impl FromRef<AppState> for Store {
    fn from_ref(state: &AppState) -> Self {
        state.env.store.clone()
    }
}
