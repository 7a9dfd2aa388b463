//! Xpollens settings: endpoint and OAuth client, the callbacks' Basic credentials and source
//! addresses, and the deployment's order of the account steps.

use super::{CallbackCredentials, Xpollens, XpollensClient, XpollensConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use kyc_core::flow::FlowId;
use kyc_core::Step;
use secrecy::{ExposeSecret, SecretString};
use std::net::IpAddr;
use std::time::Duration;

/// Calls to Xpollens answer quickly; a slow one is treated as unavailable.
const TIMEOUT: Duration = Duration::from_secs(15);

/// Xpollens endpoint, credentials and callback settings.
#[derive(Clone)]
pub struct XpollensSettings {
    /// API base (`https://sb-api.xpollens.com`).
    pub base_url: String,
    /// OAuth token endpoint.
    pub token_url: String,
    /// OAuth client id.
    pub client_id: String,
    /// OAuth client secret.
    pub client_secret: SecretString,
    /// Basic user name Xpollens presents with callbacks.
    pub callback_username: String,
    /// Basic password Xpollens presents with callbacks.
    pub callback_password: SecretString,
    /// `XPOLLENS_CALLBACK_SOURCES`: addresses callbacks may come from.
    pub callback_sources: Vec<IpAddr>,
    /// `XPOLLENS_STEPS`: e.g. `terms,declaration,tax,identity`.
    pub default_order: Option<Vec<Step>>,
    /// `XPOLLENS_WEBVIEW_ORIGINS`: the origins of the identification webview (framed by the
    /// flow, so also added to the page's CSP `frame-src`).
    pub webview_origins: Vec<String>,
}

impl XpollensSettings {
    /// Xpollens with the simulator's credentials when the sandbox runs and no real endpoint is set.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let get = |name: &str| env.get(name);
        let sandbox = env.sandbox;
        let error = |name: &'static str, problem: String| ConfigError::new(name, problem);
        let default_order = get("XPOLLENS_STEPS")
            .map(|list| {
                let steps = list
                    .split(',')
                    .map(|k| Step::from_key(k).ok_or_else(|| error("XPOLLENS_STEPS", format!("unknown step {k:?}"))))
                    .collect::<Result<Vec<_>, _>>()?;
                FlowId::XpollensAccount.ordered(&steps).map_err(|e| error("XPOLLENS_STEPS", e.to_string()))?;
                Ok::<_, ConfigError>(steps)
            })
            .transpose()?;
        let sources = |default: &str| {
            get("XPOLLENS_CALLBACK_SOURCES")
                .unwrap_or_else(|| default.to_owned())
                .split(',')
                .filter(|s| !s.trim().is_empty())
                .map(|s| {
                    s.trim().parse().map_err(|_| error("XPOLLENS_CALLBACK_SOURCES", format!("{s:?} is not an IP")))
                })
                .collect::<Result<Vec<IpAddr>, _>>()
        };
        let webview_origins = |default: &str| {
            let list = get("XPOLLENS_WEBVIEW_ORIGINS").unwrap_or_else(|| default.to_owned());
            list.split(',')
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(|o| {
                    let problem = || error("XPOLLENS_WEBVIEW_ORIGINS", format!("{o:?} is not an https:// origin"));
                    let url = reqwest::Url::parse(o).map_err(|_| problem())?;
                    let origin = url.origin().ascii_serialization();
                    (super::webview::secure_origin(&url) && origin == o.trim_end_matches('/'))
                        .then_some(origin)
                        .ok_or_else(problem)
                })
                .collect::<Result<Vec<String>, _>>()
        };
        let needed = |name: &'static str| get(name).ok_or(error(name, "must be set with XPOLLENS_BASE_URL".into()));
        Ok(match (get("XPOLLENS_BASE_URL"), sandbox) {
            (Some(base_url), _) => Some(Self {
                token_url: needed("XPOLLENS_TOKEN_URL")?,
                client_id: needed("XPOLLENS_CLIENT_ID")?,
                client_secret: needed("XPOLLENS_CLIENT_SECRET")?.into(),
                callback_username: needed("XPOLLENS_CALLBACK_USERNAME")?,
                callback_password: needed("XPOLLENS_CALLBACK_PASSWORD")?.into(),
                callback_sources: sources("")?,
                // The guide names no production host for the webview: the operator lists
                // the one(s) Xpollens gives them.
                webview_origins: match get("XPOLLENS_WEBVIEW_ORIGINS") {
                    Some(_) => webview_origins("")?,
                    None => return Err(error("XPOLLENS_WEBVIEW_ORIGINS", "must be set with XPOLLENS_BASE_URL".into())),
                },
                base_url,
                default_order,
            }),
            (None, Some(s)) => Some(Self {
                base_url: format!("{}/xpollens", s.public_url),
                token_url: format!("{}/xpollens/connect/token", s.public_url),
                client_id: "sandbox-xpollens-client".into(),
                client_secret: "sandbox-xpollens-secret".to_owned().into(),
                callback_username: "sandbox-xpollens-callbacks".into(),
                callback_password: get("XPOLLENS_CALLBACK_PASSWORD")
                    .unwrap_or_else(|| "sandbox-callback-password".into())
                    .into(),
                // The simulators run in this process, on the loopback interface.
                callback_sources: sources("127.0.0.1,::1")?,
                webview_origins: webview_origins(&s.public_url)?,
                default_order,
            }),
            (None, None) => None,
        })
    }

    /// The adapter and the callback settings agreed with Xpollens.
    pub fn provider(&self) -> Result<Xpollens, ProviderError> {
        let client = XpollensClient::new(XpollensConfig {
            base_url: self.base_url.clone(),
            token_url: self.token_url.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            scope: "partner".into(),
            timeout: TIMEOUT,
        })?;
        Ok(Xpollens {
            client,
            callback_credentials: CallbackCredentials {
                username: self.callback_username.clone(),
                password: self.callback_password.clone(),
            },
            callback_sources: self.callback_sources.clone(),
            default_order: self.default_order.clone(),
            webview_origins: self.webview_origins.clone(),
        })
    }

    /// The simulated Xpollens calls the proxy back over loopback with the Basic credentials
    /// agreed with it, and reviews as slowly as the other simulators.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, at: &Simulation<'_>) {
        let proxy = &at.proxy;
        sim.xpollens.callback = Some(kyc_sandbox::xpollens::CallbackTarget {
            url: format!("{proxy}/webhooks/xpollens"),
            username: self.callback_username.clone(),
            password: self.callback_password.expose_secret().to_owned(),
        });
        sim.xpollens.review_delay = at.sandbox.review_delay;
    }
}
