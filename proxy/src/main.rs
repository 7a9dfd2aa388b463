//! kyc-proxy: `kyc-proxy [serve]` serves the SPA and its API; `kyc-proxy sandbox` serves the
//! provider simulators, a second process on a second origin (`KYC_SANDBOX_LISTEN`), as a real
//! provider would be, next to a demo of a product team's page at `/demo/` that embeds the flow.
//! Commands: `kyc_proxy::cli`; configuration: see the README; routes: `kyc_proxy::app`.

use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    kyc_proxy::cli::main(&std::env::args().skip(1).collect::<Vec<_>>()).await
}
