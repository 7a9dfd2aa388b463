use crate::client::Sim;
use crate::support::{config, page_path, redirect_for};
use axum::http::{Method, StatusCode};
use serde_json::Value;
use std::time::Duration;

/// Runs an automated call and returns (person, identification id, identification after the call).
async fn call(sim: &Sim, name: &str) -> (String, String, Value) {
    let (person, ident) = sim.requested(name, None).await;
    let id = ident["id"].as_str().unwrap().to_owned();
    let finished = sim.page(&page_path(&id, "finish"), Some("")).await;
    assert_eq!(finished.status, StatusCode::SEE_OTHER);
    assert_eq!(finished.header("location"), redirect_for(&id));
    let after_call = sim.identification(&person, &id).await;
    (person, id, after_call)
}

#[tokio::test(start_paused = true)]
async fn each_scenario_runs_its_status_sequence() {
    let cases = [
        ("HAPPYPATH", "pending_successful", "successful", None),
        ("CHANGEALLREVIEW", "pending_successful", "successful", None),
        ("FRAUDIDENT", "pending_failed", "failed", None),
        ("FRAUDOK", "pending_failed", "successful", None),
        ("FRAUDREVIEW", "pending_successful", "failed", None),
        ("CANCELED", "pending_successful", "canceled", Some("TECH_PHOTO")),
        ("CANCELLED", "pending_successful", "canceled", Some("TECH_PHOTO")),
        ("CHANGEALL", "successful", "successful", None),
        ("ABORTIDENT", "aborted", "aborted", Some("TECH_VIDEO")),
    ];
    let sim = Sim::new(config()).await;
    for (case, after_call, after_review, reason) in cases {
        let (person, id, ident) = call(&sim, &format!("X-AUTOTEST-{case}")).await;
        assert_eq!(ident["status"], after_call, "{case} after the call");
        assert!(ident["completed_at"].is_string(), "{case}");
        let ident = sim.wait_for(&person, &id, after_review).await;
        assert_eq!(ident["failure_reason"].as_str(), reason, "{case}");
    }
}

#[tokio::test(start_paused = true)]
async fn changeall_changes_the_person_in_the_call_and_changeallreview_in_the_review() {
    let sim = Sim::new(config()).await;
    let (person, _, _) = call(&sim, "X-AUTOTEST-CHANGEALL").await;
    let changed = sim.api(Method::GET, &format!("/v1/persons/{person}"), None).await.json();
    assert_eq!(changed["first_name"], "Ǆemila Åsa-Łucja");
    assert_eq!(changed["address"]["city"], "München");

    let (person, id, _) = call(&sim, "X-AUTOTEST-CHANGEALLREVIEW").await;
    let before = sim.api(Method::GET, &format!("/v1/persons/{person}"), None).await.json();
    assert_eq!(before["first_name"], "X-AUTOTEST-CHANGEALLREVIEW");
    sim.wait_for(&person, &id, "successful").await;
    let after = sim.api(Method::GET, &format!("/v1/persons/{person}"), None).await.json();
    assert_eq!(after["last_name"], "Ørsted-Núñez Þórsdóttir");
}

#[tokio::test(start_paused = true)]
async fn longreview_reviews_a_day_later() {
    let sim = Sim::new(config()).await;
    let (person, id, _) = call(&sim, "X-AUTOTEST-LONGREVIEW").await;
    tokio::time::sleep(Duration::from_secs(600)).await;
    // The token would have expired by then; one hour is enough for this check.
    assert_eq!(sim.identification(&person, &id).await["status"], "pending_successful");
    tokio::time::advance(Duration::from_secs(24 * 3600)).await;
    let mut sim = sim;
    sim.token = crate::support::issue_token(&sim.app).await.json()["access_token"].as_str().unwrap().to_owned();
    sim.wait_for(&person, &id, "successful").await;
}

#[tokio::test(start_paused = true)]
async fn an_aborted_identification_can_be_run_again_with_the_same_url() {
    let sim = Sim::new(config()).await;
    let (person, id, ident) = call(&sim, "X-AUTOTEST-ABORTIDENT").await;
    assert_eq!(ident["status"], "aborted");
    let page = sim.page(&page_path(&id, ""), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains(&format!("action=\"{}\"", page_path(&id, "finish"))));
    let again = sim.page(&page_path(&id, "finish"), Some("")).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let ident = sim.identification(&person, &id).await;
    assert_eq!((ident["status"].as_str(), ident["failure_reason"].as_str()), (Some("aborted"), Some("TECH_VIDEO")));
}
