//! How settings are read: one environment lookup, the error that names the variable, and the
//! simulators' own settings, which every provider's defaults depend on. Each provider reads its
//! own variables in its folder (`providers/<name>/settings.rs`); [`crate::config`] puts them
//! together.

use std::net::SocketAddr;
use std::time::Duration;

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    /// The variable.
    pub name: &'static str,
    /// What is wrong with it.
    pub problem: String,
}

impl ConfigError {
    /// A problem with the variable `name`.
    pub fn new(name: &'static str, problem: impl Into<String>) -> Self {
        Self { name, problem: problem.into() }
    }
}

/// The simulators' own listener and behaviour.
#[derive(Clone)]
pub struct SandboxSettings {
    /// Where the simulators listen (their own origin, as a provider's would be).
    pub listen: SocketAddr,
    /// Their origin as browsers see it.
    pub public_url: String,
    /// Delay of the simulated second-line reviews.
    pub review_delay: Duration,
}

/// What a provider's settings are read from: the variables, whether the simulators run (then
/// every provider defaults to its simulator), and where the proxy is.
pub struct Lookup<'a> {
    /// The variables (the process environment in `main`).
    pub get: &'a dyn Fn(&str) -> Option<String>,
    /// The simulators, when the sandbox is on.
    pub sandbox: Option<&'a SandboxSettings>,
    /// The origin browsers use for the SPA.
    pub public_url: &'a str,
    /// Where the proxy listens: the simulators call it back there, over loopback.
    pub listen: SocketAddr,
    /// Why the simulators are off, for the messages naming a missing variable.
    pub sandbox_off: &'static str,
}

impl Lookup<'_> {
    /// A variable the real provider needs because the simulators are off; the message says why.
    pub fn required(&self, name: &'static str) -> Result<String, ConfigError> {
        self.needed(name, self.sandbox_off)
    }

    /// The variable's value, if set.
    pub fn get(&self, name: &str) -> Option<String> {
        (self.get)(name)
    }

    /// The variable's value, or an error saying what it goes with (`why`).
    pub fn needed(&self, name: &'static str, why: &str) -> Result<String, ConfigError> {
        self.get(name).ok_or_else(|| ConfigError::new(name, format!("must be set {why}")))
    }

    /// The variable parsed, `default` when unset.
    pub fn parse<T: std::str::FromStr>(&self, name: &'static str, default: &str) -> Result<T, ConfigError>
    where
        T::Err: std::fmt::Display,
    {
        parse(self.get, name, default)
    }

    /// The proxy's loopback origin, where the simulators deliver their events.
    pub fn loopback(&self) -> String {
        format!("http://{}", self.listen)
    }
}

/// `name` through `get`, parsed; `default` when unset.
pub fn parse<T: std::str::FromStr>(
    get: &dyn Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    let raw = get(name).unwrap_or_else(|| default.to_owned());
    raw.parse().map_err(|e: T::Err| ConfigError::new(name, format!("cannot read {raw:?}: {e}")))
}

/// What each provider's simulator is pointed at: the proxy and the deployment, as each real
/// provider would be set up in its console.
pub struct Simulation<'a> {
    /// The proxy's loopback origin, where the simulators deliver their events.
    pub proxy: String,
    /// The origin browsers use for the SPA.
    pub public_url: &'a str,
    /// The simulators' own settings.
    pub sandbox: &'a SandboxSettings,
    /// Residence countries the deployment onboards (empty: all).
    pub allowed_residence_countries: &'a [String],
}
