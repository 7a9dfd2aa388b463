//! Crash and fault tests: the real `kyc-proxy` binary killed with SIGKILL and started again on
//! the same database, the simulators in their own process told to fail, drop webhooks or
//! answer slowly. Each test owns its processes, ports and database.

mod bounded;
mod harness;
mod instances;
mod onfido;

use harness::Deployment;
use reqwest::Method;
use serde_json::json;
use std::time::Duration;

/// How long a test waits for the decision a user would wait for.
pub(crate) const DECISION: Duration = Duration::from_secs(20);

/// The video call of a ready session, started: the token, the call's page and Solaris's person.
async fn call_started(d: &Deployment) -> (String, String, String) {
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let (status, started) = d.call(Method::POST, "/api/session/identification", Some(&token), None).await;
    assert_eq!(status, 200, "{started}");
    let person = d.partner_newest().await["provider"]["person_id"].as_str().unwrap().to_owned();
    (token, started["url"].as_str().unwrap().to_owned(), person)
}

fn inbox_rows(d: &Deployment) -> i64 {
    d.db().query_row("SELECT COUNT(*) FROM inbox WHERE provider = 'solaris'", [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn an_event_acknowledged_just_before_a_kill_is_applied_after_the_restart() {
    let mut d = Deployment::start("acked", &[]).await;
    let (token, url, person) = call_started(&d).await;
    // Solaris holds every read for a while: the event is stored and answered, but not applied.
    d.fault(json!({ "action": "delay_before", "ms": 10_000, "method": "GET", "path_prefix": "/v1/persons/" })).await;
    let before = inbox_rows(&d);
    d.call_finish(&url).await;
    while inbox_rows(&d) == before {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    d.proxy_kill();
    d.faults_clear().await;
    let newest: String =
        d.db().query_row("SELECT state FROM inbox ORDER BY id DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(newest, "pending", "acknowledged, not applied");
    d.proxy_start().await;
    // Nobody polls the status step and the reconciliation is off: only the kept event can do it.
    d.until_shown(&token, "successful", DECISION).await;
    assert_eq!(d.solaris_identifications(&person).await.len(), 1);
}

#[tokio::test]
async fn a_webhook_sent_while_the_proxy_is_down_arrives_with_the_providers_retry() {
    let mut d = Deployment::start("down", &[]).await;
    let (token, url, _) = call_started(&d).await;
    d.proxy_kill();
    d.call_finish(&url).await;
    // The simulator's first retries find nobody; a later one finds the restarted proxy.
    tokio::time::sleep(Duration::from_millis(300)).await;
    d.proxy_start().await;
    d.until_shown(&token, "successful", DECISION).await;
}

#[tokio::test]
async fn a_dropped_webhook_still_ends_in_the_decision_through_the_reconciliation() {
    // Re-read after a second of quiet, and never less often: the interval would otherwise double
    // while the call is still running, and a slow machine would wait for the next re-read.
    let d = Deployment::start("dropped", &[("KYC_RECONCILE_AFTER_SECS", "1"), ("KYC_RECONCILE_MAX_SECS", "1")]).await;
    d.fault(json!({ "action": "drop_webhooks", "provider": "solaris" })).await;
    let (token, url, _) = call_started(&d).await;
    d.call_finish(&url).await;
    d.until_shown(&token, "successful", DECISION).await;
    assert_eq!(inbox_rows(&d), 0, "no event ever arrived");
    let detail = d.partner_newest().await;
    assert!(detail["status_confirmed_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{detail}");
}

#[tokio::test]
async fn a_provider_answering_503_then_recovering_costs_the_user_one_retry_and_nothing_else() {
    let d = Deployment::start("503", &[]).await;
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    d.fault(json!({ "action": "status", "status": 503, "method": "POST", "path_prefix": "/v1/persons", "times": 1 }))
        .await;
    let (status, error) = d.call(Method::POST, "/api/session/identification", Some(&token), None).await;
    assert_eq!(status, 502, "{error}");
    assert!(
        error["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
        "a message the user can act on: {error}"
    );
    // What the user typed is still there, and the second try goes through.
    let (_, view) = d.call(Method::GET, "/api/session", Some(&token), None).await;
    assert_eq!(view["person"]["first_name"], "X-AUTOTEST-HAPPYPATH");
    let (status, started) = d.call(Method::POST, "/api/session/identification", Some(&token), None).await;
    assert_eq!(status, 200, "{started}");
    let person = d.partner_newest().await["provider"]["person_id"].as_str().unwrap().to_owned();
    assert_eq!(d.solaris_identifications(&person).await.len(), 1);
    d.call_finish(started["url"].as_str().unwrap()).await;
    d.until_shown(&token, "successful", DECISION).await;
}

#[tokio::test]
async fn a_provider_slower_than_the_timeout_leaves_the_stored_status_and_the_poll_answers() {
    let d = Deployment::start("slow", &[("SOLARIS_TIMEOUT_SECS", "1")]).await;
    d.fault(json!({ "action": "drop_webhooks", "provider": "solaris" })).await;
    let (token, url, _) = call_started(&d).await;
    d.call_finish(&url).await;
    let stored = d.shown_status(&token).await;
    assert_ne!(stored, "successful");
    d.fault(
        json!({ "action": "delay_before", "ms": 3_000, "method": "GET", "path_prefix": "/v1/persons/", "times": 1 }),
    )
    .await;
    let started = std::time::Instant::now();
    let (status, view) = d.call(Method::GET, "/api/session/status", Some(&token), None).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["status"], stored.as_str(), "the last known status while Solaris is slow");
    assert!(started.elapsed() < Duration::from_millis(2_500), "answered after the timeout: {:?}", started.elapsed());
    // Solaris answers again: the next poll brings the decision.
    let (_, view) = d.call(Method::GET, "/api/session/status", Some(&token), None).await;
    assert_eq!(view["status"], "successful", "{view}");
}

#[tokio::test]
async fn two_starts_of_one_session_at_once_make_one_identification() {
    let d = Deployment::start("twice", &[]).await;
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let start = || d.call(Method::POST, "/api/session/identification", Some(&token), None);
    let (first, second) = tokio::join!(start(), start());
    assert_eq!((first.0, second.0), (200, 200));
    assert_eq!(first.1["url"], second.1["url"], "the same call for both");
    let person = d.partner_newest().await["provider"]["person_id"].as_str().unwrap().to_owned();
    assert_eq!(d.solaris_identifications(&person).await.len(), 1);
}

#[tokio::test]
async fn a_stop_gives_unfinished_events_back_and_the_next_start_applies_them() {
    let mut d = Deployment::start("stop", &[("KYC_SHUTDOWN_GRACE_SECS", "1"), ("KYC_JOB_LEASE_SECS", "600")]).await;
    let (token, url, _) = call_started(&d).await;
    d.fault(json!({ "action": "delay_before", "ms": 10_000, "method": "GET", "path_prefix": "/v1/persons/" })).await;
    let before = inbox_rows(&d);
    d.call_finish(&url).await;
    while inbox_rows(&d) == before {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(d.proxy_terminate(Duration::from_secs(5)), "stopped within the grace period");
    let (state, leased): (String, Option<i64>) = d
        .db()
        .query_row("SELECT state, leased_until_ms FROM inbox ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((state.as_str(), leased), ("pending", None), "given back, not held for the 10-minute lease");
    d.faults_clear().await;
    d.proxy_start().await;
    d.until_shown(&token, "successful", DECISION).await;
}

#[tokio::test]
async fn a_kill_after_solaris_made_the_person_but_before_it_was_stored_makes_no_second() {
    let mut d = Deployment::start("person", &[]).await;
    let token = d.ready_session("X-AUTOTEST-HAPPYPATH").await;
    // Solaris makes the person, then holds its answer: the proxy dies before it hears it.
    d.fault(
        json!({ "action": "delay_after", "ms": 5_000, "method": "POST", "path_prefix": "/v1/persons", "times": 1 }),
    )
    .await;
    let (http, url, t) = (d.http.clone(), format!("{}/api/session/identification", d.proxy_url), token.clone());
    let first = tokio::spawn(async move { http.post(url).bearer_auth(t).send().await });
    while d.solaris_persons("X-AUTOTEST-HAPPYPATH").await == 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    d.proxy_kill();
    let _ = first.await;
    d.faults_clear().await;
    d.proxy_start().await;
    // The user's page tries again: the person made before the crash is found, not made twice.
    let (status, started) = d.call(Method::POST, "/api/session/identification", Some(&token), None).await;
    assert_eq!(status, 200, "{started}");
    assert_eq!(d.solaris_persons("X-AUTOTEST-HAPPYPATH").await, 1);
    d.call_finish(started["url"].as_str().unwrap()).await;
    d.until_shown(&token, "successful", DECISION).await;
}
