//! Deadlines applied lazily: the 30-minute attempt timeout and the 14-day URL validity.

use crate::client::Sim;
use crate::support::{config, issue_token, page_path};
use axum::http::StatusCode;
use serde_json::Value;
use std::time::Duration;

#[tokio::test(start_paused = true)]
async fn an_attempt_left_open_for_30_minutes_is_aborted_with_tech_timeout() {
    let sim = Sim::new(config()).await;
    let (person, ident) = sim.requested("Jane", None).await;
    let id = ident["id"].as_str().unwrap();
    tokio::time::advance(Duration::from_secs(29 * 60)).await;
    assert_eq!(sim.identification(&person, id).await["status"], "pending");
    tokio::time::advance(Duration::from_secs(60)).await;
    let ident = sim.identification(&person, id).await;
    assert_eq!((ident["status"].as_str(), ident["failure_reason"].as_str()), (Some("aborted"), Some("TECH_TIMEOUT")));
    assert!(ident["completed_at"].is_string());
}

#[tokio::test(start_paused = true)]
async fn the_url_expires_after_14_days() {
    let mut sim = Sim::new(config()).await;
    let (person, ident) = sim.requested("Jane", None).await;
    let id = ident["id"].as_str().unwrap();
    tokio::time::advance(Duration::from_secs(14 * 24 * 3600)).await;
    // The token lives an hour, the URL two weeks.
    sim.token = issue_token(&sim.app).await.json()["access_token"].as_str().unwrap().to_owned();
    let ident = sim.identification(&person, id).await;
    assert_eq!(ident["status"], "expired");
    assert_eq!(ident["failure_reason"], Value::Null);
    let page = sim.page(&page_path(id, ""), None).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.text.contains("This identification link has expired"));
}
