//! Webhooks to the product team's server: every delivery checked with the Standard Webhooks
//! library, retried after a failing receiver, in order per session, redelivered on request,
//! signed with both secrets while one is rotated, and visible to its own team only.

use crate::helpers::{finish_call, TestApp, PARTNER_KEY};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::routing::post;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A team's server: records each delivery (headers and body) and fails the first `fail` ones
/// with a 500.
#[derive(Clone, Default)]
struct Receiver {
    seen: Arc<Mutex<Vec<(HeaderMap, String)>>>,
    fail: Arc<Mutex<usize>>,
}

impl Receiver {
    async fn start(fail: usize) -> (Self, String) {
        let receiver = Receiver { fail: Arc::new(Mutex::new(fail)), ..Default::default() };
        let app = axum::Router::new()
            .route(
                "/hooks",
                post(|State(r): State<Receiver>, headers: HeaderMap, body: String| async move {
                    let mut fail = r.fail.lock().unwrap();
                    if *fail > 0 {
                        *fail -= 1;
                        return StatusCode::INTERNAL_SERVER_ERROR;
                    }
                    r.seen.lock().unwrap().push((headers, body));
                    StatusCode::NO_CONTENT
                }),
            )
            .with_state(receiver.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (receiver, url)
    }

    /// Waits until `n` deliveries arrived; their types and bodies.
    async fn until(&self, n: usize) -> Vec<(HeaderMap, Value)> {
        for _ in 0..200 {
            {
                let seen = self.seen.lock().unwrap();
                if seen.len() >= n {
                    return seen.iter().map(|(h, b)| (h.clone(), serde_json::from_str(b).unwrap())).collect();
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{} deliveries, expected {n}", self.seen.lock().unwrap().len());
    }

    /// Every delivery so far verifies with `secret`, by the specification's own library.
    fn verify_all(&self, secret: &str) {
        let webhook = standardwebhooks::Webhook::new(secret).unwrap();
        for (headers, body) in self.seen.lock().unwrap().iter() {
            webhook.verify(body.as_bytes(), headers).unwrap_or_else(|e| panic!("{e:?}: {body}"));
        }
    }
}

async fn endpoint(app: &TestApp, key: &str, url: &str, events: Value) -> (String, String) {
    let reply = app
        .request(Method::POST, "/partner/v1/webhooks", Some(key), Some(json!({ "url": url, "events": events })))
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    (reply.body["id"].as_str().unwrap().to_owned(), reply.body["secret"].as_str().unwrap().to_owned())
}

/// A video call through to its decision: the session's status moves and its events go out.
async fn decided(app: &TestApp) -> String {
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    for _ in 0..200 {
        let status = app.status_show(&token).await.body;
        if status["final"] == true {
            assert_eq!(status["status"], "successful");
            return token;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no decision")
}

#[tokio::test]
async fn a_decision_reaches_the_teams_server_signed_in_order_after_a_failing_receiver() {
    let app = TestApp::spawn().await;
    let (receiver, url) = Receiver::start(2).await;
    let (id, secret) = endpoint(&app, PARTNER_KEY, &url, json!(["*"])).await;
    decided(&app).await;
    let seen = receiver.until(1).await;
    // Wait for the rest: the decision's own events follow the status changes.
    let completed = loop {
        let seen = receiver.until(seen.len()).await;
        if let Some(i) = seen.iter().position(|(_, b)| b["type"] == "session.completed") {
            break (seen, i);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let (seen, at) = completed;
    receiver.verify_all(&secret);
    let statuses: Vec<&str> = seen[..at]
        .iter()
        .filter(|(_, b)| b["type"] == "session.status_changed")
        .map(|(_, b)| b["data"]["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.last(), Some(&"successful"), "in order, the decision last: {statuses:?}");
    let done = &seen[at].1;
    assert_eq!(done["data"]["outcome"], "successful");
    let session = done["data"]["session"].as_str().unwrap();
    assert!(session.starts_with("ses_"));
    for personal in ["X-AUTOTEST", "Doe", "jane@example.com"] {
        assert!(!seen.iter().any(|(_, b)| b.to_string().contains(personal)), "no personal data: {personal}");
    }
    // The team sees each event with its attempts: the first two answered 500.
    let deliveries =
        app.request(Method::GET, &format!("/partner/v1/webhooks/{id}/deliveries"), Some(PARTNER_KEY), None).await;
    assert_eq!(deliveries.status, StatusCode::OK);
    let first = deliveries.body.as_array().unwrap().last().unwrap().clone();
    let answers: Vec<Value> = first["attempts"].as_array().unwrap().iter().map(|a| a["status"].clone()).collect();
    assert_eq!(answers, [json!(500), json!(500), json!(204)], "{first}");
    assert_eq!(first["state"], "delivered");

    // Asked for, the completed event comes again with the same id.
    let event = done["id"].as_str().unwrap();
    let path = format!("/partner/v1/webhooks/{id}/deliveries/{event}/redeliver");
    assert_eq!(app.request(Method::POST, &path, Some(PARTNER_KEY), None).await.status, StatusCode::ACCEPTED);
    let again = receiver.until(seen.len() + 1).await;
    assert_eq!(again.last().unwrap().0["webhook-id"], event);
    receiver.verify_all(&secret);
}

#[tokio::test]
async fn while_a_secret_is_rotated_deliveries_verify_with_either_and_teams_see_only_their_own() {
    let app = TestApp::spawn().await;
    let (receiver, url) = Receiver::start(0).await;
    let (id, old) = endpoint(&app, PARTNER_KEY, &url, json!(["session.completed"])).await;
    let rotated =
        app.request(Method::POST, &format!("/partner/v1/webhooks/{id}/secret"), Some(PARTNER_KEY), None).await;
    assert_eq!(rotated.status, StatusCode::CREATED);
    let new = rotated.body["secret"].as_str().unwrap().to_owned();
    decided(&app).await;
    let seen = receiver.until(1).await;
    assert!(seen.iter().all(|(_, b)| b["type"] == "session.completed"), "only what it asked for");
    receiver.verify_all(&old);
    receiver.verify_all(&new);
    // The timestamp is now: the receiver's library refuses anything older than five minutes.
    let at: i64 = seen[0].0["webhook-timestamp"].to_str().unwrap().parse().unwrap();
    assert!((kyc_proxy::clock::now().unix_millis() / 1000 - at).abs() < 60);

    // Another team neither sees nor touches the endpoint.
    kyc_proxy::teams::operator::run(&app.store, kyc_proxy::teams::operator::TeamsCommand::Add("Other".into()))
        .await
        .unwrap();
    let team = app.store.teams_list().await.unwrap()[0].id.clone();
    let (_, other) = kyc_proxy::teams::new_key();
    app.store.team_key_insert(team, "key_other".into(), kyc_proxy::teams::key_hash(&other), "t".into()).await.unwrap();
    assert_eq!(app.request(Method::GET, "/partner/v1/webhooks", Some(&other), None).await.body, json!([]));
    for (method, path) in [
        (Method::GET, format!("/partner/v1/webhooks/{id}/deliveries")),
        (Method::DELETE, format!("/partner/v1/webhooks/{id}")),
        (Method::POST, format!("/partner/v1/webhooks/{id}/secret")),
    ] {
        assert_eq!(app.request(method, &path, Some(&other), None).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    // Plain http beyond this machine, or an unknown event type, is refused.
    for (url, events) in [("http://bank.example/hooks", json!(["*"])), (url.as_str(), json!(["session.nothing"]))] {
        let reply = app
            .request(
                Method::POST,
                "/partner/v1/webhooks",
                Some(PARTNER_KEY),
                Some(json!({ "url": url, "events": events })),
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{url} {events}");
    }
}

#[tokio::test]
async fn a_link_opened_too_late_and_erased_data_are_reported_once() {
    let app = TestApp::spawn().await;
    let (receiver, url) = Receiver::start(0).await;
    let (_, secret) = endpoint(&app, PARTNER_KEY, &url, json!(["session.link_expired", "session.data_deleted"])).await;
    let created = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(json!({}))).await.body;
    let code = created["url"].as_str().unwrap().split("launch=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    // Fifteen minutes later: the link expired a moment ago (a code expired for days would be the
    // retention job's to delete, and a click on it could no longer name its session).
    let a_moment_ago = kyc_proxy::clock::now().unix_millis() - 1_000;
    app.store
        .call(move |c| c.execute("UPDATE single_use_codes SET expires_at_ms = ?1", kyc_proxy::params![a_moment_ago]))
        .await
        .unwrap();
    for _ in 0..2 {
        let opened = app.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await;
        assert_eq!(opened.status, StatusCode::GONE);
    }
    let seen = receiver.until(1).await;
    assert_eq!(seen[0].1["type"], "session.link_expired");
    assert_eq!(seen[0].1["data"]["session"], created["id"]);

    let id = created["id"].as_str().unwrap().to_owned();
    let session = app.store.session_by_public_id("deployment".into(), id.clone()).await.unwrap().unwrap();
    app.store.personal_data_erase(session).await.unwrap();
    let seen = receiver.until(2).await;
    assert_eq!(seen.len(), 2, "the late link counted once");
    assert_eq!(
        (seen[1].1["type"].as_str(), seen[1].1["data"]["session"].as_str()),
        (Some("session.data_deleted"), Some(id.as_str()))
    );
    receiver.verify_all(&secret);
}

#[tokio::test]
async fn each_step_the_user_completes_is_reported_once_in_order() {
    let app = TestApp::spawn().await;
    let (receiver, url) = Receiver::start(0).await;
    let (_, secret) = endpoint(&app, PARTNER_KEY, &url, json!(["session.step_completed"])).await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    assert_eq!(app.identification_create(&token).await.status, StatusCode::OK);
    // As the app does once the call started: the session again, now past the identification.
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
    let seen = receiver.until(3).await;
    let steps: Vec<&str> = seen.iter().map(|(_, b)| b["data"]["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["personal_data", "consents", "identification"]);
    // Reading the session again reports nothing new.
    app.session_show(&token).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(receiver.until(3).await.len(), 3);
    receiver.verify_all(&secret);
}
