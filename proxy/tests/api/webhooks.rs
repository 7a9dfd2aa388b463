use crate::helpers::{TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use std::time::Duration;

/// The identification status `GET /api/session` shows (it only reads what is stored), asked
/// until it is `wanted` or five seconds passed.
async fn shown_when(app: &TestApp, token: &str, wanted: &str) -> String {
    let mut seen = String::new();
    for _ in 0..200 {
        seen = app.session_show(token).await.body["identification"]["status"].as_str().unwrap().to_owned();
        if seen == wanted {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    seen
}

#[tokio::test]
async fn a_bad_signature_is_refused() {
    let app = TestApp::spawn().await;
    let body = r#"{"id":"abc","status":"successful"}"#;
    assert_eq!(app.solaris_webhook(body, "d1", Some("sha256=00")).await, StatusCode::UNAUTHORIZED);
    assert_eq!(app.solaris_webhook(body, "d2", Some("")).await, StatusCode::UNAUTHORIZED);
    let other_secret = kyc_sandbox::sign("not-our-secret", body.as_bytes());
    assert_eq!(app.solaris_webhook(body, "d3", Some(&other_secret)).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_signed_event_for_an_unknown_identification_is_acknowledged() {
    let app = TestApp::spawn().await;
    assert_eq!(app.solaris_webhook(r#"{"id":"unknowncidt"}"#, "d1", None).await, StatusCode::OK);
}

#[tokio::test]
async fn a_signed_event_updates_the_stored_status_without_any_poll() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-FRAUDIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    let id = url.rsplit('/').next().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;

    let body = format!(r#"{{"id":"{id}","status":"pending_failed"}}"#);
    assert_eq!(app.solaris_webhook(&body, "delivery-1", None).await, StatusCode::OK);
    // GET /api/session reads only what is stored, so a change proves the webhook did it.
    let mut seen = String::new();
    for _ in 0..100 {
        seen = app.session_show(&token).await.body["identification"]["status"].as_str().unwrap().to_owned();
        if seen != "pending" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(seen == "pending_failed" || seen == "failed", "{seen}");
    // A replay of the same delivery is acknowledged and ignored.
    assert_eq!(app.solaris_webhook(&body, "delivery-1", None).await, StatusCode::OK);
}

#[tokio::test]
async fn the_simulators_signed_webhooks_reach_the_proxy_over_http_and_update_the_status() {
    let app = TestApp::spawn_with_webhooks().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;
    // No status poll: only webhooks can move the stored status that GET /api/session shows.
    assert_eq!(shown_when(&app, &token, "successful").await, "successful");
}

#[tokio::test]
async fn without_any_webhook_or_poll_the_reconciliation_brings_the_decision() {
    let app = TestApp::spawn_reconciling().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;
    // The browser is gone: nobody polls, no webhook is configured. GET /api/session only reads.
    assert_eq!(shown_when(&app, &token, "successful").await, "successful");
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await.body;
    assert!(detail["status_confirmed_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{detail}");
}

#[tokio::test]
async fn an_event_that_cannot_be_applied_yet_is_retried_until_it_can() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    let id = url.rsplit('/').next().unwrap().to_owned();
    // An event about an identification this proxy does not know (yet) is acknowledged, kept
    // and tried again; the known one is applied.
    assert_eq!(app.solaris_webhook(r#"{"id":"notyetcidt"}"#, "early", None).await, StatusCode::OK);
    crate::helpers::finish_call(&url).await;
    assert_eq!(app.solaris_webhook(&format!(r#"{{"id":"{id}"}}"#), "known", None).await, StatusCode::OK);
    let provider = kyc_core::flow::ProviderId::Solaris;
    let mut states = (None, None);
    for _ in 0..200 {
        states = (
            app.store.inbox_state(provider, "known".into()).await.unwrap(),
            app.store.inbox_state(provider, "early".into()).await.unwrap(),
        );
        if states.0.as_deref() == Some("done") && states.1.as_deref() == Some("ignored") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(states, (Some("done".into()), Some("ignored".into())));
    let pending = app.store.inbox_list("pending", 10).await.unwrap();
    assert!(pending.is_empty(), "{pending:?}");
}
