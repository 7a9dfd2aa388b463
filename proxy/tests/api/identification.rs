use crate::helpers::TestApp;
use axum::http::StatusCode;
use serde_json::Value;
use std::time::Duration;

/// Plays the user's part on the simulated IDnow page: the automated test call ends the call.
async fn finish_call(url: &str) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = client.post(format!("{url}/finish")).form(&[("done", "1")]).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER, "the IDnow page sends the browser back to us");
}

/// Polls the status like the SPA does until it is final (bounded).
async fn final_status(app: &TestApp, token: &str) -> Value {
    for _ in 0..100 {
        let reply = app.status_show(token).await;
        assert_eq!(reply.status, StatusCode::OK);
        if reply.body["final"] == true {
            return reply.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("status never became final");
}

#[tokio::test]
async fn the_identification_needs_both_consents() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("Jane").await;
    app.consent_delete(&token, "terms_conditions").await;
    let reply = app.identification_create(&token).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.body["error"]["code"], "conflict");
}

#[tokio::test]
async fn happy_path_ends_successful_and_the_reference_never_leaves_the_proxy() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let reply = app.identification_create(&token).await;
    assert_eq!(reply.status, StatusCode::OK);
    let url = reply.body["url"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&app.sandbox_url), "{url}");
    assert_eq!(reply.body["status"], "pending");
    assert!(reply.body.get("reference").is_none());

    let again = app.identification_create(&token).await;
    assert_eq!(again.body["url"], url.as_str(), "starting twice reuses the identification");

    let session = app.session_show(&token).await.body.to_string();
    assert!(!session.contains("TST-") && !session.contains("reference"), "{session}");

    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "successful");
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
}

#[tokio::test]
async fn fraud_ends_failed_without_a_reason() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-FRAUDIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "failed");
    assert_eq!(status["reason"], Value::Null);
}

#[tokio::test]
async fn an_aborted_call_gives_its_reason_and_can_be_retried_with_the_same_url() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-ABORTIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "aborted");
    assert_eq!(status["reason"], "TECH_VIDEO");
    let retry = app.identification_create(&token).await;
    assert_eq!(retry.body["url"], url.as_str());
}

#[tokio::test]
async fn personal_data_is_locked_once_the_identification_started() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-LONGREVIEW").await;
    app.identification_create(&token).await;
    let reply = app.person_update(&token, crate::helpers::person("Other")).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
}
