//! The client's address behind a reverse proxy, through `app()`: Xpollens callbacks are heard
//! only from its configured source (127.0.0.1 in tests), so they show whose address is believed.

use crate::helpers::{TestApp, XPOLLENS_CALLBACK_PASSWORD};
use crate::xpollens::callback;
use axum::http::StatusCode;
use kyc_proxy::client_ip::TrustedProxies;
use serde_json::json;
use tower::ServiceExt;

/// A callback type the proxy acknowledges and ignores: 204 when heard, 401 when not.
async fn heard(router: &axum::Router, peer: &str, forwarded_for: Option<&str>) -> StatusCode {
    let mut req = callback(peer, XPOLLENS_CALLBACK_PASSWORD, json!({ "type": "1", "appUserId": "x" }));
    if let Some(chain) = forwarded_for {
        req.headers_mut().insert("x-forwarded-for", chain.parse().unwrap());
    }
    router.clone().oneshot(req).await.unwrap().status()
}

#[tokio::test]
async fn the_forwarded_address_counts_only_from_a_trusted_proxy() {
    let app = TestApp::spawn().await;
    let mut state = app.state.clone();
    state.trusted_proxies = TrustedProxies::parse("10.0.0.2, 192.168.0.0/16").unwrap();
    let behind = kyc_proxy::app(state);
    // The reverse proxy names the source: heard, through a second trusted hop too.
    assert_eq!(heard(&behind, "10.0.0.2:5000", Some("127.0.0.1")).await, StatusCode::NO_CONTENT);
    assert_eq!(heard(&behind, "10.0.0.2:5000", Some("127.0.0.1, 192.168.3.4")).await, StatusCode::NO_CONTENT);
    // Without the header, the proxy itself is the source: not heard.
    assert_eq!(heard(&behind, "10.0.0.2:5000", None).await, StatusCode::UNAUTHORIZED);
    // Spoofing: the header from anyone else is ignored...
    assert_eq!(heard(&behind, "10.9.9.9:5000", Some("127.0.0.1")).await, StatusCode::UNAUTHORIZED);
    // ...and so is what a client wrote left of the address the trusted proxy added.
    assert_eq!(heard(&behind, "10.0.0.2:5000", Some("127.0.0.1, 10.9.9.9")).await, StatusCode::UNAUTHORIZED);
    // A malformed header names nobody: the proxy stands for the client.
    assert_eq!(heard(&behind, "10.0.0.2:5000", Some("127.0.0.1, ???")).await, StatusCode::UNAUTHORIZED);
    // With no proxies configured (the default), the header counts for nothing.
    assert_eq!(heard(&app.router(), "10.0.0.2:5000", Some("127.0.0.1")).await, StatusCode::UNAUTHORIZED);
    assert_eq!(heard(&app.router(), "127.0.0.1:5000", Some("10.9.9.9")).await, StatusCode::NO_CONTENT);
}
