//! The `kyc-proxy sandbox` process: the provider simulators and the demo of a product team's
//! page beside them, on their own origin, pointed at the proxy from the same environment the
//! proxy reads. A process of its own, so that the proxy can be killed and restarted while the
//! simulated providers keep their state and keep retrying their deliveries.

use crate::config::Config;
use crate::settings::{SandboxSettings, Simulation};
use crate::startup::{shutdown, StartError};
use secrecy::ExposeSecret;

/// The simulators, pointed at the proxy as each real provider would be set up, with the demo
/// of a product team's page beside them (it lives on their origin and embeds the app).
pub fn router(config: &Config, sandbox: &SandboxSettings) -> axum::Router {
    // Each provider's settings point its simulator at the proxy below (the video call's sets the
    // page it returns to); the defaults here only name the simulators' own origin.
    let mut sim = kyc_sandbox::SandboxConfig::local(&sandbox.public_url, &config.public_url);
    if let Some((_, key)) = &config.sms {
        sim.sms_api_key = key.expose_secret().to_owned();
    }
    let at = Simulation {
        proxy: format!("http://{}", config.listen),
        public_url: &config.public_url,
        sandbox,
        allowed_residence_countries: &config.allowed_residence_countries,
    };
    config.providers.simulate(&mut sim, &at);
    let simulators = kyc_sandbox::app(sim);
    match config.partner_api_keys.first() {
        Some(key) => simulators.merge(crate::demo::router(crate::demo::DemoConfig {
            partner_api: format!("http://{}", config.listen),
            partner_key: key.clone(),
            kyc_origin: config.public_url.clone(),
            own_origin: sandbox.public_url.clone(),
        })),
        None => simulators,
    }
}

/// Serves the simulators on `KYC_SANDBOX_LISTEN` until Ctrl-C or SIGTERM. Nothing waits for
/// the proxy: the simulators retry their deliveries until it answers.
pub async fn run(config: Config) -> Result<(), StartError> {
    let Some(sandbox) = &config.sandbox else {
        return Err(
            "KYC_SANDBOX is off (set KYC_SANDBOX=on, or listen on loopback only): there are no simulators to run"
                .into(),
        );
    };
    let listener = tokio::net::TcpListener::bind(sandbox.listen).await?;
    tracing::info!(addr = %sandbox.listen, proxy = %config.listen, "provider simulators listening, demo host page at /demo/");
    axum::serve(listener, router(&config, sandbox)).with_graceful_shutdown(shutdown()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    #[tokio::test]
    async fn the_simulators_answer_their_health_check_beside_the_demo_page() {
        let config = Config::from_lookup(|_| None).unwrap();
        let app = router(&config, config.sandbox.as_ref().unwrap());
        for path in ["/sandbox/health", "/demo/"] {
            let answer = app.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
            assert_eq!(answer.status(), StatusCode::OK, "{path}");
        }
        let off = Config { sandbox: None, ..config };
        assert!(run(off).await.unwrap_err().to_string().starts_with("KYC_SANDBOX is off"));
    }
}
