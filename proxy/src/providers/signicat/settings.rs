//! Signicat Assure's settings (`SIGNICAT_*`): endpoint, API client, notifications and how long
//! an abandoned dossier stays at Assure; the simulator's client when the sandbox runs and no
//! real client is set.

use super::{NotificationTarget, Signicat, SignicatClient, SignicatConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Pictures go up in the same calls as the rest.
const TIMEOUT: Duration = Duration::from_secs(30);

/// `SIGNICAT_ABANDONED_DOSSIER_HOURS` by default. The guide asks for the deletion once the
/// results are stored and is silent on unfinished dossiers; a day lets a user who stopped at
/// the bank or the camera finish the same day, and keeps their data at Assure no longer.
const ABANDONED_HOURS: u64 = 24;
/// The longest period accepted: a month.
const ABANDONED_HOURS_MAX: u64 = 30 * 24;

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
    /// A dossier whose user stopped before the pictures is deleted at Assure after this long
    /// without activity (`SIGNICAT_ABANDONED_DOSSIER_HOURS`).
    pub abandoned_after: Duration,
}

fn abandoned_after(env: &Lookup<'_>) -> Result<Duration, ConfigError> {
    let name = "SIGNICAT_ABANDONED_DOSSIER_HOURS";
    let hours: u64 = env.parse(name, &ABANDONED_HOURS.to_string())?;
    if !(1..=ABANDONED_HOURS_MAX).contains(&hours) {
        return Err(ConfigError::new(name, format!("must be 1 to {ABANDONED_HOURS_MAX} hours")));
    }
    Ok(Duration::from_secs(hours * 3600))
}

impl SignicatSettings {
    /// Assure's settings, `None` when it is neither configured nor simulated.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let secret = env.get("SIGNICAT_NOTIFICATION_SECRET");
        let abandoned_after = abandoned_after(env)?;
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
                    abandoned_after,
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
                abandoned_after,
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
        Ok(Signicat { client, notification, abandoned_after: self.abandoned_after })
    }

    /// The simulated Assure knows the proxy's API client.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, _: &Simulation<'_>) {
        sim.signicat.client_id = self.client_id.clone();
        sim.signicat.client_secret = self.client_secret.expose_secret().to_owned();
    }
}
