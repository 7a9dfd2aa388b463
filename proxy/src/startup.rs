//! Start-up of the proxy: the state built from the configuration, the background jobs, and the
//! server with a graceful shutdown (shared with the simulators' process).

use crate::clients::address::{AddressClient, AddressConfig};
use crate::clients::sms::{SmsClient, SmsConfig};
use crate::config::Config;
use crate::flow::Env;
use crate::rules::Policy;
use crate::spa::SpaPage;
use crate::state::AppState;
use crate::store::Store;
use secrecy::ExposeSecret;
use std::sync::Arc;
use std::time::Duration;

/// Suggestions come while the user types: a slow answer is worth less than none.
const ADDRESS_TIMEOUT: Duration = Duration::from_secs(3);
/// Sending an SMS may take a gateway a few seconds.
const SMS_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the ids of applied provider events are kept against replays (Solaris retries for
/// five days, the longest of the providers).
const EVENT_IDS_KEPT: Duration = Duration::from_secs(30 * 24 * 3600);
/// How often the providers' housekeeping runs.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(3600);

/// Any failure to start, with the cause for the operator.
pub type StartError = Box<dyn std::error::Error + Send + Sync>;

/// The handlers' state: storage opened and migrated, every configured adapter built.
pub fn state(config: &Config) -> Result<AppState, StartError> {
    let store = Store::open(&config.database, config.database_pool, config.data_keys.keyring()?)?;
    let policy = Arc::new(Policy {
        allowed_residence_countries: config.allowed_residence_countries.clone(),
        team_residence_countries: None,
        default_flow: config.default_flow,
        app_sessions: config.app_sessions,
        sms_per_session: config.sms_per_session,
    });
    let public_url: Arc<str> = Arc::from(config.public_url.as_str());
    let env = Env {
        handovers: Arc::new(crate::flow::SessionLocks::new(store.clone())),
        store,
        policy,
        public_url,
        events: Default::default(),
        lease: config.jobs.lease,
    };
    let address = AddressClient::new(AddressConfig {
        base_url: config.address.0.clone(),
        api_key: config.address.1.clone(),
        timeout: ADDRESS_TIMEOUT,
    })?;
    let sms = match &config.sms {
        Some((base_url, api_key)) => {
            let config = SmsConfig { base_url: base_url.clone(), api_key: api_key.clone(), timeout: SMS_TIMEOUT };
            Some(Arc::new(SmsClient::new(config)?))
        }
        None => None,
    };
    let person_first = person_first(env.policy.default_flow);
    Ok(AppState {
        providers: Arc::new(config.providers.providers(&env)?),
        env,
        address: Arc::new(address),
        sms,
        session_ttl: config.session_ttl,
        spa: Arc::new(SpaPage::load(&config.dist_dir, &framed_origins(config), person_first.as_ref())),
        partner_key_hashes: Arc::new(crate::partner::key_hashes(
            config.partner_api_keys.iter().map(|k| k.expose_secret()),
        )),
        trusted_proxies: config.trusted_proxies.clone(),
        readiness: Default::default(),
        limits: Arc::new(crate::limits::Limits::new(config.rate_limits.clone())),
        receipts: Arc::new(crate::receipts::Receipts::new(config.receipt_key.clone())),
    })
}

/// The origins the app's page may frame (CSP `frame-src`): the identification origins, and
/// Xpollens's webview, which a product team's mobile app hands in.
fn framed_origins(config: &Config) -> Vec<String> {
    let mut origins = config.ident_origins.clone();
    for origin in config.providers.xpollens.iter().flat_map(|x| &x.webview_origins) {
        if !origins.contains(origin) {
            origins.push(origin.clone());
        }
    }
    origins
}

/// Runs the proxy until it is told to stop (Ctrl-C or SIGTERM): the housekeeping, the jobs,
/// the metrics listener when `KYC_METRICS_LISTEN` is set, then the server. The simulators are
/// a process of their own ([`crate::simulators`]); nothing here calls them at start, so either
/// may start first.
pub async fn run(config: Config) -> Result<(), StartError> {
    let state = state(&config)?;
    housekeeping(state.providers.clone());
    tokio::spawn(state.limits.clone().sweep_every(Duration::from_secs(60)));
    let jobs = crate::jobs::Jobs::start(state.providers.clone(), config.jobs.clone());
    let metrics = match config.metrics_listen {
        Some(addr) => Some(metrics_serve(addr, state.env.store.clone()).await?),
        None => None,
    };
    let redirects = match config.redirect_listen {
        Some(addr) => Some(redirect_serve(addr, state.env.public_url.clone()).await?),
        None => None,
    };
    let readiness = state.readiness.clone();
    let stop = stopping(readiness, config.shutdown_drain);
    match &config.tls {
        None => {
            let listener = tokio::net::TcpListener::bind(config.listen).await?;
            tracing::info!(addr = %config.listen, url = %config.public_url, "kyc-proxy listening");
            // The peer address feeds the providers' session-risk checks.
            let service = crate::app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
            axum::serve(listener, service).with_graceful_shutdown(stop).await?;
        }
        Some(files) => {
            let tls = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(crate::tls::server_config(files)?));
            let handle = axum_server::Handle::new();
            let server = axum_server::bind_rustls(config.listen, tls).handle(handle.clone());
            let app = crate::app(state).layer(axum::Extension(crate::https::TlsConnection));
            let service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
            let stopper = handle.clone();
            tokio::spawn(async move {
                stop.await;
                // Requests in flight are finished, as axum::serve does.
                stopper.graceful_shutdown(None);
            });
            let serving = tokio::spawn(server.serve(service));
            if handle.listening().await.is_some() {
                tracing::info!(addr = %config.listen, url = %config.public_url, "kyc-proxy listening (TLS)");
            }
            serving.await.map_err(|err| err.to_string())??;
        }
    }
    if let Some(redirects) = redirects {
        redirects.stop().await;
    }
    // Requests are answered; the jobs finish what they hold or give it back to the store.
    jobs.shutdown().await;
    // The metrics go last, so that a scrape still sees the stop.
    if let Some(metrics) = metrics {
        metrics.stop().await;
    }
    tracing::info!("kyc-proxy stopped");
    Ok(())
}

/// A side server (the metrics, the plain-HTTP redirects), running until [`MetricsServer::stop`].
struct MetricsServer {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl MetricsServer {
    async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Serves `GET /metrics` on `addr` (its own listener, not the public one).
async fn metrics_serve(addr: std::net::SocketAddr, store: Store) -> Result<MetricsServer, StartError> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "metrics listening");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, crate::metrics::router(store)).with_graceful_shutdown(async {
        let _ = stopped.await;
    });
    let task = tokio::spawn(async move {
        if let Err(err) = server.await {
            tracing::error!(error = %err, "metrics server failed");
        }
    });
    Ok(MetricsServer { stop, task })
}

/// Serves the plain-HTTP redirects to `public_url` on `addr` ([`crate::https::redirect_router`]).
async fn redirect_serve(addr: std::net::SocketAddr, public_url: Arc<str>) -> Result<MetricsServer, StartError> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, to = %public_url, "redirecting plain HTTP");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, crate::https::redirect_router(public_url)).with_graceful_shutdown(async {
        let _ = stopped.await;
    });
    let task = tokio::spawn(async move {
        if let Err(err) = server.await {
            tracing::error!(error = %err, "redirect server failed");
        }
    });
    Ok(MetricsServer { stop, task })
}

/// The providers' hourly housekeeping (purges of what they no longer keep).
fn housekeeping(providers: Arc<crate::providers::Providers>) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(HOUSEKEEPING_EVERY);
        loop {
            every.tick().await;
            let now = crate::clock::now();
            match providers.hourly(now.clone()).await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "expired sessions purged"),
                Err(err) => tracing::error!(error = %err, "housekeeping failed"),
            }
            // Providers stop retrying a delivery within days: its id guards no longer.
            let before =
                kyc_core::UtcTimestamp::from_unix_millis(now.unix_millis() - EVENT_IDS_KEPT.as_millis() as i64);
            if let Err(err) = providers.env.store.inbox_forget_finished(before.to_string()).await {
                tracing::error!(error = %err, "housekeeping of the inbox failed");
            }
        }
    });
}

/// Resolves `drain` after Ctrl-C or SIGTERM; readiness answers 503 from the signal on, so that a
/// load balancer probing every few seconds stops sending requests before the listener closes.
async fn stopping(readiness: crate::readiness::Readiness, drain: Duration) {
    shutdown().await;
    readiness.stop();
    if !drain.is_zero() {
        tracing::info!(secs = drain.as_secs(), "stopping: new requests still taken while the load balancer notices");
        tokio::time::sleep(drain).await;
    }
}

/// Resolves at Ctrl-C or SIGTERM.
pub(crate) async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// A new session of `flow` when it starts with the personal data, for the first page's frame
/// to show that step; `None` also for a flow ordered per session.
fn person_first(flow: kyc_core::flow::FlowId) -> Option<crate::spa::PersonFirst> {
    let flow = crate::providers::Providers::fixed_flow(flow)?;
    let steps = flow.path(|_| false);
    (steps.first() == Some(&kyc_core::Step::PersonalData))
        .then_some(crate::spa::PersonFirst { steps, fields: flow.fields })
}

#[cfg(test)]
mod tests {
    use super::person_first;
    use kyc_core::flow::FlowId;
    use kyc_core::Step;

    #[test]
    fn the_frame_shows_the_personal_data_only_for_flows_that_start_there_in_a_known_order() {
        let solaris = person_first(FlowId::SolarisIdnow).unwrap();
        assert_eq!(solaris.fields, FlowId::SolarisIdnow.definition().fields);
        assert_eq!(solaris.steps, [Step::PersonalData, Step::Consents, Step::Identification, Step::Status]);
        assert_eq!(person_first(FlowId::IddatawebPhone), None, "the device check comes first");
        assert_eq!(person_first(FlowId::XpollensAccount), None, "ordered at run time");
    }
}
