use crate::helpers::TestApp;
use axum::http::StatusCode;
use std::time::Duration;

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
    let mut seen = String::new();
    for _ in 0..150 {
        seen = app.session_show(&token).await.body["identification"]["status"].as_str().unwrap().to_owned();
        if seen == "successful" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(seen, "successful");
}
