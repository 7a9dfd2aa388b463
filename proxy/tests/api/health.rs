//! Liveness and readiness through `app()`: a stuck store or a SIGTERM takes the instance out of
//! rotation (503 in the one error shape) while liveness stays up.

use crate::helpers::TestApp;
use axum::http::{Method, StatusCode};
use std::time::Duration;

#[tokio::test]
async fn a_healthy_instance_is_live_and_ready() {
    let app = TestApp::spawn().await;
    let health = app.request(Method::GET, "/api/health", None, None).await;
    assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, Some("ok")));
    let ready = app.request(Method::GET, "/api/ready", None, None).await;
    assert_eq!((ready.status, ready.body.as_str()), (StatusCode::OK, Some("ready")));
}

#[tokio::test]
async fn a_store_that_does_not_answer_makes_the_instance_not_ready_but_still_live() {
    let app = TestApp::spawn().await;
    if app.store.shared() {
        // PostgreSQL has no single writer to hold; its pool is probed by the other tests.
        return;
    }
    // The writer held for longer than the probe waits, as by a write that hangs.
    let store = app.store.clone();
    let (holding, held) = tokio::sync::oneshot::channel();
    let mut holding = Some(holding);
    let stall = tokio::spawn(async move {
        store
            .call(move |_| {
                let _ = holding.take().map(|h| h.send(()));
                std::thread::sleep(Duration::from_millis(1800));
                Ok(())
            })
            .await
    });
    // Probe only once the writer is really held (a busy machine may start the stall late).
    held.await.unwrap();
    let ready = app.request(Method::GET, "/api/ready", None, None).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.body["error"]["code"], "not_ready");
    // The first probe's query is still queued: the next one does not queue another.
    let again = tokio::time::timeout(Duration::from_millis(200), app.request(Method::GET, "/api/ready", None, None));
    assert_eq!(again.await.expect("answered at once").status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(app.request(Method::GET, "/api/health", None, None).await.status, StatusCode::OK);
    stall.await.unwrap().unwrap();
    // Once the store answers again, so does the probe (the first probe's query may still run).
    let mut status = StatusCode::SERVICE_UNAVAILABLE;
    for _ in 0..50 {
        status = app.request(Method::GET, "/api/ready", None, None).await.status;
        if status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_stopping_instance_is_not_ready() {
    let app = TestApp::spawn().await;
    app.state.readiness.stop();
    let ready = app.request(Method::GET, "/api/ready", None, None).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.body["error"]["code"], "not_ready");
    assert!(ready.body["error"]["message"].is_string());
    assert_eq!(app.request(Method::GET, "/api/health", None, None).await.status, StatusCode::OK);
}
