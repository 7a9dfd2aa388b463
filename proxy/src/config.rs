//! Configuration from environment variables, with defaults that run the product locally
//! against the simulators. Each provider reads its own variables in its folder
//! ([`ProviderSettings`]); this module reads what the deployment shares. See the README's
//! configuration table.

use crate::client_ip::TrustedProxies;
use crate::jobs::JobSettings;
use crate::providers::ProviderSettings;
use crate::settings::{parse, ConfigError, Lookup, SandboxSettings};
use kyc_core::flow::FlowId;
use secrecy::{ExposeSecret, SecretString};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the proxy needs to start.
#[derive(Clone)]
pub struct Config {
    /// Where the proxy listens.
    pub listen: SocketAddr,
    /// Where `GET /metrics` is served, apart from the public port; `None` serves no metrics.
    pub metrics_listen: Option<SocketAddr>,
    /// The origin the SPA is served from, as browsers see it.
    pub public_url: String,
    /// The built SPA (trunk's `dist`).
    pub dist_dir: PathBuf,
    /// The database: a SQLite file (a path or `sqlite://path`) or `postgres://…`.
    pub database: String,
    /// The keys that encrypt personal data at rest (`KYC_DATA_KEY`, `KYC_DATA_KEY_FILE`,
    /// `KYC_DATA_KEYS_PREVIOUS`).
    pub data_keys: crate::data_keys::DataKeySettings,
    /// At most this many connections to PostgreSQL per instance.
    pub database_pool: usize,
    /// Whether the app makes sessions itself, without a product team's link.
    pub app_sessions: bool,
    /// At most this many text messages per session in 24 hours.
    pub sms_per_session: u32,
    /// How long a session token stays valid.
    pub session_ttl: Duration,
    /// The address-validation service: base URL and API key.
    pub address: (String, SecretString),
    /// The SMS gateway for hand-off links (base URL and API key), if there is one.
    pub sms: Option<(String, SecretString)>,
    /// The simulators, when the sandbox is on: the proxy's adapters point at them, and
    /// `kyc-proxy sandbox` serves them.
    pub sandbox: Option<SandboxSettings>,
    /// Origins whose identification pages the SPA may frame (CSP `frame-src`).
    pub ident_origins: Vec<String>,
    /// API keys of the product teams' backends (partner API).
    pub partner_api_keys: Vec<SecretString>,
    /// Residence countries this deployment (its provider's "branch") may onboard; empty allows
    /// all.
    pub allowed_residence_countries: Vec<String>,
    /// The flow of sessions whose product team chose none.
    pub default_flow: FlowId,
    /// Each identity provider's settings.
    pub providers: ProviderSettings,
    /// The reverse proxies whose `X-Forwarded-For` is believed (`KYC_TRUSTED_PROXIES`).
    pub trusted_proxies: TrustedProxies,
    /// `KYC_RATE_LIMITS`: the quotas ([`crate::limits`]).
    pub rate_limits: crate::limits::RateLimits,
    /// After SIGTERM, how long requests are still taken (readiness answering 503) before the
    /// listener closes, so that a load balancer notices first (`KYC_SHUTDOWN_DRAIN_SECS`).
    pub shutdown_drain: Duration,
    /// The background jobs' timing (inbox, reconciliation).
    pub jobs: JobSettings,
    /// The certificate chain and private key (PEM files) when the proxy speaks TLS itself
    /// (`KYC_TLS_CERT`, `KYC_TLS_KEY`); `None` serves plain HTTP.
    pub tls: Option<TlsFiles>,
    /// Where plain HTTP is answered with a redirect to `KYC_PUBLIC_URL` (`KYC_REDIRECT_LISTEN`),
    /// beside the TLS listener; `None` listens nowhere else.
    pub redirect_listen: Option<SocketAddr>,
    /// The key that signs consent receipts (`KYC_RECEIPT_KEY`, `KYC_RECEIPT_KEY_FILE`); `None`
    /// signs with the one generated and kept in the store.
    pub receipt_key: Option<crate::receipts::ReceiptKey>,
}

/// The PEM files of the proxy's own TLS listener.
#[derive(Clone, Debug, PartialEq)]
pub struct TlsFiles {
    /// The certificate chain, the server's certificate first.
    pub cert: PathBuf,
    /// Its private key (PKCS#8, PKCS#1 or SEC1).
    pub key: PathBuf,
}

impl Config {
    /// Reads the configuration through `get` (the process environment in `main`).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let listen: SocketAddr = parse(&get, "KYC_LISTEN", "127.0.0.1:8080")?;
        let metrics_listen: Option<SocketAddr> = match get("KYC_METRICS_LISTEN").filter(|v| !v.trim().is_empty()) {
            Some(_) => Some(parse(&get, "KYC_METRICS_LISTEN", "")?),
            None => None,
        };
        if metrics_listen == Some(listen) {
            return Err(ConfigError::new("KYC_METRICS_LISTEN", "must differ from KYC_LISTEN (the public port)"));
        }
        let tls = match (get("KYC_TLS_CERT").filter(|v| !v.is_empty()), get("KYC_TLS_KEY").filter(|v| !v.is_empty())) {
            (Some(cert), Some(key)) => Some(TlsFiles { cert: cert.into(), key: key.into() }),
            (None, None) => None,
            (Some(_), None) => return Err(ConfigError::new("KYC_TLS_KEY", "required with KYC_TLS_CERT")),
            (None, Some(_)) => return Err(ConfigError::new("KYC_TLS_CERT", "required with KYC_TLS_KEY")),
        };
        let scheme = if tls.is_some() { "https" } else { "http" };
        let public_url = get("KYC_PUBLIC_URL").unwrap_or_else(|| format!("{scheme}://{listen}"));
        let redirect_listen: Option<SocketAddr> = match get("KYC_REDIRECT_LISTEN").filter(|v| !v.trim().is_empty()) {
            Some(_) => Some(parse(&get, "KYC_REDIRECT_LISTEN", "")?),
            None => None,
        };
        // A redirect to a plain-HTTP origin would protect nothing.
        if redirect_listen.is_some() && !public_url.starts_with("https://") {
            return Err(ConfigError::new("KYC_REDIRECT_LISTEN", "needs an https:// KYC_PUBLIC_URL to redirect to"));
        }
        if redirect_listen.is_some_and(|r| r == listen || Some(r) == metrics_listen) {
            return Err(ConfigError::new("KYC_REDIRECT_LISTEN", "must differ from KYC_LISTEN and KYC_METRICS_LISTEN"));
        }
        // Unset, the simulators (and their published keys) run only while nothing listens
        // beyond this machine: a half-configured production deployment fails closed.
        let sandbox_listen: SocketAddr = parse(&get, "KYC_SANDBOX_LISTEN", "127.0.0.1:8081")?;
        let local = listen.ip().is_loopback()
            && sandbox_listen.ip().is_loopback()
            && metrics_listen.is_none_or(|m| m.ip().is_loopback());
        let (sandbox_on, sandbox_off) = match get("KYC_SANDBOX").as_deref().map(str::trim) {
            Some("on" | "1" | "true") => (true, ""),
            Some("off" | "0" | "false") => (false, "when KYC_SANDBOX=off"),
            Some(other) => return Err(ConfigError::new("KYC_SANDBOX", format!("{other:?}: on or off"))),
            None if local => (true, ""),
            None => (false, "(the proxy listens beyond loopback, so the simulators are off unless KYC_SANDBOX=on)"),
        };
        let sandbox = if sandbox_on {
            let listen = sandbox_listen;
            let review_ms: u64 = parse(&get, "KYC_SANDBOX_REVIEW_DELAY_MS", "3000")?;
            Some(SandboxSettings {
                listen,
                public_url: get("KYC_SANDBOX_PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}")),
                review_delay: Duration::from_millis(review_ms),
            })
        } else {
            None
        };
        let lookup = Lookup { get: &get, sandbox: sandbox.as_ref(), public_url: &public_url, listen, sandbox_off };
        let providers = ProviderSettings::from_lookup(&lookup)?;
        let required = |name: &'static str| lookup.required(name);
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
                    kyc_core::CountryCode::parse(c).map(|c| c.to_string()).map_err(|_| {
                        ConfigError::new(
                            "KYC_ALLOWED_RESIDENCE_COUNTRIES",
                            format!("{c:?} is not an ISO 3166-1 alpha-2 code"),
                        )
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
        if sandbox.is_none() && partner_api_keys.iter().any(|k| k.expose_secret().starts_with("sandbox-")) {
            return Err(ConfigError::new(
                "KYC_PARTNER_API_KEYS",
                "a sandbox-* key is published in this project's documentation: use it only with KYC_SANDBOX=on",
            ));
        }
        let ttl_hours: u64 = parse(&get, "KYC_SESSION_TTL_HOURS", "72")?;
        let drain_secs: u64 = parse(&get, "KYC_SHUTDOWN_DRAIN_SECS", "0")?;
        let default_flow = match get("KYC_FLOW") {
            Some(flow) => FlowId::from_key(&flow)
                .ok_or_else(|| ConfigError::new("KYC_FLOW", format!("{flow:?} is not a known flow")))?,
            None => FlowId::default(),
        };
        let database = get("KYC_DATABASE").unwrap_or_else(|| "data/kyc.sqlite3".into());
        let data_keys = crate::data_keys::DataKeySettings::from_lookup(&get, sandbox.is_some(), &database)?;
        Ok(Self {
            listen,
            metrics_listen,
            public_url,
            dist_dir: get("KYC_DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            database,
            data_keys,
            database_pool: parse(&get, "KYC_DATABASE_POOL", "16")?,
            sms_per_session: parse(&get, "KYC_SMS_PER_SESSION", "5")?,
            app_sessions: get("KYC_APP_SESSIONS").is_none_or(|v| !matches!(v.as_str(), "off" | "0" | "false")),
            session_ttl: Duration::from_secs(ttl_hours * 3600),
            address,
            sms,
            sandbox,
            ident_origins,
            allowed_residence_countries,
            partner_api_keys,
            default_flow,
            providers,
            trusted_proxies: TrustedProxies::parse(&get("KYC_TRUSTED_PROXIES").unwrap_or_default())
                .map_err(|why| ConfigError::new("KYC_TRUSTED_PROXIES", why))?,
            rate_limits: crate::limits::RateLimits::parse(get("KYC_RATE_LIMITS").as_deref())
                .map_err(|why| ConfigError::new("KYC_RATE_LIMITS", why))?,
            shutdown_drain: Duration::from_secs(drain_secs),
            jobs: JobSettings::from_lookup(&get)?,
            tls,
            redirect_listen,
            receipt_key: crate::receipts::Receipts::configured(&get)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::iddataweb::IdDatawebOption;
    use secrecy::ExposeSecret;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn the_defaults_run_locally_against_the_simulators() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.providers.solaris.unwrap().base_url, "http://127.0.0.1:8081");
        assert_eq!(c.ident_origins, ["http://127.0.0.1:8081"]);
        assert_eq!((c.trusted_proxies.clone(), c.shutdown_drain), (Default::default(), Duration::ZERO));
        // The proxy and the simulators' process read the configuration apart: they must agree.
        let secret = |c: Config| c.providers.solaris.unwrap().webhook_secret.unwrap().expose_secret().to_owned();
        assert_eq!(secret(config(&[]).unwrap()), secret(config(&[]).unwrap()));
    }

    #[test]
    fn without_the_sandbox_real_credentials_are_required() {
        let err = config(&[("KYC_SANDBOX", "off")]).err().unwrap();
        assert!(err.to_string().starts_with("SOLARIS_BASE_URL"));
        assert!(config(&[("KYC_LISTEN", "nonsense")]).is_err());
        assert_eq!(config(&[("KYC_TRUSTED_PROXIES", "10.0.0.0/8, nginx")]).err().unwrap().name, "KYC_TRUSTED_PROXIES");
        assert!(config(&[("KYC_ALLOWED_RESIDENCE_COUNTRIES", "DE,XX")]).is_err());
        assert_eq!(
            config(&[("KYC_ALLOWED_RESIDENCE_COUNTRIES", "de, fr")]).unwrap().allowed_residence_countries,
            ["DE", "FR"]
        );
    }

    /// A deployment that really runs: Solaris and the address service, no simulators.
    const REAL: &[(&str, &str)] = &[
        ("KYC_LISTEN", "0.0.0.0:8080"),
        ("KYC_DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="),
        ("SOLARIS_BASE_URL", "https://api.solaris.example"),
        ("SOLARIS_TOKEN_URL", "https://auth.solaris.example/oauth2/token"),
        ("SOLARIS_CLIENT_ID", "client"),
        ("SOLARIS_CLIENT_SECRET", "secret"),
        ("SOLARIS_WEBHOOK_SECRET", "webhook-secret"),
        ("ADDRESS_BASE_URL", "https://address.example/v1"),
        ("ADDRESS_API_KEY", "address-key"),
    ];

    #[test]
    fn beyond_loopback_the_simulators_run_only_when_asked_and_their_keys_never() {
        // Half-configured on a public address: no simulators, and the start names what is missing.
        let err = config(&[("KYC_LISTEN", "0.0.0.0:8080")]).err().unwrap();
        assert_eq!(err.name, "SOLARIS_BASE_URL");
        assert!(err.to_string().contains("listens beyond loopback"), "{err}");
        let metrics_outside = [("KYC_METRICS_LISTEN", "0.0.0.0:9464")];
        assert_eq!(config(&metrics_outside).err().unwrap().name, "SOLARIS_BASE_URL", "every listener counts");
        // Asked for in so many words, a trial on a server runs the simulators.
        assert!(config(&[("KYC_LISTEN", "0.0.0.0:8080"), ("KYC_SANDBOX", "on")]).unwrap().sandbox.is_some());
        assert_eq!(config(&[("KYC_SANDBOX", "maybe")]).err().unwrap().name, "KYC_SANDBOX");
        // Fully configured: real providers, no simulators, no well-known key.
        let c = config(REAL).unwrap();
        assert!(c.sandbox.is_none() && c.partner_api_keys.is_empty());
        let published = [REAL, &[("KYC_PARTNER_API_KEYS", "sandbox-partner-key")]].concat();
        assert_eq!(config(&published).err().unwrap().name, "KYC_PARTNER_API_KEYS");
        let own = [REAL, &[("KYC_PARTNER_API_KEYS", "a-long-random-key")]].concat();
        assert_eq!(config(&own).unwrap().partner_api_keys.len(), 1);
        // A real base URL without its secret stops the start, with the simulators on or off.
        let unsigned: Vec<_> = REAL.iter().copied().filter(|(k, _)| *k != "SOLARIS_WEBHOOK_SECRET").collect();
        assert_eq!(config(&unsigned).err().unwrap().name, "SOLARIS_WEBHOOK_SECRET");
        assert_eq!(
            config(&[("SOLARIS_BASE_URL", "https://api.solaris.example")]).err().unwrap().name,
            "SOLARIS_TOKEN_URL"
        );
    }

    #[test]
    fn metrics_are_served_only_where_asked_and_never_on_the_public_port() {
        assert_eq!(config(&[]).unwrap().metrics_listen, None);
        assert_eq!(config(&[("KYC_METRICS_LISTEN", "")]).unwrap().metrics_listen, None);
        let c = config(&[("KYC_METRICS_LISTEN", "127.0.0.1:9464")]).unwrap();
        assert_eq!(c.metrics_listen, Some("127.0.0.1:9464".parse().unwrap()));
        assert_eq!(config(&[("KYC_METRICS_LISTEN", "9464")]).err().unwrap().name, "KYC_METRICS_LISTEN");
        let same = [("KYC_LISTEN", "0.0.0.0:8080"), ("KYC_METRICS_LISTEN", "0.0.0.0:8080")];
        assert_eq!(config(&same).err().unwrap().name, "KYC_METRICS_LISTEN");
    }

    #[test]
    fn tls_takes_both_files_and_the_redirect_an_https_origin() {
        assert_eq!(config(&[]).unwrap().tls, None);
        let both = [("KYC_TLS_CERT", "/etc/kyc/cert.pem"), ("KYC_TLS_KEY", "/etc/kyc/key.pem")];
        let c = config(&both).unwrap();
        assert_eq!(c.tls.unwrap().key, PathBuf::from("/etc/kyc/key.pem"));
        assert_eq!(c.public_url, "https://127.0.0.1:8080", "the TLS listener's own origin by default");
        assert_eq!(config(&both[..1]).err().unwrap().name, "KYC_TLS_KEY");
        assert_eq!(config(&both[1..]).err().unwrap().name, "KYC_TLS_CERT");
        let redirect = [("KYC_REDIRECT_LISTEN", "127.0.0.1:8079")];
        assert_eq!(config(&redirect).err().unwrap().name, "KYC_REDIRECT_LISTEN", "no https origin to go to");
        let c = config(&[both.as_slice(), &redirect].concat()).unwrap();
        assert_eq!(c.redirect_listen, Some("127.0.0.1:8079".parse().unwrap()));
        let behind = [("KYC_PUBLIC_URL", "https://kyc.example.com"), ("KYC_REDIRECT_LISTEN", "127.0.0.1:8080")];
        assert_eq!(config(&behind).err().unwrap().name, "KYC_REDIRECT_LISTEN", "not on the main port");
    }

    #[test]
    fn the_simulated_id_dataweb_workflow_is_a_list_of_switches() {
        let sandbox = |value| {
            config(&[("IDDATAWEB_SANDBOX_WORKFLOW", value)]).map(|c| c.providers.iddataweb.unwrap().sandbox_workflow)
        };
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
        let onfido = c.providers.onfido.unwrap();
        assert_eq!(onfido.rules.rules().len(), 2);
        assert_eq!(onfido.base_url, "http://127.0.0.1:8081/onfido/v3.6");
        let err = config(&[("ONFIDO_RULES", "# strict\ntotal_number_of_sources >= 2\nadress == clear")]).err().unwrap();
        assert_eq!(err.to_string(), "ONFIDO_RULES: rule 2 `adress == clear`: unknown field `adress`");
        let err = config(&[("ONFIDO_BASE_URL", "https://api.eu.onfido.com/v3.6")]).err().unwrap();
        assert!(err.to_string().starts_with("ONFIDO_API_TOKEN"), "{err}");
    }
}
