//! Shared state of the handlers.

use crate::providers::address::AddressClient;
use crate::providers::iddataweb::IdDatawebClient;
use crate::providers::sms::SmsClient;
use crate::providers::solaris::SolarisClient;
use crate::rules::Policy;
use crate::spa::SpaPage;
use crate::store::Store;
use secrecy::SecretString;
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
    /// The Solaris adapter.
    pub solaris: Arc<SolarisClient>,
    /// The SMS gateway for hand-off links; `None` when the deployment has none.
    pub sms: Option<Arc<SmsClient>>,
    /// The ID Dataweb adapter, when configured.
    pub iddataweb: Option<Arc<IdDatawebClient>>,
    /// The Onfido adapter and the product team's rules over its reports, when configured.
    pub onfido: Option<Arc<crate::flows::onfido::Onfido>>,
    /// The Signicat Assure adapter and its notification target, when configured.
    pub signicat: Option<Arc<crate::flows::signicat::Signicat>>,
    /// The Xpollens adapter and the callback settings agreed with it, when configured.
    pub xpollens: Option<Arc<crate::flows::xpollens::Xpollens>>,
    /// The origin browsers use for the SPA, for links handed to product teams.
    pub public_url: Arc<str>,
    /// How long new sessions live.
    pub session_ttl: Duration,
    /// The SPA's entry page.
    pub spa: Arc<SpaPage>,
    /// SHA-256 of each product-team API key; the partner API refuses everyone when empty.
    pub partner_key_hashes: Arc<Vec<[u8; 32]>>,
    /// Secret of the Solaris webhook subscription; webhooks are refused without one.
    pub solaris_webhook_secret: Option<SecretString>,
    /// Sessions whose pictures are being handed to their provider, or whose provider progress is
    /// being updated, right now ([`crate::flows::serial`]).
    pub handovers: Arc<crate::flows::serial::SessionLocks>,
}
