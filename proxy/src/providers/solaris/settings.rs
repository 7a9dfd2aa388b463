//! Solaris's settings (`SOLARIS_*`): endpoints, OAuth client and the webhook subscription's
//! secret; the simulator's when the sandbox runs. Without the sandbox they are required: the
//! video call is the deployment's default flow.

use super::{Solaris, SolarisClient, SolarisConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Solaris answers within seconds; a slow call is treated as unavailable (`SOLARIS_TIMEOUT_SECS`).
const TIMEOUT_SECS: &str = "15";
/// The simulated subscription's secret when `SOLARIS_WEBHOOK_SECRET` is unset.
const SANDBOX_WEBHOOK_SECRET: &str = "sandbox-solaris-webhook-secret";

/// Solaris endpoints and credentials.
#[derive(Clone)]
pub struct SolarisSettings {
    /// API base URL.
    pub base_url: String,
    /// OAuth2 token URL.
    pub token_url: String,
    /// OAuth2 client id.
    pub client_id: String,
    /// OAuth2 client secret.
    pub client_secret: SecretString,
    /// Secret of the `IDENTIFICATION` webhook subscription (from `POST /v1/webhooks`).
    pub webhook_secret: Option<SecretString>,
    /// How long a call may take before Solaris counts as unavailable.
    pub timeout: Duration,
}

impl SolarisSettings {
    /// Solaris's settings: the simulator's by default when the sandbox runs, required otherwise.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let timeout = Duration::from_secs(env.parse("SOLARIS_TIMEOUT_SECS", TIMEOUT_SECS)?);
        Ok(Some(match (env.get("SOLARIS_BASE_URL"), env.sandbox) {
            // A real base URL never runs on the simulators' credentials.
            (Some(base_url), _) => {
                let needed = |name| env.needed(name, "with SOLARIS_BASE_URL");
                Self {
                    base_url,
                    token_url: needed("SOLARIS_TOKEN_URL")?,
                    client_id: needed("SOLARIS_CLIENT_ID")?,
                    client_secret: needed("SOLARIS_CLIENT_SECRET")?.into(),
                    webhook_secret: Some(needed("SOLARIS_WEBHOOK_SECRET")?.into()),
                    timeout,
                }
            }
            (None, Some(s)) => Self {
                base_url: s.public_url.clone(),
                token_url: env.get("SOLARIS_TOKEN_URL").unwrap_or_else(|| format!("{}/oauth2/token", s.public_url)),
                client_id: env.get("SOLARIS_CLIENT_ID").unwrap_or_else(|| "sandbox-client".into()),
                client_secret: env.get("SOLARIS_CLIENT_SECRET").unwrap_or_else(|| "sandbox-secret".into()).into(),
                // A fixed value, like the other providers' sandbox secrets: the simulators run in a
                // process of their own, which must sign with the secret the proxy checks.
                webhook_secret: Some(
                    env.get("SOLARIS_WEBHOOK_SECRET").unwrap_or_else(|| SANDBOX_WEBHOOK_SECRET.into()).into(),
                ),
                timeout,
            },
            (None, None) => {
                return Err(ConfigError::new("SOLARIS_BASE_URL", format!("must be set {}", env.sandbox_off)));
            }
        }))
    }

    /// The adapter and the webhook secret.
    pub fn provider(&self) -> Result<Solaris, ProviderError> {
        let client = SolarisClient::new(SolarisConfig {
            base_url: self.base_url.clone(),
            token_url: self.token_url.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            timeout: self.timeout,
        })?;
        Ok(Solaris { client, webhook_secret: self.webhook_secret.clone() })
    }

    /// The simulated Solaris signs its events with the subscription's secret and sends them to
    /// the proxy over loopback; its IDnow pages return to the SPA and may be framed by it (and by
    /// the demo host page beside the simulators, which embeds the app); it refuses the countries
    /// the deployment does not onboard, as the real branch would.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, at: &Simulation<'_>) {
        sim.solaris.redirect_url = format!("{}/ident-return.html?transaction={{transactionnumber}}", at.public_url);
        sim.solaris.frame_ancestors = vec![at.public_url.to_owned(), at.sandbox.public_url.clone()];
        sim.solaris.review_delay = at.sandbox.review_delay;
        let countries = at.allowed_residence_countries;
        sim.solaris.allowed_residence_countries = (!countries.is_empty()).then(|| countries.to_vec());
        let proxy = &at.proxy;
        sim.solaris.webhook = self.webhook_secret.as_ref().map(|secret| kyc_sandbox::WebhookTarget {
            url: format!("{proxy}/webhooks/solaris"),
            secret: secret.expose_secret().to_owned(),
        });
    }
}
