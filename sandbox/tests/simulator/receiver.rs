//! A webhook receiver on 127.0.0.1 that records what it gets and answers as scripted.

use crate::client::Sim;
use crate::signature::SECRET;
use crate::support::config;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use kyc_sandbox::WebhookTarget;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub type Log = Arc<Mutex<Vec<(HeaderMap, Bytes)>>>;

/// A receiver on 127.0.0.1 answering the n-th delivery with `answers[n]`, then 200.
async fn receiver(answers: Vec<u16>) -> (String, Log) {
    async fn hook(State((log, answers)): State<(Log, Arc<Vec<u16>>)>, headers: HeaderMap, body: Bytes) -> StatusCode {
        let mut log = log.lock().unwrap();
        log.push((headers, body));
        StatusCode::from_u16(answers.get(log.len() - 1).copied().unwrap_or(200)).unwrap()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let log = Log::default();
    let app = Router::new().route("/hook", post(hook)).with_state((log.clone(), Arc::new(answers)));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, log)
}

pub async fn sim_with_webhook(answers: Vec<u16>) -> (Sim, Log) {
    let (url, log) = receiver(answers).await;
    let mut config = config();
    config.solaris.webhook = Some(WebhookTarget { url, secret: SECRET.into() });
    (Sim::new(config).await, log)
}

/// Waits until `n` deliveries arrived (at most a few seconds), then returns them.
pub async fn deliveries(log: &Log, n: usize) -> Vec<(HeaderMap, Bytes)> {
    for _ in 0..100 {
        if log.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = log.lock().unwrap().clone();
    assert!(log.len() >= n, "expected {n} deliveries, got {}", log.len());
    log
}

pub fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}
