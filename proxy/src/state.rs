//! Shared state of the handlers.

use crate::clients::address::AddressClient;
use crate::clients::sms::SmsClient;
use crate::flow::{Env, SessionLocks};
use crate::providers::Providers;
use crate::rules::Policy;
use crate::spa::SpaPage;
use crate::store::Store;
use axum::extract::FromRef;
use std::sync::Arc;
use std::time::Duration;

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The deployment's own rules.
    pub policy: Arc<Policy>,
    /// Storage.
    pub store: Store,
    /// The address service.
    pub address: Arc<AddressClient>,
    /// The SMS gateway for hand-off links; `None` when the deployment has none.
    pub sms: Option<Arc<SmsClient>>,
    /// The identity providers, reached only through their dispatcher.
    pub providers: Arc<Providers>,
    /// The origin browsers use for the SPA, for links handed to product teams.
    pub public_url: Arc<str>,
    /// How long new sessions live.
    pub session_ttl: Duration,
    /// The SPA's entry page.
    pub spa: Arc<SpaPage>,
    /// SHA-256 of each product-team API key; the partner API refuses everyone when empty.
    pub partner_key_hashes: Arc<Vec<[u8; 32]>>,
    /// Sessions whose pictures are being handed to their provider, or whose provider progress is
    /// being updated, right now ([`crate::flow::locks`]).
    pub handovers: Arc<SessionLocks>,
}

impl AppState {
    /// What the providers' flows share, from this state.
    pub fn env(&self) -> Env {
        Env {
            store: self.store.clone(),
            policy: self.policy.clone(),
            handovers: self.handovers.clone(),
            public_url: self.public_url.clone(),
        }
    }
}

impl FromRef<AppState> for Store {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}
