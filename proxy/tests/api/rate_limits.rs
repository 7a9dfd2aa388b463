//! Every rate limit answers `429 too_many_requests` with `Retry-After` once its quota is used,
//! and lets the caller in again once the quota has refilled. Quotas refill one request per two
//! seconds here: a loaded test machine may take most of a second for a few debug-built calls,
//! and a quota refilling faster let the call meant to be refused in.

use crate::helpers::{person, TestApp, PARTNER_KEY};
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tower::ServiceExt;

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> (StatusCode, HeaderMap, Value) {
    let mut req = Request::builder().method(method).uri(path).header("content-type", "application/json");
    if let Some(token) = token {
        req = req.header("authorization", format!("Bearer {token}"));
    }
    let res = app.router().oneshot(req.body(Body::from(body.to_string())).unwrap()).await.unwrap();
    let (status, headers) = (res.status(), res.headers().clone());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

/// The 429 as a client sees it: the one error shape and a whole number of seconds to wait.
fn assert_limited((status, headers, body): &(StatusCode, HeaderMap, Value)) -> Duration {
    assert_eq!(*status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"]["code"], "too_many_requests");
    let seconds: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(seconds >= 1, "{seconds}");
    Duration::from_secs(seconds)
}

/// Calls `again` until it is no longer limited, within `retry_after` and a little more: the
/// quota refills as `Retry-After` said.
async fn recovers<F, Fut>(retry_after: Duration, mut again: F) -> (StatusCode, HeaderMap, Value)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = (StatusCode, HeaderMap, Value)>,
{
    let deadline = Instant::now() + retry_after + Duration::from_secs(2);
    loop {
        let reply = again().await;
        if reply.0 != StatusCode::TOO_MANY_REQUESTS || Instant::now() > deadline {
            return reply;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn session_creation_from_one_address_is_limited_and_recovers() {
    let app = TestApp::spawn().await.with_rate_limits("sessions=3/6s");
    for _ in 0..3 {
        assert_eq!(call(&app, Method::POST, "/api/sessions", None, json!({})).await.0, StatusCode::CREATED);
    }
    let wait = assert_limited(&call(&app, Method::POST, "/api/sessions", None, json!({})).await);
    let again = recovers(wait, || call(&app, Method::POST, "/api/sessions", None, json!({}))).await;
    assert_eq!(again.0, StatusCode::CREATED);
}

#[tokio::test]
async fn redeeming_link_and_hand_off_codes_is_limited_per_address() {
    let app = TestApp::spawn().await.with_rate_limits("codes=2/4s");
    let launch = || call(&app, Method::POST, "/api/sessions/launch", None, json!({ "code": "guess" }));
    assert_eq!(launch().await.0, StatusCode::GONE);
    assert_eq!(launch().await.0, StatusCode::GONE);
    // The hand-off exchange draws on the same quota: guessing either kind of code is guessing.
    let exchange = call(&app, Method::POST, "/api/handoffs/exchange", None, json!({ "code": "guess" })).await;
    let wait = assert_limited(&exchange);
    assert_eq!(recovers(wait, launch).await.0, StatusCode::GONE);
}

#[tokio::test]
async fn address_lookups_are_limited_per_session() {
    let app = TestApp::spawn().await.with_rate_limits("address=2/4s");
    let (one, two) = (app.session_create().await, app.session_create().await);
    let query = json!({ "country": "DE", "query": "Amrumer" });
    for _ in 0..2 {
        assert_eq!(
            call(&app, Method::POST, "/api/address/suggestions", Some(&one), query.clone()).await.0,
            StatusCode::OK
        );
    }
    let wait = assert_limited(&call(&app, Method::POST, "/api/address/suggestions", Some(&one), query.clone()).await);
    // Another session types on undisturbed.
    assert_eq!(call(&app, Method::POST, "/api/address/suggestions", Some(&two), query.clone()).await.0, StatusCode::OK);
    let again =
        recovers(wait, || call(&app, Method::POST, "/api/address/suggestions", Some(&one), query.clone())).await;
    assert_eq!(again.0, StatusCode::OK);
}

#[tokio::test]
async fn text_messages_to_one_number_are_limited_across_sessions() {
    let app = TestApp::spawn().await.with_rate_limits("sms_per_number=2/1d");
    let mut tokens = Vec::new();
    for _ in 0..2 {
        let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
        assert_eq!(app.person_update(&token, person("Jane")).await.status, StatusCode::OK);
        tokens.push(token);
    }
    let sms = |token: String| {
        let app = &app;
        async move { call(app, Method::POST, "/api/handoffs/sms", Some(&token), json!({})).await }
    };
    assert_eq!(sms(tokens[0].clone()).await.0, StatusCode::ACCEPTED);
    assert_eq!(sms(tokens[1].clone()).await.0, StatusCode::ACCEPTED);
    // The third to the same number, from either session, waits for the day to pass.
    let wait = assert_limited(&sms(tokens[1].clone()).await);
    assert!(wait > Duration::from_secs(23 * 3600), "{wait:?}");
}

#[tokio::test]
async fn wrong_partner_keys_lock_the_address_out_for_a_while() {
    let app = TestApp::spawn().await.with_rate_limits("partner_failures=2/4s");
    let list = |key: &'static str| call(&app, Method::GET, "/partner/v1/sessions", Some(key), Value::Null);
    for _ in 0..3 {
        assert_eq!(list("guessed-key").await.0, StatusCode::UNAUTHORIZED);
    }
    // Locked out: even the right key waits, so that guessing cannot go on beside real calls.
    let wait = assert_limited(&list(PARTNER_KEY).await);
    assert_eq!(recovers(wait, || list(PARTNER_KEY)).await.0, StatusCode::OK);
}

#[tokio::test]
async fn status_polls_beyond_the_quota_answer_from_the_store_never_429() {
    let app = TestApp::spawn().await.with_rate_limits("polls=1/1m");
    let token = app.ready_session("Jane").await;
    assert_eq!(app.identification_create(&token).await.status, StatusCode::OK);
    for _ in 0..5 {
        let (status, _, body) = call(&app, Method::GET, "/api/session/status", Some(&token), Value::Null).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body["status"].is_string());
    }
}
