//! Every HTML page the proxy serves carries the security headers, by whatever path it is asked
//! for (the SPA's routes, its files by name, the providers' return pages); over HTTPS (a
//! trusted reverse proxy's `X-Forwarded-Proto`) with HSTS, and a plain-HTTP request from that
//! proxy is sent to the HTTPS origin.

use crate::helpers::{self, TestApp};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use base64::Engine;
use kyc_proxy::client_ip::TrustedProxies;
use sha2::Digest;
use std::net::SocketAddr;
use std::sync::Arc;
use tower::ServiceExt;

/// Every path that answers an HTML page (a redirect is followed once, as a browser would).
const HTML_PATHS: [&str; 9] = [
    "/",
    "/index.html",
    "/rest/index.html",
    "/consents",
    "/status?lang=de",
    "/ident-return.html?transaction=abc",
    "/bank-return.html",
    "/api/bank-login/return?lang=fr",
    "/api/bank-login/return?window=popup",
];

/// The reverse proxy in front, trusted.
const PROXY: &str = "10.0.0.2:41000";

/// `path` asked through `router` by `peer` with `X-Forwarded-Proto: proto` (if any).
async fn get(router: &axum::Router, peer: &str, path: &str, proto: Option<&str>) -> (StatusCode, HeaderMap) {
    let mut req = Request::builder().uri(path);
    if let Some(proto) = proto {
        req = req.header("x-forwarded-proto", proto);
    }
    let mut req = req.body(Body::empty()).unwrap();
    req.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
    let res = router.clone().oneshot(req).await.unwrap();
    (res.status(), res.headers().clone())
}

/// An app behind a TLS-terminating proxy at [`PROXY`], public at `https://kyc.test`.
fn behind_tls(app: &TestApp) -> axum::Router {
    let mut state = app.state.clone();
    state.trusted_proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
    state.env.public_url = Arc::from("https://kyc.test");
    kyc_proxy::app(state)
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

#[tokio::test]
async fn every_html_path_carries_the_security_headers_and_hsts_over_https() {
    let app = TestApp::spawn().await;
    let router = behind_tls(&app);
    for path in HTML_PATHS {
        let (mut status, mut headers) = get(&router, PROXY, path, Some("https")).await;
        let mut at = path.to_owned();
        if status.is_redirection() {
            at = header(&headers, "location").to_owned();
            (status, headers) = get(&router, PROXY, &at, Some("https")).await;
        }
        assert_eq!(status, StatusCode::OK, "{path} → {at}");
        assert!(header(&headers, "content-type").starts_with("text/html"), "{at}");
        let csp = header(&headers, "content-security-policy");
        assert!(csp.contains("frame-ancestors"), "{at}: {csp}");
        assert!(csp.contains("object-src 'none'") || csp.starts_with("default-src 'none'"), "{at}: {csp}");
        // (The simulators' http:// origin in `frame-src` is the tests' own; see scripts/observatory.)
        assert!(!csp.contains("unsafe-inline"), "{at}: {csp}");
        assert!(header(&headers, "permissions-policy").contains("geolocation=()"), "{at}");
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff", "{at}");
        assert_eq!(header(&headers, "referrer-policy"), "no-referrer", "{at}");
        assert_eq!(header(&headers, "strict-transport-security"), "max-age=31536000", "{at}");
        // The bank's window closes itself through its opener: no opener policy there.
        let opener = if at.starts_with("/bank-return.html") { "" } else { "same-origin" };
        assert_eq!(header(&headers, "cross-origin-opener-policy"), opener, "{at}");
    }
}

#[tokio::test]
async fn the_pages_by_file_name_are_the_pages_with_their_script_policy() {
    let app = TestApp::spawn().await;
    let (_, root, _) = app.page("/").await;
    for path in ["/index.html", "/rest/index.html"] {
        let (status, headers, html) = app.page(path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<title>"), "{path}");
        assert_eq!(headers["content-security-policy"], root["content-security-policy"], "{path}");
        assert_eq!(headers["permissions-policy"], root["permissions-policy"], "{path}");
    }
    let (_, _, rest) = app.page("/rest/index.html").await;
    assert!(rest.contains("<title>rest</title>"));
    // Framed by the app, itself perhaps framed by a product team's page.
    let (_, ident, _) = app.page("/ident-return.html").await;
    assert!(header(&ident, "content-security-policy").ends_with("frame-ancestors *"));
    let (_, bank, _) = app.page("/bank-return.html").await;
    assert!(header(&bank, "content-security-policy").ends_with("frame-ancestors 'self'"));
}

#[tokio::test]
async fn the_first_page_carries_its_stylesheet_allowed_by_its_hash_and_names_no_preloads() {
    let app = TestApp::spawn().await;
    let (_, headers, html) = app.page("/").await;
    assert!(html.contains(&format!("<style>{}</style>", helpers::TEST_CSS)), "{html}");
    assert!(!html.contains("rel=stylesheet") && !html.contains("rel=preload"), "{html}");
    let digest = sha2::Sha256::digest(helpers::TEST_CSS.as_bytes());
    let source = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
    assert!(header(&headers, "content-security-policy").contains(&format!("style-src 'self' {source};")));
    // The later pages keep theirs as files: by then the browser has them from the first page's
    // fetch ahead.
    let (_, _, rest) = app.page("/rest/index.html").await;
    assert!(rest.contains("rel=stylesheet") && !rest.contains("rel=preload"), "{rest}");
}

#[tokio::test]
async fn plain_http_from_the_trusted_proxy_is_redirected_and_no_one_else_decides() {
    let app = TestApp::spawn().await;
    let router = behind_tls(&app);
    let (status, headers) = get(&router, PROXY, "/consents?lang=de", Some("http")).await;
    assert_eq!(status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(header(&headers, "location"), "https://kyc.test/consents?lang=de");
    // Anyone else's header counts for nothing: no redirect, and no HSTS either.
    for proto in ["http", "https"] {
        let (status, headers) = get(&router, "192.0.2.9:5000", "/consents", Some(proto)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!headers.contains_key("strict-transport-security"), "{proto}");
    }
    // Without a word from the proxy (a probe on the private port): answered as it is.
    let (status, headers) = get(&router, PROXY, "/api/health", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!headers.contains_key("strict-transport-security"));
    // An http:// public origin is not redirected to.
    let (status, _) = get(&app.router(), PROXY, "/consents", Some("http")).await;
    assert_eq!(status, StatusCode::OK);
}
