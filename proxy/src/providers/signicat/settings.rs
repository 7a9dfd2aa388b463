//! Signicat Assure's settings (`SIGNICAT_*`): endpoint, API client and notifications; the
//! simulator's client when the sandbox runs and no real client is set.

use super::{NotificationTarget, Signicat, SignicatClient, SignicatConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Pictures go up in the same calls as the rest.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Signicat Assure endpoint, API client and notifications.
#[derive(Clone)]
pub struct SignicatSettings {
    /// API base without `/assure` (`https://api.signicat.com`).
    pub base_url: String,
    /// Token endpoint.
    pub token_url: String,
    /// API client id.
    pub client_id: String,
    /// API client secret.
    pub client_secret: SecretString,
    /// Where Assure notifies the proxy (`SIGNICAT_NOTIFICATION_URL`, whitelisted at Signicat);
    /// `None` turns notifications off (the status step still polls).
    pub notification_url: Option<String>,
    /// Sent with each process as `authorizationHeader`, expected back on every notification.
    pub notification_secret: SecretString,
}

impl SignicatSettings {
    /// Assure's settings, `None` when it is neither configured nor simulated.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let secret = env.get("SIGNICAT_NOTIFICATION_SECRET");
        Ok(match (env.get("SIGNICAT_CLIENT_ID"), env.sandbox) {
            (Some(client_id), _) => {
                let base_url = env.get("SIGNICAT_BASE_URL").unwrap_or_else(|| "https://api.signicat.com".into());
                let secret = secret.ok_or_else(|| {
                    ConfigError::new(
                        "SIGNICAT_NOTIFICATION_SECRET",
                        "must be set with SIGNICAT_CLIENT_ID (notifications carry it back)",
                    )
                })?;
                let public_url = env.public_url;
                Some(Self {
                    token_url: env
                        .get("SIGNICAT_TOKEN_URL")
                        .unwrap_or_else(|| format!("{base_url}/auth/open/connect/token")),
                    base_url,
                    client_id,
                    client_secret: env.needed("SIGNICAT_CLIENT_SECRET", "with SIGNICAT_CLIENT_ID")?.into(),
                    notification_url: Some(
                        env.get("SIGNICAT_NOTIFICATION_URL")
                            .unwrap_or_else(|| format!("{public_url}/webhooks/signicat")),
                    ),
                    notification_secret: secret.into(),
                })
            }
            (None, Some(s)) => Some(Self {
                base_url: format!("{}/signicat", s.public_url),
                token_url: format!("{}/signicat/auth/open/connect/token", s.public_url),
                client_id: "sandbox-signicat-client".into(),
                client_secret: "sandbox-signicat-secret".to_owned().into(),
                // The simulator notifies the proxy over loopback.
                notification_url: Some(format!("{}/webhooks/signicat", env.loopback())),
                notification_secret: secret.unwrap_or_else(|| "local-signicat-notification-secret".into()).into(),
            }),
            (None, None) => None,
        })
    }

    /// The adapter and the notification target it gives Assure with each process.
    pub fn provider(&self) -> Result<Signicat, ProviderError> {
        let client = SignicatClient::new(SignicatConfig {
            base_url: self.base_url.clone(),
            token_url: self.token_url.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            timeout: TIMEOUT,
        })?;
        let notification = self.notification_url.clone().map(|url| NotificationTarget {
            url,
            authorization: Some(format!("Bearer {}", self.notification_secret.expose_secret()).into()),
        });
        Ok(Signicat { client, notification })
    }

    /// The simulated Assure knows the proxy's API client.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, _: &Simulation<'_>) {
        sim.signicat.client_id = self.client_id.clone();
        sim.signicat.client_secret = self.client_secret.expose_secret().to_owned();
    }
}
