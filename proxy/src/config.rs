//! Configuration from environment variables, with defaults that run the product locally
//! against the simulators. See the README's configuration table.

mod xpollens;

pub use xpollens::XpollensSettings;

use secrecy::SecretString;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the proxy needs to start.
#[derive(Clone)]
pub struct Config {
    /// Where the proxy listens.
    pub listen: SocketAddr,
    /// The origin the SPA is served from, as browsers see it.
    pub public_url: String,
    /// The built SPA (trunk's `dist`).
    pub dist_dir: PathBuf,
    /// The SQLite database file.
    pub database: PathBuf,
    /// How long a session token stays valid.
    pub session_ttl: Duration,
    /// Solaris endpoints and credentials.
    pub solaris: SolarisSettings,
    /// The address-validation service: base URL and API key.
    pub address: (String, SecretString),
    /// The SMS gateway for hand-off links (base URL and API key), if there is one.
    pub sms: Option<(String, SecretString)>,
    /// The simulators, when they run inside the proxy.
    pub sandbox: Option<SandboxSettings>,
    /// Origins whose identification pages the SPA may frame (CSP `frame-src`).
    pub ident_origins: Vec<String>,
    /// API keys of the product teams' backends (partner API).
    pub partner_api_keys: Vec<SecretString>,
    /// Residence countries this deployment (Solaris "branch") may onboard; empty allows all.
    pub allowed_residence_countries: Vec<String>,
    /// The flow of sessions whose product team chose none.
    pub default_flow: kyc_core::flow::FlowId,
    /// ID Dataweb, when configured (always with the simulators).
    pub iddataweb: Option<IdDatawebSettings>,
    /// Onfido, when configured (always with the simulators).
    pub onfido: Option<OnfidoSettings>,
    /// Signicat Assure, when configured (always with the simulators).
    pub signicat: Option<SignicatSettings>,
    /// Xpollens, when configured (always with the simulators).
    pub xpollens: Option<XpollensSettings>,
}

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
    pub rules: kyc_identity_enhanced::Policy,
}

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
}

/// ID Dataweb endpoints and credentials (the AXN Verify API).
#[derive(Clone)]
pub struct IdDatawebSettings {
    /// API base with its version.
    pub base_url: String,
    /// The workflow's API key.
    pub api_key: String,
    /// Its shared secret.
    pub shared_secret: SecretString,
    /// `appID` for ID Dataweb's reporting.
    pub app_id: String,
}

/// A switch of ID Dataweb's simulated workflow (`IDDATAWEB_SANDBOX_WORKFLOW`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdDatawebOption {
    /// The phone match approves without the SMS link.
    PhoneMatchOnly,
    /// SIM swap detection on PII validation.
    SimSwap,
    /// Recycled-number detection on PII validation.
    RecycledNumber,
    /// Disposable e-mail domains denied at session risk.
    EmailRisk,
    /// A stable person identifier on approval.
    PersistentId,
}

impl std::str::FromStr for IdDatawebOption {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        Ok(match raw.trim() {
            "phone_match_only" => Self::PhoneMatchOnly,
            "sim_swap" => Self::SimSwap,
            "recycled_number" => Self::RecycledNumber,
            "email_risk" => Self::EmailRisk,
            "persistent_id" => Self::PersistentId,
            other => {
                return Err(format!(
                    "{other:?} is not one of phone_match_only, sim_swap, recycled_number, email_risk, persistent_id"
                ))
            }
        })
    }
}

/// The simulators' own listener and behaviour.
#[derive(Clone)]
pub struct SandboxSettings {
    /// Where the simulators listen (their own origin, as a provider's would be).
    pub listen: SocketAddr,
    /// Their origin as browsers see it.
    pub public_url: String,
    /// Delay of the simulated second-line review.
    pub review_delay: Duration,
    /// ID Dataweb's workflow as its admin console would set it: `phone_match_only` (no
    /// possession check) and the add-ons `sim_swap`, `recycled_number`, `email_risk`,
    /// `persistent_id`.
    pub iddataweb_workflow: Vec<IdDatawebOption>,
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    name: &'static str,
    problem: String,
}

fn parse<T: std::str::FromStr>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    let raw = get(name).unwrap_or_else(|| default.to_owned());
    raw.parse().map_err(|e: T::Err| ConfigError { name, problem: format!("cannot read {raw:?}: {e}") })
}

impl Config {
    /// Reads the configuration through `get` (the process environment in `main`).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let listen: SocketAddr = parse(&get, "KYC_LISTEN", "127.0.0.1:8080")?;
        let public_url = get("KYC_PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}"));
        let sandbox_on = get("KYC_SANDBOX").is_none_or(|v| !matches!(v.as_str(), "off" | "0" | "false"));
        let sandbox = if sandbox_on {
            let listen: SocketAddr = parse(&get, "KYC_SANDBOX_LISTEN", "127.0.0.1:8081")?;
            let review_ms: u64 = parse(&get, "KYC_SANDBOX_REVIEW_DELAY_MS", "3000")?;
            Some(SandboxSettings {
                listen,
                public_url: get("KYC_SANDBOX_PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}")),
                review_delay: Duration::from_millis(review_ms),
                iddataweb_workflow: get("IDDATAWEB_SANDBOX_WORKFLOW")
                    .unwrap_or_default()
                    .split(',')
                    .filter(|o| !o.trim().is_empty())
                    .map(|o| o.parse().map_err(|problem| ConfigError { name: "IDDATAWEB_SANDBOX_WORKFLOW", problem }))
                    .collect::<Result<_, _>>()?,
            })
        } else {
            None
        };
        let required = |name: &'static str| {
            get(name).ok_or(ConfigError { name, problem: "must be set when KYC_SANDBOX=off".into() })
        };
        let solaris = match &sandbox {
            Some(s) => SolarisSettings {
                base_url: get("SOLARIS_BASE_URL").unwrap_or_else(|| s.public_url.clone()),
                token_url: get("SOLARIS_TOKEN_URL").unwrap_or_else(|| format!("{}/oauth2/token", s.public_url)),
                client_id: get("SOLARIS_CLIENT_ID").unwrap_or_else(|| "sandbox-client".into()),
                client_secret: get("SOLARIS_CLIENT_SECRET").unwrap_or_else(|| "sandbox-secret".into()).into(),
                // The simulators sign with a secret made fresh at each start unless one is set.
                webhook_secret: Some(get("SOLARIS_WEBHOOK_SECRET").unwrap_or_else(crate::auth::new_token).into()),
            },
            None => SolarisSettings {
                base_url: required("SOLARIS_BASE_URL")?,
                token_url: required("SOLARIS_TOKEN_URL")?,
                client_id: required("SOLARIS_CLIENT_ID")?,
                client_secret: required("SOLARIS_CLIENT_SECRET")?.into(),
                webhook_secret: get("SOLARIS_WEBHOOK_SECRET").map(Into::into),
            },
        };
        let iddataweb = match (&sandbox, get("IDDATAWEB_BASE_URL")) {
            (_, Some(base_url)) => Some(IdDatawebSettings {
                base_url,
                api_key: get("IDDATAWEB_API_KEY").ok_or(ConfigError {
                    name: "IDDATAWEB_API_KEY",
                    problem: "must be set with IDDATAWEB_BASE_URL".into(),
                })?,
                shared_secret: get("IDDATAWEB_SHARED_SECRET")
                    .ok_or(ConfigError {
                        name: "IDDATAWEB_SHARED_SECRET",
                        problem: "must be set with IDDATAWEB_BASE_URL".into(),
                    })?
                    .into(),
                app_id: get("IDDATAWEB_APP_ID").unwrap_or_else(|| "kyc-onboarding".into()),
            }),
            (Some(s), None) => Some(IdDatawebSettings {
                base_url: format!("{}/iddataweb/v1", s.public_url),
                api_key: "sandbox-idw-key".into(),
                shared_secret: "sandbox-idw-secret".to_owned().into(),
                app_id: "kyc-onboarding".into(),
            }),
            (None, None) => None,
        };
        let onfido = onfido_settings(&get, sandbox.as_ref())?;
        let signicat = signicat_settings(&get, sandbox.as_ref(), &public_url)?;
        let xpollens = xpollens::xpollens_settings(&get, sandbox.as_ref())?;
        let address = match &sandbox {
            Some(s) => (
                get("ADDRESS_BASE_URL").unwrap_or_else(|| format!("{}/address/v1", s.public_url)),
                get("ADDRESS_API_KEY").unwrap_or_else(|| "sandbox-address-key".into()).into(),
            ),
            None => (required("ADDRESS_BASE_URL")?, required("ADDRESS_API_KEY")?.into()),
        };
        let sms = match (get("SMS_BASE_URL"), &sandbox) {
            (Some(url), _) => Some((url, get("SMS_API_KEY").unwrap_or_default().into())),
            (None, Some(s)) => Some((
                format!("{}/sms/v1", s.public_url),
                get("SMS_API_KEY").unwrap_or_else(|| "sandbox-sms-key".into()).into(),
            )),
            (None, None) => None,
        };
        let ident_origins = match get("KYC_IDENT_ORIGINS") {
            Some(list) => list.split(',').map(|o| o.trim().to_owned()).filter(|o| !o.is_empty()).collect(),
            None => match &sandbox {
                Some(s) => vec![s.public_url.clone()],
                None => vec!["https://go.idnow.de".into(), "https://go.test.idnow.de".into()],
            },
        };
        let allowed_residence_countries = match get("KYC_ALLOWED_RESIDENCE_COUNTRIES") {
            Some(list) => list
                .split(',')
                .filter(|c| !c.trim().is_empty())
                .map(|c| {
                    kyc_core::CountryCode::parse(c).map(|c| c.to_string()).map_err(|_| ConfigError {
                        name: "KYC_ALLOWED_RESIDENCE_COUNTRIES",
                        problem: format!("{c:?} is not an ISO 3166-1 alpha-2 code"),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        let partner_api_keys: Vec<SecretString> = match get("KYC_PARTNER_API_KEYS") {
            Some(list) => {
                list.split(',').map(str::trim).filter(|k| !k.is_empty()).map(|k| k.to_owned().into()).collect()
            }
            // A well-known key is only acceptable against the simulators.
            None if sandbox.is_some() => vec!["sandbox-partner-key".to_owned().into()],
            None => Vec::new(),
        };
        let ttl_hours: u64 = parse(&get, "KYC_SESSION_TTL_HOURS", "72")?;
        let flow = get("KYC_FLOW").unwrap_or_else(|| "solaris_idnow".into());
        let default_flow = kyc_core::flow::FlowId::from_key(&flow)
            .ok_or_else(|| ConfigError { name: "KYC_FLOW", problem: format!("{flow:?} is not a known flow") })?;
        Ok(Self {
            listen,
            public_url,
            dist_dir: get("KYC_DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            database: get("KYC_DATABASE").unwrap_or_else(|| "data/kyc.sqlite3".into()).into(),
            session_ttl: Duration::from_secs(ttl_hours * 3600),
            solaris,
            address,
            sms,
            sandbox,
            ident_origins,
            allowed_residence_countries,
            partner_api_keys,
            default_flow,
            iddataweb,
            onfido,
            signicat,
            xpollens,
        })
    }
}

/// Signicat with the simulator's client when the sandbox runs and no real client is set.
fn signicat_settings(
    get: &impl Fn(&str) -> Option<String>,
    sandbox: Option<&SandboxSettings>,
    public_url: &str,
) -> Result<Option<SignicatSettings>, ConfigError> {
    let secret = get("SIGNICAT_NOTIFICATION_SECRET");
    Ok(match (get("SIGNICAT_CLIENT_ID"), sandbox) {
        (Some(client_id), _) => {
            let base_url = get("SIGNICAT_BASE_URL").unwrap_or_else(|| "https://api.signicat.com".into());
            let secret = secret.ok_or(ConfigError {
                name: "SIGNICAT_NOTIFICATION_SECRET",
                problem: "must be set with SIGNICAT_CLIENT_ID (notifications carry it back)".into(),
            })?;
            Some(SignicatSettings {
                token_url: get("SIGNICAT_TOKEN_URL").unwrap_or_else(|| format!("{base_url}/auth/open/connect/token")),
                base_url,
                client_id,
                client_secret: get("SIGNICAT_CLIENT_SECRET")
                    .ok_or(ConfigError {
                        name: "SIGNICAT_CLIENT_SECRET",
                        problem: "must be set with SIGNICAT_CLIENT_ID".into(),
                    })?
                    .into(),
                notification_url: Some(
                    get("SIGNICAT_NOTIFICATION_URL").unwrap_or_else(|| format!("{public_url}/webhooks/signicat")),
                ),
                notification_secret: secret.into(),
            })
        }
        (None, Some(s)) => Some(SignicatSettings {
            base_url: format!("{}/signicat", s.public_url),
            token_url: format!("{}/signicat/auth/open/connect/token", s.public_url),
            client_id: "sandbox-signicat-client".into(),
            client_secret: "sandbox-signicat-secret".to_owned().into(),
            // main points the simulator at the proxy's loopback address.
            notification_url: None,
            notification_secret: secret.unwrap_or_else(|| "local-signicat-notification-secret".into()).into(),
        }),
        (None, None) => None,
    })
}

/// Onfido with the simulator's credentials when the sandbox runs and no real endpoint is set.
fn onfido_settings(
    get: &impl Fn(&str) -> Option<String>,
    sandbox: Option<&SandboxSettings>,
) -> Result<Option<OnfidoSettings>, ConfigError> {
    let rules_text = get("ONFIDO_RULES").unwrap_or_default();
    let rules = rules_text.parse().map_err(|e: kyc_identity_enhanced::PolicyError| ConfigError {
        name: "ONFIDO_RULES",
        problem: format!("rule {} `{}`: {}", e.index + 1, rule_text(&rules_text, e.index), e.error),
    })?;
    let needed =
        |name: &'static str| get(name).ok_or(ConfigError { name, problem: "must be set with ONFIDO_BASE_URL".into() });
    Ok(match (get("ONFIDO_BASE_URL"), sandbox) {
        (Some(base_url), _) => Some(OnfidoSettings {
            base_url,
            api_token: needed("ONFIDO_API_TOKEN")?.into(),
            webhook_token: needed("ONFIDO_WEBHOOK_TOKEN")?.into(),
            rules,
        }),
        (None, Some(s)) => Some(OnfidoSettings {
            base_url: format!("{}/onfido/v3.6", s.public_url),
            api_token: get("ONFIDO_API_TOKEN").unwrap_or_else(|| "api_sandbox.local-onfido-token".into()).into(),
            webhook_token: get("ONFIDO_WEBHOOK_TOKEN").unwrap_or_else(|| "local-onfido-webhook-token".into()).into(),
            rules,
        }),
        (None, None) => None,
    })
}

/// The `index`th rule of a text policy, as the policy parser counts them (comments and blank
/// entries skipped), for an error message that quotes it.
fn rule_text(text: &str, index: usize) -> &str {
    let entries = text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| l.split(';'));
    entries.filter(|e| !e.trim().is_empty()).nth(index).map_or("", str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn the_defaults_run_locally_against_the_simulators() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.solaris.base_url, "http://127.0.0.1:8081");
        assert_eq!(c.ident_origins, ["http://127.0.0.1:8081"]);
    }

    #[test]
    fn without_the_sandbox_real_credentials_are_required() {
        let err = config(&[("KYC_SANDBOX", "off")]).err().unwrap();
        assert!(err.to_string().starts_with("SOLARIS_BASE_URL"));
        assert!(config(&[("KYC_LISTEN", "nonsense")]).is_err());
        assert!(config(&[("KYC_ALLOWED_RESIDENCE_COUNTRIES", "DE,XX")]).is_err());
        assert_eq!(
            config(&[("KYC_ALLOWED_RESIDENCE_COUNTRIES", "de, fr")]).unwrap().allowed_residence_countries,
            ["DE", "FR"]
        );
    }

    #[test]
    fn the_simulated_id_dataweb_workflow_is_a_list_of_switches() {
        let sandbox =
            |value| config(&[("IDDATAWEB_SANDBOX_WORKFLOW", value)]).map(|c| c.sandbox.unwrap().iddataweb_workflow);
        assert_eq!(
            sandbox("phone_match_only, sim_swap").unwrap(),
            [IdDatawebOption::PhoneMatchOnly, IdDatawebOption::SimSwap]
        );
        assert!(sandbox("").unwrap().is_empty());
        assert_eq!(sandbox("kba").err().unwrap().name, "IDDATAWEB_SANDBOX_WORKFLOW");
    }

    #[test]
    fn onfido_rules_are_read_at_start_and_a_bad_one_is_named() {
        let c = config(&[("ONFIDO_RULES", "total_number_of_sources >= 2; address == clear")]).unwrap();
        let onfido = c.onfido.unwrap();
        assert_eq!(onfido.rules.rules().len(), 2);
        assert_eq!(onfido.base_url, "http://127.0.0.1:8081/onfido/v3.6");
        let err = config(&[("ONFIDO_RULES", "# strict\ntotal_number_of_sources >= 2\nadress == clear")]).err().unwrap();
        assert_eq!(err.to_string(), "ONFIDO_RULES: rule 2 `adress == clear`: unknown field `adress`");
        let err = config(&[("ONFIDO_BASE_URL", "https://api.eu.onfido.com/v3.6")]).err().unwrap();
        assert!(err.to_string().starts_with("ONFIDO_API_TOKEN"), "{err}");
    }
}
