//! The sandbox control panel: request faults through the middleware over every simulator, and
//! dropped deliveries.

use crate::receiver::{deliveries, sim_with_webhook};
use crate::support::{config, send, Answer};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::time::Instant;

const OUTBOX: &str = "/sms/v1/outbox?to=%2B4915123456789";

async fn fault(app: &Router, fault: Value) -> Answer {
    let request = Request::post("/sandbox/faults")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(fault.to_string()))
        .unwrap();
    send(app, request).await
}

async fn get(app: &Router, path: &str) -> Answer {
    send(app, Request::get(path).body(Body::empty()).unwrap()).await
}

fn sms() -> Request<Body> {
    Request::post("/sms/v1/messages")
        .header(header::AUTHORIZATION, "Bearer sandbox-sms-key")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({ "to": "+4915123456789", "text": "hi" }).to_string()))
        .unwrap()
}

#[tokio::test]
async fn a_status_fault_answers_for_itself_as_many_times_as_asked() {
    let app = kyc_sandbox::app(config());
    let added = fault(&app, json!({"path_prefix": "/sms/v1/messages", "method": "post", "action": "status", "status": 503, "retry_after_secs": 1, "times": 2})).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    for remaining in [1, 0] {
        let refused = send(&app, sms()).await;
        assert_eq!((refused.status, refused.header("retry-after")), (StatusCode::SERVICE_UNAVAILABLE, "1"));
        assert_eq!(refused.json()["error"]["type"], "sandbox_fault");
        let listed = get(&app, "/sandbox/faults").await.json();
        assert_eq!(listed["faults"].as_array().map(Vec::len), Some(remaining));
    }
    assert_eq!(send(&app, sms()).await.status, StatusCode::CREATED, "the third passes");
    assert_eq!(get(&app, OUTBOX).await.json()["messages"].as_array().unwrap().len(), 1, "the refused were not sent");
}

#[tokio::test]
async fn faults_match_on_path_and_method_and_spare_the_control_panel() {
    let app = kyc_sandbox::app(config());
    fault(&app, json!({"action": "status", "status": 500, "path_prefix": "/sms", "method": "GET"})).await;
    assert_eq!(send(&app, sms()).await.status, StatusCode::CREATED, "another method");
    assert_eq!(get(&app, "/address/v1/nothing").await.status, StatusCode::NOT_FOUND, "another path");
    assert_eq!(get(&app, OUTBOX).await.status, StatusCode::INTERNAL_SERVER_ERROR, "until cleared");
    assert_eq!(get(&app, OUTBOX).await.status, StatusCode::INTERNAL_SERVER_ERROR);
    fault(&app, json!({"action": "status", "status": 500})).await;
    assert_eq!(get(&app, "/sandbox/health").await.text, "ok");
    let listed = get(&app, "/sandbox/faults").await.json();
    assert_eq!(
        listed["faults"][0],
        json!({"action": "status", "status": 500, "path_prefix": "/sms", "method": "GET", "times": null})
    );
    let cleared = send(&app, Request::delete("/sandbox/faults").body(Body::empty()).unwrap()).await;
    assert_eq!(cleared.status, StatusCode::NO_CONTENT);
    assert_eq!(get(&app, "/sandbox/faults").await.json(), json!({"faults": []}));
    assert_eq!(get(&app, OUTBOX).await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_unreadable_fault_is_refused() {
    let app = kyc_sandbox::app(config());
    let refused = fault(&app, json!({"action": "delay_after", "ms": 10, "path": "/sms"})).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["error"], "a delay_after fault has no `path`");
}

#[tokio::test(start_paused = true)]
async fn delay_after_does_the_work_then_holds_the_answer() {
    let app = kyc_sandbox::app(config());
    fault(&app, json!({"path_prefix": "/sms/v1/messages", "action": "delay_after", "ms": 3000, "times": 1})).await;
    let start = Instant::now();
    let sending = tokio::spawn({
        let app = app.clone();
        async move { send(&app, sms()).await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(get(&app, OUTBOX).await.json()["messages"].as_array().unwrap().len(), 1, "already done");
    assert!(!sending.is_finished(), "but not answered");
    assert_eq!(sending.await.unwrap().status, StatusCode::CREATED);
    assert!(start.elapsed() >= Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn delay_before_holds_the_request_before_the_work() {
    let app = kyc_sandbox::app(config());
    fault(&app, json!({"path_prefix": "/sms/v1/messages", "action": "delay_before", "ms": 5000})).await;
    let sending = tokio::spawn({
        let app = app.clone();
        async move { send(&app, sms()).await }
    });
    tokio::time::sleep(Duration::from_millis(4900)).await;
    assert_eq!(get(&app, OUTBOX).await.json()["messages"], json!([]), "not seen yet");
    assert_eq!(sending.await.unwrap().status, StatusCode::CREATED);
    assert_eq!(get(&app, OUTBOX).await.json()["messages"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_dropped_webhook_is_never_sent_and_later_ones_are() {
    let (sim, log) = sim_with_webhook(vec![]).await;
    let added = fault(&sim.app, json!({"action": "drop_webhooks", "provider": "solaris", "times": 1})).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    let (_, ident) = sim.requested("X-AUTOTEST-HAPPYPATH", None).await;
    let id = ident["id"].as_str().unwrap();
    sim.page(&crate::support::page_path(id, "finish"), Some("")).await;
    let got = deliveries(&log, 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(log.lock().unwrap().len(), 2, "nothing more");
    let statuses: Vec<Value> =
        got.iter().map(|(_, body)| serde_json::from_slice::<Value>(body).unwrap()["status"].clone()).collect();
    assert_eq!(statuses, ["pending_successful", "successful"], "the first event, `pending`, was dropped");
    assert_eq!(get(&sim.app, "/sandbox/faults").await.json(), json!({"faults": []}), "used up");
}
