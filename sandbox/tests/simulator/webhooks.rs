use crate::receiver::{deliveries, header, sim_with_webhook};
use crate::signature::{reference_hmac, SECRET};
use crate::support::page_path;
use serde_json::Value;
use std::time::Duration;

#[tokio::test]
async fn a_failed_delivery_is_retried_with_the_same_id_and_a_signed_body() {
    let (sim, log) = sim_with_webhook(vec![500]).await;
    let (person, ident) = sim.requested("Jane", None).await;
    let log = deliveries(&log, 2).await;
    let (first, second) = (&log[0], &log[1]);
    assert_eq!(header(&first.0, "solaris-webhook-attempt"), "1");
    assert_eq!(header(&second.0, "solaris-webhook-attempt"), "2");
    assert_eq!(header(&first.0, "solaris-webhook-id"), header(&second.0, "solaris-webhook-id"));
    assert_eq!(first.1, second.1);
    let (headers, body) = second;
    assert_eq!(header(headers, "content-type"), "application/json");
    assert_eq!(header(headers, "solaris-webhook-event-type"), "IDENTIFICATION");
    assert_eq!(header(headers, "solaris-entity-id"), ident["id"].as_str().unwrap());
    assert_eq!(
        header(headers, "solaris-webhook-signature"),
        format!("sha256={}", reference_hmac(SECRET.as_bytes(), body))
    );
    let payload: Value = serde_json::from_slice(body).unwrap();
    let mut keys: Vec<&str> = payload.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["completed_at", "failure_reason", "id", "method", "person_id", "reference", "status", "url"]);
    assert_eq!((payload["status"].as_str(), payload["person_id"].as_str()), (Some("pending"), Some(person.as_str())));
    assert!(!String::from_utf8_lossy(body).contains(": "), "compact JSON");
}

#[tokio::test]
async fn every_status_change_is_delivered_in_order() {
    let (sim, log) = sim_with_webhook(vec![]).await;
    let (_, ident) = sim.requested("X-AUTOTEST-HAPPYPATH", None).await;
    sim.page(&page_path(ident["id"].as_str().unwrap(), "finish"), Some("")).await;
    let log = deliveries(&log, 3).await;
    let statuses: Vec<String> = log
        .iter()
        .map(|(_, body)| serde_json::from_slice::<Value>(body).unwrap()["status"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(statuses, ["pending", "pending_successful", "successful"]);
}

#[tokio::test]
async fn a_422_is_not_retried_and_a_410_ends_the_subscription() {
    let (sim, log) = sim_with_webhook(vec![422]).await;
    let (_, ident) = sim.requested("X-AUTOTEST-ABORTIDENT", None).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(log.lock().unwrap().len(), 1, "no retry after 422");
    sim.page(&page_path(ident["id"].as_str().unwrap(), "finish"), Some("")).await;
    assert_eq!(deliveries(&log, 2).await.len(), 2, "later events still go out");

    let (sim, log) = sim_with_webhook(vec![410]).await;
    let (_, ident) = sim.requested("X-AUTOTEST-ABORTIDENT", None).await;
    deliveries(&log, 1).await;
    sim.page(&page_path(ident["id"].as_str().unwrap(), "finish"), Some("")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(log.lock().unwrap().len(), 1, "nothing after 410");
}

#[test]
fn every_local_retry_schedule_tries_again_within_a_second_and_backs_off() {
    let c = crate::support::config();
    let schedules =
        [&c.solaris.retry_delays, &c.onfido.retry_delays, &c.signicat.retry_delays, &c.xpollens.retry_delays];
    for delays in schedules {
        assert!(delays[0] <= Duration::from_secs(1) && delays.len() >= 5, "{delays:?}");
        assert!(delays.windows(2).all(|w| w[1] >= w[0]), "{delays:?}");
        // A receiver down for ten seconds still gets the event.
        assert!(delays.iter().sum::<Duration>() >= Duration::from_secs(10), "{delays:?}");
    }
}
