//! Onfido's settings: endpoint, credentials and the product team's rules over its Identity
//! Enhanced report (`ONFIDO_*`); the simulator's credentials when the sandbox runs and no real
//! endpoint is set.

use super::{Onfido, OnfidoClient, OnfidoConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use kyc_identity_enhanced::{Policy, PolicyError};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Checks with three reports and uploads of pictures take longer than most calls.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Onfido endpoint, credentials and the product team's rules over its Identity Enhanced report.
#[derive(Clone)]
pub struct OnfidoSettings {
    /// API base with its version (`https://api.eu.onfido.com/v3.6`).
    pub base_url: String,
    /// API token.
    pub api_token: SecretString,
    /// Token of the webhook subscription (`X-SHA2-Signature`).
    pub webhook_token: SecretString,
    /// `ONFIDO_RULES`: e.g. `total_number_of_sources >= 2; address == clear`.
    pub rules: Policy,
}

impl OnfidoSettings {
    /// Onfido's settings, `None` when it is neither configured nor simulated.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let rules_text = env.get("ONFIDO_RULES").unwrap_or_default();
        let rules = rules_text.parse().map_err(|e: PolicyError| {
            let problem = format!("rule {} `{}`: {}", e.index + 1, rule_text(&rules_text, e.index), e.error);
            ConfigError::new("ONFIDO_RULES", problem)
        })?;
        let needed = |name| env.needed(name, "with ONFIDO_BASE_URL");
        Ok(match (env.get("ONFIDO_BASE_URL"), env.sandbox) {
            (Some(base_url), _) => Some(Self {
                base_url,
                api_token: needed("ONFIDO_API_TOKEN")?.into(),
                webhook_token: needed("ONFIDO_WEBHOOK_TOKEN")?.into(),
                rules,
            }),
            (None, Some(s)) => Some(Self {
                base_url: format!("{}/onfido/v3.6", s.public_url),
                api_token: env
                    .get("ONFIDO_API_TOKEN")
                    .unwrap_or_else(|| "api_sandbox.local-onfido-token".into())
                    .into(),
                webhook_token: env
                    .get("ONFIDO_WEBHOOK_TOKEN")
                    .unwrap_or_else(|| "local-onfido-webhook-token".into())
                    .into(),
                rules,
            }),
            (None, None) => None,
        })
    }

    /// The adapter and the rules.
    pub fn provider(&self) -> Result<Onfido, ProviderError> {
        let client = OnfidoClient::new(OnfidoConfig {
            base_url: self.base_url.clone(),
            api_token: self.api_token.clone(),
            webhook_token: self.webhook_token.clone(),
            timeout: TIMEOUT,
        })?;
        Ok(Onfido { client, rules: self.rules.clone() })
    }

    /// The simulated Onfido signs its events with the proxy's webhook token and sends them to
    /// the proxy over loopback.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, at: &Simulation<'_>) {
        let proxy = &at.proxy;
        sim.onfido.api_token = self.api_token.expose_secret().to_owned();
        sim.onfido.webhook_token = self.webhook_token.expose_secret().to_owned();
        sim.onfido.webhook_url = Some(format!("{proxy}/webhooks/onfido"));
    }
}

/// The `index`th rule of a text policy, as the policy parser counts them (comments and blank
/// entries skipped), for an error message that quotes it.
fn rule_text(text: &str, index: usize) -> &str {
    let entries = text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| l.split(';'));
    entries.filter(|e| !e.trim().is_empty()).nth(index).map_or("", str::trim)
}
