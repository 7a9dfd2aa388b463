//! kyc-proxy: serves the SPA and its API, and by default the provider simulators.
//!
//! Routes: `/api/health`, `POST /api/sessions`, `GET /api/session`, `PUT /api/session/person`,
//! `PUT|DELETE /api/session/consents/{kind}`, `POST /api/session/identification`,
//! `GET /api/session/status`, `GET|PUT /api/captures[/{slot}]`, `POST /api/handoffs[/sms|/exchange]`,
//! `POST /webhooks/solaris`, `POST /webhooks/onfido`; everything else is the SPA from `KYC_DIST_DIR`.
//! With `KYC_SANDBOX` on (the default) the simulators listen on `KYC_SANDBOX_LISTEN`, a second
//! origin, as a real provider would, next to a demo of a product team's page at `/demo/` that
//! embeds the flow (`kyc_proxy::demo`). Configuration: see the README.

use kyc_proxy::config::Config;
use kyc_proxy::providers::address::{AddressClient, AddressConfig};
use kyc_proxy::providers::iddataweb::{IdDatawebClient, IdDatawebConfig};
use kyc_proxy::providers::onfido::{OnfidoClient, OnfidoConfig};
use kyc_proxy::providers::signicat::{NotificationTarget, SignicatClient, SignicatConfig};
use kyc_proxy::providers::sms::{SmsClient, SmsConfig};
use kyc_proxy::providers::solaris::{SolarisClient, SolarisConfig};
use kyc_proxy::providers::xpollens::{CallbackCredentials, XpollensClient, XpollensConfig};
use kyc_proxy::rules::Policy;
use kyc_proxy::spa::SpaPage;
use kyc_proxy::store::Store;
use kyc_proxy::{app, AppState};
use secrecy::ExposeSecret;
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let mut config = Config::from_lookup(|k| std::env::var(k).ok())?;

    if let Some(sandbox) = &config.sandbox {
        let redirect = format!("{}/ident-return.html?transaction={{transactionnumber}}", config.public_url);
        let mut sim = kyc_sandbox::SandboxConfig::local(&sandbox.public_url, &redirect);
        sim.solaris.review_delay = sandbox.review_delay;
        for option in &sandbox.iddataweb_workflow {
            use kyc_proxy::config::IdDatawebOption::*;
            use kyc_sandbox::iddataweb::Template;
            let add_ons = &mut sim.iddataweb.add_ons;
            match option {
                PhoneMatchOnly => sim.iddataweb.template = Template::PhoneMatchOnly,
                SimSwap => add_ons.sim_swap = true,
                RecycledNumber => add_ons.recycled_number = true,
                EmailRisk => add_ons.email_risk = true,
                PersistentId => add_ons.persistent_id = true,
            }
        }
        // The demo host page lives on the simulators' origin and embeds the app, which frames
        // the simulated IDnow page: every ancestor must be allowed (a real provider must likewise
        // accept the product team's origin before the flow can be embedded).
        sim.solaris.frame_ancestors = vec![config.public_url.clone(), sandbox.public_url.clone()];
        // The simulated branch refuses the same countries, as the real one would.
        sim.solaris.allowed_residence_countries =
            (!config.allowed_residence_countries.is_empty()).then(|| config.allowed_residence_countries.clone());
        sim.solaris.webhook = config.solaris.webhook_secret.as_ref().map(|secret| kyc_sandbox::WebhookTarget {
            url: format!("http://{}/webhooks/solaris", config.listen),
            secret: secret.expose_secret().to_owned(),
        });
        if let Some((_, key)) = &config.sms {
            sim.sms_api_key = key.expose_secret().to_owned();
        }
        // The simulated Onfido signs its events with the proxy's webhook token and sends them here.
        if let Some(onfido) = &config.onfido {
            sim.onfido.api_token = onfido.api_token.expose_secret().to_owned();
            sim.onfido.webhook_token = onfido.webhook_token.expose_secret().to_owned();
            sim.onfido.webhook_url = Some(format!("http://{}/webhooks/onfido", config.listen));
        }
        // The simulated Assure knows the proxy's API client and notifies it over loopback.
        if let Some(signicat) = &mut config.signicat {
            sim.signicat.client_id = signicat.client_id.clone();
            sim.signicat.client_secret = signicat.client_secret.expose_secret().to_owned();
            signicat.notification_url.get_or_insert_with(|| format!("http://{}/webhooks/signicat", config.listen));
        }
        // The simulated Xpollens calls back with the Basic credentials agreed with the proxy.
        if let Some(xp) = &config.xpollens {
            sim.xpollens.callback = Some(kyc_sandbox::xpollens::CallbackTarget {
                url: format!("http://{}/webhooks/xpollens", config.listen),
                username: xp.callback_username.clone(),
                password: xp.callback_password.expose_secret().to_owned(),
            });
            sim.xpollens.review_delay = sandbox.review_delay;
        }
        let demo = config.partner_api_keys.first().map(|key| kyc_proxy::demo::DemoConfig {
            partner_api: format!("http://{}", config.listen),
            partner_key: key.clone(),
            kyc_origin: config.public_url.clone(),
            own_origin: sandbox.public_url.clone(),
        });
        let mut simulators = kyc_sandbox::app(sim);
        if let Some(demo) = demo {
            simulators = simulators.merge(kyc_proxy::demo::router(demo));
        }
        let listener = tokio::net::TcpListener::bind(sandbox.listen).await?;
        tracing::info!(addr = %sandbox.listen, "provider simulators listening, demo host page at /demo/");
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, simulators).await {
                tracing::error!(error = %err, "simulators stopped");
            }
        });
    }

    let solaris = SolarisClient::new(SolarisConfig {
        base_url: config.solaris.base_url.clone(),
        token_url: config.solaris.token_url.clone(),
        client_id: config.solaris.client_id.clone(),
        client_secret: config.solaris.client_secret.clone(),
        timeout: Duration::from_secs(15),
    })?;
    let address = AddressClient::new(AddressConfig {
        base_url: config.address.0.clone(),
        api_key: config.address.1.clone(),
        timeout: Duration::from_secs(3),
    })?;
    let sms = match &config.sms {
        Some((base_url, api_key)) => Some(Arc::new(SmsClient::new(SmsConfig {
            base_url: base_url.clone(),
            api_key: api_key.clone(),
            timeout: Duration::from_secs(10),
        })?)),
        None => None,
    };
    let iddataweb = match &config.iddataweb {
        Some(s) => Some(Arc::new(IdDatawebClient::new(IdDatawebConfig {
            base_url: s.base_url.clone(),
            api_key: s.api_key.clone(),
            shared_secret: s.shared_secret.clone(),
            app_id: s.app_id.clone(),
            timeout: Duration::from_secs(15),
        })?)),
        None => None,
    };
    let onfido = match &config.onfido {
        Some(s) => Some(Arc::new(kyc_proxy::flows::onfido::Onfido {
            client: OnfidoClient::new(OnfidoConfig {
                base_url: s.base_url.clone(),
                api_token: s.api_token.clone(),
                webhook_token: s.webhook_token.clone(),
                timeout: Duration::from_secs(30),
            })?,
            rules: s.rules.clone(),
        })),
        None => None,
    };
    let signicat = match &config.signicat {
        Some(s) => Some(Arc::new(kyc_proxy::flows::signicat::Signicat {
            client: SignicatClient::new(SignicatConfig {
                base_url: s.base_url.clone(),
                token_url: s.token_url.clone(),
                client_id: s.client_id.clone(),
                client_secret: s.client_secret.clone(),
                timeout: Duration::from_secs(30),
            })?,
            notification: s.notification_url.clone().map(|url| NotificationTarget {
                url,
                authorization: Some(format!("Bearer {}", s.notification_secret.expose_secret()).into()),
            }),
        })),
        None => None,
    };
    let xpollens = match &config.xpollens {
        Some(s) => Some(Arc::new(kyc_proxy::flows::xpollens::Xpollens {
            client: XpollensClient::new(XpollensConfig {
                base_url: s.base_url.clone(),
                token_url: s.token_url.clone(),
                client_id: s.client_id.clone(),
                client_secret: s.client_secret.clone(),
                scope: "partner".into(),
                timeout: Duration::from_secs(15),
            })?,
            callback_credentials: CallbackCredentials {
                username: s.callback_username.clone(),
                password: s.callback_password.clone(),
            },
            callback_sources: s.callback_sources.clone(),
            default_order: s.default_order.clone(),
            return_url: format!("{}/webview-return.html", config.public_url),
        })),
        None => None,
    };
    let state = AppState {
        signicat,
        xpollens,
        sms,
        iddataweb,
        onfido,
        address: Arc::new(address),
        policy: Arc::new(Policy {
            allowed_residence_countries: config.allowed_residence_countries.clone(),
            default_flow: config.default_flow,
        }),
        store: Store::open(&config.database)?,
        solaris: Arc::new(solaris),
        session_ttl: config.session_ttl,
        public_url: Arc::from(config.public_url.as_str()),
        spa: Arc::new(SpaPage::load(&config.dist_dir, &config.ident_origins)),
        solaris_webhook_secret: config.solaris.webhook_secret.clone(),
        handovers: Default::default(),
        partner_key_hashes: Arc::new(kyc_proxy::auth::key_hashes(
            config.partner_api_keys.iter().map(|k| k.expose_secret()),
        )),
    };
    // Xpollens purges prospects after 90 days; the proxy's copies go with them.
    let purging = state.store.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            match kyc_proxy::flows::xpollens::purge(&purging, kyc_proxy::clock::now()).await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "expired Xpollens prospects purged"),
                Err(err) => tracing::error!(error = %err, "Xpollens purge failed"),
            }
        }
    });
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    tracing::info!(addr = %config.listen, url = %config.public_url, "kyc-proxy listening");
    // The peer address feeds the providers' session-risk checks.
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service).with_graceful_shutdown(shutdown()).await?;
    Ok(())
}

async fn shutdown() {
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
