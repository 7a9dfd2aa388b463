//! `TestApp`: one method per route, plus a running simulator.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use kyc_proxy::clients::address::{AddressClient, AddressConfig};
use kyc_proxy::clients::sms::{SmsClient, SmsConfig};
use kyc_proxy::flow::{Ctx, Env};
use kyc_proxy::limits::{Limits, RateLimits};
use kyc_proxy::providers::iddataweb::{IdDatawebClient, IdDatawebConfig};
use kyc_proxy::providers::onfido::{Onfido, OnfidoClient, OnfidoConfig};
use kyc_proxy::providers::signicat::{NotificationTarget, Signicat, SignicatClient, SignicatConfig};
use kyc_proxy::providers::solaris::{Solaris, SolarisClient, SolarisConfig};
use kyc_proxy::providers::xpollens::{CallbackCredentials, Xpollens, XpollensClient, XpollensConfig};
use kyc_proxy::providers::Providers;
use kyc_proxy::rules::Policy;
use kyc_proxy::spa::SpaPage;
use kyc_proxy::store::Store;
use kyc_proxy::{app, AppState};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

/// The secret the tests' webhook subscription signs with.
pub const WEBHOOK_SECRET: &str = "test-webhook-secret";

/// The token the simulated Onfido signs its webhooks with (the simulator's default).
pub const ONFIDO_WEBHOOK_TOKEN: &str = "local-onfido-webhook-token";

/// The `Authorization` value the proxy asks Assure to send with its notifications, in tests.
pub const SIGNICAT_NOTIFY_AUTH: &str = "Bearer test-signicat-notification-secret";
/// How long a Signicat dossier whose user stopped stays at Assure (the deployment's default).
pub const SIGNICAT_ABANDONED_AFTER: Duration = Duration::from_secs(24 * 3600);
/// The Basic credentials the simulated Xpollens presents with its callbacks.
pub const XPOLLENS_CALLBACK_USER: &str = "test-xpollens";
/// See [`XPOLLENS_CALLBACK_USER`].
pub const XPOLLENS_CALLBACK_PASSWORD: &str = "test-xpollens-callbacks";

/// The product team's API key in tests.
pub const PARTNER_KEY: &str = "test-partner-key";

pub struct TestApp {
    router: axum::Router,
    /// The proxy's database, to set up states the simulator cannot reach quickly (expiry).
    pub store: Store,
    /// The simulator's origin, e.g. `http://127.0.0.1:40123`.
    pub sandbox_url: String,
    /// The proxy's own loopback origin (it also listens on a socket, for webhooks and the demo).
    pub proxy_url: String,
    /// The state `router` was built from, for routers configured otherwise (trusted proxies)
    /// and for the readiness flag.
    pub state: AppState,
}

pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
}

impl TestApp {
    /// A proxy with an in-memory database and a simulator on a free loopback port.
    pub async fn spawn() -> Self {
        Self::build(false, "", &[], QUIET).await
    }

    /// Like [`TestApp::spawn_with_webhooks`], for a deployment that also onboards residents of
    /// the Netherlands (Signicat's iDIN is Dutch).
    pub async fn spawn_for_signicat() -> Self {
        Self::build(true, "", &["NL", "NO", "DK"], QUIET).await
    }

    /// Like [`TestApp::spawn`], for a deployment that also onboards residents of `countries`.
    pub async fn spawn_for_countries(countries: &[&str]) -> Self {
        Self::build(false, "", countries, QUIET).await
    }

    /// Like [`TestApp::spawn_with_webhooks`], with the product team's Onfido rules
    /// (`ONFIDO_RULES`).
    pub async fn spawn_with_onfido_rules(rules: &str) -> Self {
        Self::build(true, rules, &[], QUIET).await
    }

    /// Like [`TestApp::spawn`], with the simulator delivering its signed webhooks to the proxy
    /// over loopback, as in production.
    pub async fn spawn_with_webhooks() -> Self {
        Self::build(true, "", &[], QUIET).await
    }

    /// No webhooks, and a reconciliation that re-reads identifications quiet for 300 ms.
    pub async fn spawn_reconciling() -> Self {
        Self::build(false, "", &[], Duration::from_millis(300)).await
    }

    /// Like [`TestApp::spawn`], on `store` (a database file, for tests that read it raw).
    pub async fn spawn_on(store: Store) -> Self {
        Self::build_on(store, false, "", &[], QUIET).await
    }

    /// Like [`TestApp::spawn`], with ID Dataweb's workflow holding the Email Risk add-on (the
    /// simulator's and the adapter's settings both).
    pub async fn spawn_with_email_risk() -> Self {
        Self::build_with(Store::in_memory().unwrap(), false, "", &[], QUIET, true).await
    }

    async fn build(webhooks: bool, onfido_rules: &str, more_countries: &[&str], reconcile_after: Duration) -> Self {
        Self::build_on(Store::in_memory().unwrap(), webhooks, onfido_rules, more_countries, reconcile_after).await
    }

    async fn build_on(
        store: Store,
        webhooks: bool,
        onfido_rules: &str,
        more_countries: &[&str],
        reconcile_after: Duration,
    ) -> Self {
        Self::build_with(store, webhooks, onfido_rules, more_countries, reconcile_after, false).await
    }

    async fn build_with(
        store: Store,
        webhooks: bool,
        onfido_rules: &str,
        more_countries: &[&str],
        reconcile_after: Duration,
        email_risk: bool,
    ) -> Self {
        let proxy_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy_url = format!("http://{}", proxy_listener.local_addr().unwrap());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sandbox_url = format!("http://{}", listener.local_addr().unwrap());
        let mut sim = kyc_sandbox::SandboxConfig::local(
            &sandbox_url,
            "http://127.0.0.1:1/ident-return.html?transaction={transactionnumber}",
        );
        sim.solaris.review_delay = Duration::from_millis(200);
        sim.onfido.processing_delay = Duration::from_millis(200);
        sim.iddataweb.add_ons.email_risk = email_risk;
        if webhooks {
            let url = format!("{proxy_url}/webhooks/solaris");
            sim.solaris.webhook = Some(kyc_sandbox::WebhookTarget { url, secret: WEBHOOK_SECRET.into() });
            sim.onfido.webhook_url = Some(format!("{proxy_url}/webhooks/onfido"));
            sim.xpollens.callback = Some(kyc_sandbox::xpollens::CallbackTarget {
                url: format!("{proxy_url}/webhooks/xpollens"),
                username: XPOLLENS_CALLBACK_USER.into(),
                password: XPOLLENS_CALLBACK_PASSWORD.into(),
            });
        }
        sim.xpollens.review_delay = Duration::from_millis(200);
        sim.xpollens.retry_delays = vec![Duration::from_millis(100)];
        let xpollens = Xpollens {
            client: XpollensClient::new(XpollensConfig {
                base_url: format!("{sandbox_url}/xpollens"),
                token_url: format!("{sandbox_url}/xpollens/connect/token"),
                client_id: sim.xpollens.client_id.clone(),
                client_secret: sim.xpollens.client_secret.clone().into(),
                scope: "partner".into(),
                timeout: Duration::from_secs(5),
            })
            .unwrap(),
            callback_credentials: CallbackCredentials {
                username: XPOLLENS_CALLBACK_USER.into(),
                password: XPOLLENS_CALLBACK_PASSWORD.to_owned().into(),
            },
            callback_sources: vec!["127.0.0.1".parse().unwrap()],
            default_order: None,
            webview_origins: vec![sandbox_url.clone()],
        };
        let onfido = OnfidoClient::new(OnfidoConfig {
            base_url: format!("{sandbox_url}/onfido/v3.6"),
            api_token: sim.onfido.api_token.clone().into(),
            webhook_token: ONFIDO_WEBHOOK_TOKEN.to_owned().into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        let onfido = Onfido { client: onfido, rules: onfido_rules.parse().unwrap() };
        tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(sim)).await.unwrap() });
        let solaris = SolarisClient::new(SolarisConfig {
            base_url: sandbox_url.clone(),
            token_url: format!("{sandbox_url}/oauth2/token"),
            client_id: "sandbox-client".into(),
            client_secret: "sandbox-secret".to_owned().into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        let address = AddressClient::new(AddressConfig {
            base_url: format!("{sandbox_url}/address/v1"),
            api_key: "sandbox-address-key".to_owned().into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        let sms = SmsClient::new(SmsConfig {
            base_url: format!("{sandbox_url}/sms/v1"),
            api_key: "sandbox-sms-key".to_owned().into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        let iddataweb = IdDatawebClient::new(IdDatawebConfig {
            base_url: format!("{sandbox_url}/iddataweb/v1"),
            api_key: "sandbox-idw-key".into(),
            shared_secret: "sandbox-idw-secret".to_owned().into(),
            app_id: "kyc-onboarding-tests".into(),
            timeout: Duration::from_secs(5),
            email_risk,
        })
        .unwrap();
        let signicat = SignicatClient::new(SignicatConfig {
            base_url: format!("{sandbox_url}/signicat"),
            token_url: format!("{sandbox_url}/signicat/auth/open/connect/token"),
            client_id: "sandbox-signicat-client".into(),
            client_secret: "sandbox-signicat-secret".to_owned().into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        let notification = webhooks.then(|| NotificationTarget {
            url: format!("{proxy_url}/webhooks/signicat"),
            authorization: Some(SIGNICAT_NOTIFY_AUTH.to_owned().into()),
        });
        let signicat = Signicat { client: signicat, notification, abandoned_after: SIGNICAT_ABANDONED_AFTER };
        let policy = Arc::new(Policy {
            allowed_residence_countries: ["DE", "FR", "AT", "US", "GB", "CA"]
                .iter()
                .chain(more_countries)
                .map(|c| (*c).to_owned())
                .collect(),
            team_residence_countries: None,
            default_flow: kyc_core::flow::FlowId::SolarisIdnow,
            app_sessions: true,
            sms_per_session: 5,
        });
        let env = Env {
            handovers: Arc::new(kyc_proxy::flow::SessionLocks::new(store.clone())),
            store,
            policy,
            public_url: Arc::from("http://kyc.test"),
            events: Default::default(),
            lease: Duration::from_secs(30),
        };
        fn ctx<P>(env: &Env, provider: P) -> Ctx<P> {
            Ctx { provider: Some(Arc::new(provider)), env: env.clone() }
        }
        let solaris = Solaris { client: solaris, webhook_secret: Some(WEBHOOK_SECRET.to_owned().into()) };
        let providers = Providers {
            env: env.clone(),
            solaris: ctx(&env, solaris),
            iddataweb: ctx(&env, iddataweb),
            onfido: ctx(&env, onfido),
            signicat: ctx(&env, signicat),
            xpollens: ctx(&env, xpollens),
        };
        let state = AppState {
            env,
            providers: Arc::new(providers),
            sms: Some(Arc::new(sms)),
            address: Arc::new(address),
            session_ttl: Duration::from_secs(3600),
            spa: Arc::new(SpaPage::load(&test_dist(), std::slice::from_ref(&sandbox_url), None)),
            partner_key_hashes: Arc::new(kyc_proxy::partner::key_hashes([PARTNER_KEY])),
            trusted_proxies: Default::default(),
            readiness: Default::default(),
            // The deployment's limits, but the status polls: the tests poll as fast as they may.
            limits: Arc::new(Limits::new(RateLimits::parse(Some("polls=1000/1s")).unwrap())),
            receipts: Arc::new(kyc_proxy::receipts::Receipts::new(None)),
        };
        let store = state.env.store.clone();
        // The background jobs as in production, with short intervals; they stop with the runtime.
        let settings = kyc_proxy::jobs::JobSettings {
            reconcile_after,
            poll: Duration::from_millis(100),
            event_backoff: kyc_proxy::jobs::Backoff {
                first: Duration::from_millis(100),
                max: Duration::from_millis(400),
            },
            webhook_backoff: kyc_proxy::jobs::Backoff {
                first: Duration::from_millis(100),
                max: Duration::from_millis(400),
            },
            ..Default::default()
        };
        std::mem::forget(kyc_proxy::jobs::Jobs::start(state.providers.clone(), settings));
        let router = app(state.clone());
        let served = router.clone();
        // With the peer's address, as in production: Xpollens callbacks are heard from known
        // sources only.
        let served = served.into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move { axum::serve(proxy_listener, served).await.unwrap() });
        Self { router, store, sandbox_url, proxy_url, state }
    }

    /// The same proxy answering with the rate limits `KYC_RATE_LIMITS=limits` (through
    /// [`TestApp::request`] and the other calls through the router).
    pub fn with_rate_limits(mut self, limits: &str) -> Self {
        self.state.limits = Arc::new(Limits::new(RateLimits::parse(Some(limits)).unwrap()));
        self.router = kyc_proxy::app(self.state.clone());
        self
    }

    /// The proxy's router, for requests the helpers do not cover.
    pub fn router(&self) -> axum::Router {
        self.router.clone()
    }

    pub async fn request(&self, method: Method, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
        self.request_as(None, method, path, token, body).await
    }

    /// [`TestApp::request`] from a browser that names itself `user_agent`.
    pub async fn request_as(
        &self,
        user_agent: Option<&str>,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(agent) = user_agent {
            req = req.header("user-agent", agent);
        }
        if let Some(token) = token {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        let req = match body {
            Some(b) => req.header("content-type", "application/json").body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        }
        .unwrap();
        self.send(req).await
    }

    /// A request whose answer is not JSON: status, content type and bytes.
    pub async fn raw(&self, method: Method, path: &str, token: Option<&str>) -> (StatusCode, String, Vec<u8>) {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        let res = self.router.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
        let status = res.status();
        let content_type =
            res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        (status, content_type, bytes)
    }

    /// `GET path` with request `headers`: status, headers and the body's bytes as sent.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let mut req = Request::builder().uri(path);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let res = self.router.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        (status, headers, res.into_body().collect().await.unwrap().to_bytes().to_vec())
    }

    /// A page of the SPA: status, headers and HTML.
    pub async fn page(&self, path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        let req = Request::builder().uri(path).body(Body::empty()).unwrap();
        let res = self.router.clone().oneshot(req).await.unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (status, headers, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Delivers a Solaris webhook with the given signature header (or a valid one).
    pub async fn solaris_webhook(&self, body: &str, delivery_id: &str, signature: Option<&str>) -> StatusCode {
        let signature = signature.map_or_else(|| kyc_sandbox::sign(WEBHOOK_SECRET, body.as_bytes()), str::to_owned);
        let req = Request::builder()
            .method(Method::POST)
            .uri("/webhooks/solaris")
            .header("content-type", "application/json")
            .header("solaris-webhook-event-type", "IDENTIFICATION")
            .header("solaris-webhook-id", delivery_id)
            .header("solaris-webhook-signature", signature)
            .body(Body::from(body.to_owned()))
            .unwrap();
        self.router.clone().oneshot(req).await.unwrap().status()
    }

    /// A request with a raw body of the given content type (uploads).
    pub async fn upload(&self, path: &str, token: &str, content_type: &str, bytes: Vec<u8>) -> Reply {
        let req = Request::builder()
            .method(Method::PUT)
            .uri(path)
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", content_type)
            .body(Body::from(bytes))
            .unwrap();
        self.send(req).await
    }

    /// The user's answer to the capture step's first question: the document they will
    /// photograph (`ID_CARD` or `PASSPORT`).
    pub async fn document_choose(&self, token: &str, kind: &str) {
        let reply =
            self.request(Method::PUT, "/api/captures/document", Some(token), Some(json!({ "kind": kind }))).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }

    /// A browser's token for a session the product team created with `options` (partner API
    /// body), through the single-use launch link.
    pub async fn partner_session(&self, options: Value) -> String {
        self.partner_session_as(PARTNER_KEY, options).await
    }

    /// [`TestApp::partner_session`] by the team whose key is `key`.
    pub async fn partner_session_as(&self, key: &str, options: Value) -> String {
        let req = Request::builder()
            .method(Method::POST)
            .uri("/partner/v1/sessions")
            .header("authorization", format!("Bearer {key}"))
            .header("content-type", "application/json")
            .body(Body::from(options.to_string()))
            .unwrap();
        let res = self.router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::CREATED);
        let created: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        let code = created["url"].as_str().unwrap().split("launch=").nth(1).unwrap().split('&').next().unwrap();
        let reply = self.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await;
        assert_eq!(reply.status, StatusCode::CREATED);
        reply.body["token"].as_str().unwrap().to_owned()
    }

    /// Delivers an Onfido webhook with the given `X-SHA2-Signature` (or a valid one).
    pub async fn onfido_webhook(&self, body: &str, signature: Option<&str>) -> StatusCode {
        let signature = signature
            .map_or_else(|| kyc_sandbox::onfido::webhooks::sign(ONFIDO_WEBHOOK_TOKEN, body.as_bytes()), str::to_owned);
        let req = Request::builder()
            .method(Method::POST)
            .uri("/webhooks/onfido")
            .header("content-type", "application/json")
            .header("x-sha2-signature", signature)
            .body(Body::from(body.to_owned()))
            .unwrap();
        self.router.clone().oneshot(req).await.unwrap().status()
    }

    /// The whole request, for what the helpers above do not cover (a peer address, headers).
    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let body =
            serde_json::from_slice(&bytes).unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        Reply { status, body }
    }

    pub async fn session_create(&self) -> String {
        let reply = self.request(Method::POST, "/api/sessions", None, None).await;
        assert_eq!(reply.status, StatusCode::CREATED);
        reply.body["token"].as_str().unwrap().to_owned()
    }

    pub async fn session_show(&self, token: &str) -> Reply {
        self.request(Method::GET, "/api/session", Some(token), None).await
    }

    pub async fn person_update(&self, token: &str, person: Value) -> Reply {
        self.request(Method::PUT, "/api/session/person", Some(token), Some(person)).await
    }

    pub async fn consent_update(&self, token: &str, kind: &str, given_at: &str) -> Reply {
        self.request(
            Method::PUT,
            &format!("/api/session/consents/{kind}"),
            Some(token),
            Some(json!({ "given_at": given_at, "text_version": 1, "language": "en" })),
        )
        .await
    }

    pub async fn consent_delete(&self, token: &str, kind: &str) -> Reply {
        self.request(Method::DELETE, &format!("/api/session/consents/{kind}"), Some(token), None).await
    }

    pub async fn identification_create(&self, token: &str) -> Reply {
        self.request(Method::POST, "/api/session/identification", Some(token), None).await
    }

    pub async fn status_show(&self, token: &str) -> Reply {
        self.request(Method::GET, "/api/session/status", Some(token), None).await
    }

    /// Polls the status as the SPA does until it is final; every answer before is `pending`.
    pub async fn status_final(&self, token: &str) -> Value {
        for _ in 0..100 {
            let reply = self.status_show(token).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            if reply.body["final"] == true {
                return reply.body;
            }
            assert_eq!(reply.body["status"], "pending");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no decision");
    }

    /// A session with valid personal data (first name chosen by the caller) and both consents.
    pub async fn ready_session(&self, first_name: &str) -> String {
        let token = self.session_create().await;
        assert_eq!(self.person_update(&token, person(first_name)).await.status, StatusCode::OK);
        for kind in ["terms_conditions", "data_processing"] {
            assert_eq!(self.consent_update(&token, kind, "2026-01-01T10:00:00Z").await.status, StatusCode::OK);
        }
        token
    }
}

/// A built SPA's stand-in: an `index.html` with trunk's kind of loader tag, once per test binary.
/// The app's two pages, written once per test process: tests run in parallel, and a rewrite
/// (which truncates first) could hand another test's page loader an empty file.
fn test_dist() -> std::path::PathBuf {
    static DIST: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIST.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kyc-proxy-test-dist-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("rest")).unwrap();
        std::fs::create_dir_all(dir.join("account")).unwrap();
        let html = concat!(
            r#"<!DOCTYPE html><html lang=en><head><title>start</title><script type="module" src="/boot.js"></script>"#,
            r#"<link href=/main-0123456789abcdef.css rel=stylesheet><link as=fetch href=/app_bg.wasm rel=preload type=application/wasm>"#,
            r#"</head><body></body></html>"#
        );
        std::fs::write(dir.join("index.html"), html).unwrap();
        std::fs::write(dir.join("main-0123456789abcdef.css"), TEST_CSS).unwrap();
        std::fs::write(dir.join("rest/index.html"), html.replace("start", "rest")).unwrap();
        std::fs::write(dir.join("account/index.html"), html.replace("start", "account")).unwrap();
        // The providers' return pages, as trunk copies them from public/.
        for page in ["ident-return.html", "bank-return.html"] {
            let html = concat!(
                r#"<!DOCTYPE html><html lang="en"><head><title>Finished</title></head><body><main><h1 id="title">Finished</h1>"#,
                r#"<p id="message" aria-live="polite">One moment…</p></main><script src="provider-return.js"></script></body></html>"#
            );
            std::fs::write(dir.join(page), html).unwrap();
        }
        // The loader, and the glue under trunk's hashed name, with their siblings as
        // `kyc-proxy assets compress` makes them at build time.
        for page in ["", "rest/", "account/"] {
            std::fs::write(dir.join(format!("{page}boot.js")), BOOT_JS).unwrap();
        }
        std::fs::write(dir.join(HASHED_GLUE.trim_start_matches('/')), hashed_glue()).unwrap();
        // The app's texts as `kyc-texts` writes them: one line each, the language's own name.
        std::fs::create_dir_all(dir.join("texts")).unwrap();
        for language in kyc_core::Language::ALL {
            for part in ["main", "rest", "capture", "account"] {
                let (code, name) = (language.code(), language.native_name());
                let text = format!("kyc-texts 2 {part} {code} 1\n{name}\n").repeat(20);
                std::fs::write(dir.join(format!("texts/{part}-{code}-0123456789abcdef.txt")), text).unwrap();
            }
        }
        kyc_proxy::assets::compress::compress_dir(&dir).unwrap();
        dir
    })
    .clone()
}

/// The test build's stylesheet.
pub const TEST_CSS: &str = "body{margin:0}.field{display:grid}";

/// The test build's `boot.js`.
pub const BOOT_JS: &str = "const tag = document.querySelector('script[data-kyc-wasm]');\n\
    const { default: init } = await import(tag.dataset.kycJs);\n\
    await init({ module_or_path: tag.dataset.kycWasm });\n";

/// The path of the test build's wasm glue, named by trunk's content hash.
pub const HASHED_GLUE: &str = "/kyc-onboarding-0123456789abcdef.js";

/// The content of [`HASHED_GLUE`]: text that compresses as the real glue does.
pub fn hashed_glue() -> String {
    (0..200).map(|i| format!("export function step{i}(state) {{ return state.next({i}); }}\n")).collect()
}

/// Valid personal data with the given first name.
/// The JSON answer to `request`.
pub async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// A bearer token from a simulator's client-credentials endpoint (`token_url`).
pub async fn sandbox_token(token_url: String, client: &str, secret: &str, scope: &str) -> String {
    let form = [("grant_type", "client_credentials"), ("scope", scope)];
    let request = reqwest::Client::new().post(token_url).basic_auth(client, Some(secret)).form(&form);
    json_of(request).await["access_token"].as_str().unwrap().to_owned()
}

/// A reconciliation interval no test waits for: statuses move only by webhooks and polls.
const QUIET: Duration = Duration::from_secs(3600);

pub fn person(first_name: &str) -> Value {
    json!({
        "first_name": first_name, "last_name": "Doe", "birth_date": "1992-12-11", "nationality": "DE",
        "street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin",
        "country": "DE", "mobile_number": "+49 151 23456789", "email": "jane@example.com",
        "birth_city": "Köln", "birth_country": "DE", "tax_residency": "DE", "fatca_relevant": "no", "pep": "no"
    })
}

/// Plays the user's part on the simulated IDnow page: the automated test call ends the call.
pub async fn finish_call(url: &str) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = client.post(format!("{url}/finish")).form(&[("done", "1")]).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER, "the IDnow page sends the browser back to us");
}
