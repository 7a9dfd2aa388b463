//! kyc-proxy: serves the SPA and its API, and by default the provider simulators.
//!
//! With `KYC_SANDBOX` on (the default) the simulators listen on `KYC_SANDBOX_LISTEN`, a second
//! origin, as a real provider would, next to a demo of a product team's page at `/demo/` that
//! embeds the flow. Configuration: see the README; routes: `kyc_proxy::app`.

use kyc_proxy::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), kyc_proxy::startup::StartError> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let config = Config::from_lookup(|k| std::env::var(k).ok())?;
    kyc_proxy::startup::run(config).await
}
