//! Drives the simulator through `app()` with `oneshot`, as the proxy would over HTTP.

use axum::body::{to_bytes, Body, Bytes};
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use kyc_sandbox::SandboxConfig;
use serde_json::Value;
use std::time::Duration;
use tower::ServiceExt;

pub const BASE_URL: &str = "http://127.0.0.1:8081";
pub const REDIRECT_URL: &str = "http://127.0.0.1:8080/ident-return.html?transaction={transactionnumber}";
pub const COMPANY: &str = "solarisbankvideoidentsandbox";
/// Basic credentials of `SandboxConfig::local`: base64("sandbox-client:sandbox-secret").
pub const BASIC: &str = "Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ=";

/// Local defaults with a review short enough for tests.
pub fn config() -> SandboxConfig {
    let mut config = SandboxConfig::local(BASE_URL, REDIRECT_URL);
    config.solaris.review_delay = Duration::from_millis(50);
    config
}

/// An answer, body already read.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
    /// The body as received, for files.
    pub bytes: Bytes,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }
}

pub async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.expect("router is infallible");
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.expect("body");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Answer { status: parts.status, headers: parts.headers, text, bytes }
}

pub async fn issue_token(app: &Router) -> Answer {
    let request = Request::post("/oauth2/token")
        .header(header::AUTHORIZATION, BASIC)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=client_credentials&scope=partners"))
        .unwrap();
    send(app, request).await
}

/// Path of the IDnow page of identification `id`, plus an optional step.
pub fn page_path(id: &str, step: &str) -> String {
    let base = format!("/idnow/{COMPANY}/identifications/{id}");
    if step.is_empty() {
        base
    } else {
        format!("{base}/{step}")
    }
}

/// The redirect target the pages must send the browser to.
pub fn redirect_for(id: &str) -> String {
    REDIRECT_URL.replace("{transactionnumber}", id)
}
