//! Two proxy instances on one PostgreSQL database, as a bank runs them behind a load balancer:
//! whatever one instance stores or is told, the other sees and acts on. Skipped unless
//! `KYC_TEST_POSTGRES` names a test server (the README's test command starts one).

use crate::harness::Deployment;
use crate::DECISION;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn a_session_made_on_one_instance_is_read_and_changed_on_the_other() {
    let Some(mut d) = Deployment::start_shared("shared_session", &[]).await else { return };
    let (a, b) = (d.proxy_url.clone(), d.instance_start().await);
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let (status, view) = d.call_at(&b, Method::GET, "/api/session", Some(&token), None).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["person"]["first_name"], "X-AUTOTEST-HAPPYPATH");
    let mut person = view["person"].clone();
    person["city"] = json!("Hamburg");
    let (status, saved) = d.call_at(&b, Method::PUT, "/api/session/person", Some(&token), Some(person)).await;
    assert_eq!(status, 200, "{saved}");
    let (_, view) = d.call_at(&a, Method::GET, "/api/session", Some(&token), None).await;
    assert_eq!(view["person"]["city"], "Hamburg");
}

#[tokio::test]
async fn a_webhook_delivered_to_one_instance_is_seen_by_a_poll_on_the_other() {
    let Some(mut d) = Deployment::start_shared("shared_webhook", &[]).await else { return };
    let b = d.instance_start().await;
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let (status, started) = d.call(Method::POST, "/api/session/identification", Some(&token), None).await;
    assert_eq!(status, 200, "{started}");
    // The simulators deliver Solaris's webhook to the first instance only.
    d.call_finish(started["url"].as_str().unwrap()).await;
    let shown = std::time::Instant::now();
    loop {
        let (_, view) = d.call_at(&b, Method::GET, "/api/session", Some(&token), None).await;
        if view["identification"]["status"] == "successful" {
            break;
        }
        assert!(shown.elapsed() < DECISION, "the other instance still shows {}", view["identification"]);
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
}

#[tokio::test]
async fn two_hand_overs_of_one_session_through_two_instances_make_one_identification() {
    let Some(mut d) = Deployment::start_shared("shared_handover", &[]).await else { return };
    let (a, b) = (d.proxy_url.clone(), d.instance_start().await);
    for round in 0..3 {
        let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
        let start = |base: String| {
            let (d, token) = (&d, token.clone());
            async move { d.call_at(&base, Method::POST, "/api/session/identification", Some(&token), None).await }
        };
        let (first, second) = tokio::join!(start(a.clone()), start(b.clone()));
        assert_eq!((first.0, second.0), (200, 200), "round {round}: {} {}", first.1, second.1);
        assert_eq!(first.1["url"], second.1["url"], "round {round}: the same call for both");
        let person = d.partner_newest().await["provider"]["person_id"].as_str().unwrap().to_owned();
        assert_eq!(d.solaris_identifications(&person).await.len(), 1, "round {round}");
    }
}
