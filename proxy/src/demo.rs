//! A demo of a product team's site, on its own origin (the simulators' listener): its page embeds
//! the flow with the loader under a strict CSP, and its server part creates the sessions with the
//! partner API key, which never reaches the browser, and receives the team's webhooks, verified
//! with the Standard Webhooks library, which the page lists beside the browser's events.
//! `GET /demo/` shows it.

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Where the demo finds the flow and how it presents itself.
#[derive(Clone)]
pub struct DemoConfig {
    /// Base URL the demo's server calls the partner API at (loopback).
    pub partner_api: String,
    /// The product team's partner API key.
    pub partner_key: SecretString,
    /// The flow's origin as browsers see it (the loader's and the frame's).
    pub kyc_origin: String,
    /// The demo's own origin as browsers see it (allowed to embed the sessions it creates).
    pub own_origin: String,
}

#[derive(Clone)]
struct Demo {
    config: Arc<DemoConfig>,
    client: reqwest::Client,
    /// The secret of the demo's webhook endpoint, registered with the first session.
    secret: Arc<tokio::sync::OnceCell<String>>,
    /// The webhooks received and verified, the latest [`KEPT`].
    hooks: Arc<Mutex<VecDeque<Value>>>,
}

/// Webhooks the demo keeps to show.
const KEPT: usize = 200;

/// The `/demo/…` routes, to merge into the simulators' router.
pub fn router(config: DemoConfig) -> Router {
    let demo = Demo {
        config: Arc::new(config),
        client: reqwest::Client::new(),
        secret: Default::default(),
        hooks: Default::default(),
    };
    Router::new()
        .route("/demo/", get(page_show))
        .route("/demo/host.js", get(|| async { asset("text/javascript", include_str!("../../demo/host.js")) }))
        .route("/demo/host.css", get(|| async { asset("text/css", include_str!("../../demo/host.css")) }))
        .route("/demo/logo.svg", get(|| async { asset("image/svg+xml", include_str!("../../demo/logo.svg")) }))
        .route("/demo/api/sessions", post(session_create))
        .route("/demo/api/sessions/{id}/links", post(link_create))
        .route("/demo/api/webhooks", get(hooks_index))
        .route("/demo/webhooks", post(hook_receive))
        .with_state(demo)
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(CONTENT_TYPE, content_type), (CACHE_CONTROL, "no-cache")], body).into_response()
}

/// The host page, under a CSP as strict as a bank's: no inline script or style, no eval, scripts
/// from itself and the flow's origin, frames from the flow's origin only.
async fn page_show(State(demo): State<Demo>) -> Response {
    let kyc = &demo.config.kyc_origin;
    let csp = format!(
        "default-src 'none'; script-src 'self' {kyc}; style-src 'self'; img-src 'self'; connect-src 'self'; \
         frame-src {kyc}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    );
    let html = include_str!("../../demo/host.html").replace("{{KYC_ORIGIN}}", kyc);
    let csp =
        axum::http::HeaderValue::from_str(&csp).unwrap_or(axum::http::HeaderValue::from_static("default-src 'none'"));
    (
        [
            (CONTENT_TYPE, axum::http::HeaderValue::from_static("text/html; charset=utf-8")),
            (CONTENT_SECURITY_POLICY, csp),
        ],
        html,
    )
        .into_response()
}

/// What the page may choose; everything else is the demo bank's decision, made here.
#[derive(Deserialize)]
struct DemoSession {
    language: Option<String>,
    prefill: Option<Value>,
    #[serde(default)]
    full_page: bool,
    /// The flow (`?flow=` on the demo page); the deployment's default when absent.
    flow: Option<String>,
}

async fn session_create(State(demo): State<Demo>, Json(request): Json<DemoSession>) -> Response {
    // The proxy may have started after the simulators: the endpoint is registered now.
    if let Err(why) = demo.secret.get_or_try_init(|| endpoint_register(&demo)).await {
        tracing::warn!(why, "demo: webhooks not registered");
    }
    let own = &demo.config.own_origin;
    let mut body = json!({
        "language": request.language,
        "prefill": request.prefill,
        "theme": {
            "colors": { "primary": "#006e52", "on_primary": "#ffffff" },
            "radius_px": 4,
            "logo_url": format!("{own}/demo/logo.svg"),
            "logo_alt": "Demo Bank"
        }
    });
    if let Some(flow) = request.flow {
        body["flow"] = json!(flow);
    }
    if request.full_page {
        body["redirect_url"] = json!(format!("{own}/demo/"));
    } else {
        body["allowed_origins"] = json!([own]);
    }
    partner(&demo, "/partner/v1/sessions", Some(body)).await
}

async fn link_create(State(demo): State<Demo>, Path(id): Path<String>) -> Response {
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return StatusCode::BAD_REQUEST.into_response();
    }
    partner(&demo, &format!("/partner/v1/sessions/{id}/links"), None).await
}

/// Registers `/demo/webhooks` for every event (replacing an earlier registration of the same
/// URL, from a previous run); its secret.
async fn endpoint_register(demo: &Demo) -> Result<String, String> {
    let (api, key) = (&demo.config.partner_api, demo.config.partner_key.expose_secret());
    let url = format!("{}/demo/webhooks", demo.config.own_origin);
    let listed = json_of(demo.client.get(format!("{api}/partner/v1/webhooks")).bearer_auth(key)).await?;
    for old in listed.as_array().into_iter().flatten().filter(|e| e["url"] == url.as_str()) {
        let id = old["id"].as_str().unwrap_or_default();
        let _ = demo.client.delete(format!("{api}/partner/v1/webhooks/{id}")).bearer_auth(key).send().await;
    }
    let register = demo.client.post(format!("{api}/partner/v1/webhooks")).bearer_auth(key);
    let created = json_of(register.json(&json!({ "url": url, "events": ["*"] }))).await?;
    created["secret"].as_str().map(str::to_owned).ok_or_else(|| format!("no secret: {created}"))
}

/// The JSON answer to `request`, or why there is none.
async fn json_of(request: reqwest::RequestBuilder) -> Result<Value, String> {
    request.send().await.map_err(|e| e.to_string())?.json().await.map_err(|e| e.to_string())
}

/// `POST /demo/webhooks`: a webhook from the proxy, kept only when its signature verifies.
async fn hook_receive(State(demo): State<Demo>, headers: axum::http::HeaderMap, body: String) -> StatusCode {
    let Some(secret) = demo.secret.get() else { return StatusCode::SERVICE_UNAVAILABLE };
    let verified = standardwebhooks::Webhook::new(secret).and_then(|w| w.verify(body.as_bytes(), &headers));
    match (verified, serde_json::from_str::<Value>(&body)) {
        (Ok(()), Ok(event)) => {
            let mut hooks = demo.hooks.lock().unwrap_or_else(|p| p.into_inner());
            // A redelivery is the same event: shown once.
            if !hooks.iter().any(|h| h["id"] == event["id"]) {
                hooks.push_back(event);
                if hooks.len() > KEPT {
                    hooks.pop_front();
                }
            }
            StatusCode::NO_CONTENT
        }
        _ => StatusCode::BAD_REQUEST,
    }
}

/// `GET /demo/api/webhooks`: what the demo's server received, oldest first.
async fn hooks_index(State(demo): State<Demo>) -> Json<Vec<Value>> {
    Json(demo.hooks.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned().collect())
}

/// Calls the partner API with the key and passes its answer on.
async fn partner(demo: &Demo, path: &str, body: Option<Value>) -> Response {
    let mut call = demo
        .client
        .post(format!("{}{path}", demo.config.partner_api))
        .bearer_auth(demo.config.partner_key.expose_secret());
    if let Some(body) = body {
        call = call.json(&body);
    }
    match call.send().await {
        Ok(res) => {
            let status = StatusCode::from_u16(res.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            let value: Value = res.json().await.unwrap_or(Value::Null);
            (status, Json(value)).into_response()
        }
        Err(err) => {
            tracing::warn!(error = %err, "demo: partner API unreachable");
            StatusCode::BAD_GATEWAY.into_response()
        }
    }
}
