//! Xpollens's account flow through the proxy: the product team's step order and appUserId, the
//! steps against the simulator, callbacks 34, 4 and 35 delivered over loopback and re-read from
//! the API, the activation code's QR code, the lock after validation, callback authenticity and
//! the 90-day purge.

use super::helpers::{person, TestApp, XPOLLENS_CALLBACK_PASSWORD, XPOLLENS_CALLBACK_USER};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode};
use base64::Engine;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::Duration;

/// Personal data for the simulator's personas: the e-mail's alias decides the facial check.
fn account_person(first_name: &str, email: &str) -> Value {
    let mut p = person(first_name);
    p["email"] = json!(email);
    p
}

/// A launched session with personal data and both consents.
async fn ready(app: &TestApp, options: Value, first_name: &str, email: &str) -> String {
    let token = app.partner_session(options).await;
    assert_eq!(app.person_update(&token, account_person(first_name, email)).await.status, StatusCode::OK);
    for kind in ["terms_conditions", "data_processing"] {
        assert_eq!(app.consent_update(&token, kind, "2026-01-01T10:00:00Z").await.status, StatusCode::OK);
    }
    token
}

async fn post(app: &TestApp, token: &str, path: &str, body: Option<Value>) -> Value {
    let reply = app.request(Method::POST, &format!("/api/session/account/{path}"), Some(token), body).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
    reply.body
}

async fn account(app: &TestApp, token: &str) -> Value {
    let reply = app.request(Method::GET, "/api/session/account", Some(token), None).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.body
}

/// Asks until `done` holds for the account (callbacks arrive over loopback).
async fn account_when(app: &TestApp, token: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let view = account(app, token).await;
        if done(&view) {
            return view;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the account never reached the expected state: {}", account(app, token).await);
}

/// The simulated bank: a transfer to the booked IBAN from `debtor`.
async fn transfer(app: &TestApp, iban: &str, debtor: &str) {
    let res = reqwest::Client::new()
        .post(format!("{}/xpollens/sandbox/sct-in", app.sandbox_url))
        .json(&json!({ "iban": iban, "amountCents": 100, "debtorName": debtor }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
}

async fn furthest(app: &TestApp, token: &str) -> Value {
    app.session_show(token).await.body["furthest_step"].clone()
}

#[tokio::test]
async fn steps_in_the_product_teams_order_open_the_account_and_lock_the_identity() {
    let app = TestApp::spawn_with_webhooks().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-4711",
        "steps": ["terms", "tax", "declaration", "identity"] });
    let token = ready(&app, options, "Jane", "jane@example.com").await;
    let view = app.session_show(&token).await.body;
    assert_eq!(
        view["flow"]["steps"],
        json!(["personal_data", "consents", "terms", "tax", "declaration", "identity", "status"])
    );
    assert_eq!(view["furthest_step"], json!("terms"));

    assert_eq!(post(&app, &token, "terms", None).await["terms_done"], json!(true));
    assert_eq!(furthest(&app, &token).await, json!("tax"));
    let no_tin = json!({ "us_person": false, "country": "DE", "tin": "" });
    let refused = app.request(Method::POST, "/api/session/account/tax", Some(&token), Some(no_tin)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "Germany issues tax numbers: {}", refused.body);
    assert_eq!(refused.body["error"]["fields"][0]["code"], json!("tin_required"));
    let taxed =
        post(&app, &token, "tax", Some(json!({ "us_person": false, "country": "DE", "tin": "12345678901" }))).await;
    assert_eq!(taxed["tax_accepted"], json!(true));
    post(&app, &token, "declaration", None).await;
    assert_eq!(furthest(&app, &token).await, json!("identity"));
    let started = post(&app, &token, "identity", Some(json!({ "method": "transfer" }))).await;
    let iban = started["transfer"]["iban"].as_str().unwrap().to_owned();
    assert_eq!(furthest(&app, &token).await, json!("status"));
    assert_ne!(account(&app, &token).await["status"], json!("open"), "nothing is open before the identity");

    transfer(&app, &iban, "Jane Doe").await;
    let open = account_when(&app, &token, |a| a["status"] == json!("open")).await;
    assert_eq!(open["diligences"], json!([{ "kind": "transfer", "state": "validated" }]));

    // The identification data is locked now, and the provider's identifiers never left the proxy.
    let changed = app.person_update(&token, account_person("Janet", "jane@example.com")).await;
    assert_eq!(changed.status, StatusCode::CONFLICT);
    let refused =
        app.request(Method::POST, "/api/session/account/identity", Some(&token), Some(json!({ "method": "facial" })));
    assert_eq!(refused.await.status, StatusCode::CONFLICT);
    for body in [app.session_show(&token).await.body, account(&app, &token).await] {
        assert!(!body.to_string().contains("bank-user-4711"), "{body}");
    }
}

#[tokio::test]
async fn a_refused_diligence_keeps_the_account_closed_and_the_webview_returns_to_us() {
    let app = TestApp::spawn_with_webhooks().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-fraud" });
    let token = ready(&app, options, "Jane", "jane+LC_FRAUD@example.com").await;
    assert_eq!(app.session_show(&token).await.body["furthest_step"], json!("identity"));

    let started = post(&app, &token, "identity", Some(json!({ "method": "facial" }))).await;
    let webview = started["webview_url"].as_str().unwrap().to_owned();
    assert!(webview.contains("returnUrl=http%3A%2F%2Fkyc.test%2Fwebview-return.html"), "{webview}");

    // The activation code of callback 35, as text and as a QR code.
    let activation = app.request(Method::GET, "/api/session/account/activation", Some(&token), None).await;
    assert_eq!(activation.status, StatusCode::OK);
    assert_eq!(activation.body["code"].as_str().unwrap().len(), 32);
    assert!(activation.body["qr_svg"].as_str().unwrap().starts_with("<svg"));

    // The user ends the facial recognition; the webview sends the frame to our return page.
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let done = client.post(&webview).form(&[("outcome", "success")]).send().await.unwrap();
    assert_eq!(done.status(), reqwest::StatusCode::SEE_OTHER);
    assert_eq!(done.headers()["location"], "http://kyc.test/webview-return.html#SUCCESS");
    post(&app, &token, "identity/finish", None).await;
    for step in ["declaration", "terms"] {
        post(&app, &token, step, None).await;
    }
    post(&app, &token, "tax", Some(json!({ "us_person": false, "country": "DE", "tin": "12345678901" }))).await;

    let judged = account_when(&app, &token, |a| a["diligences"].as_array().is_some_and(|d| !d.is_empty())).await;
    assert_eq!(
        judged["diligences"],
        json!([{ "kind": "id_document", "state": "refused" }, { "kind": "selfie", "state": "validated" }])
    );
    assert_eq!(judged["status"], json!("in_progress"));
    // The product team sees the same account, and no other flow's detail.
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(super::helpers::PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/partner/v1/sessions/{id}");
    let detail = app.request(Method::GET, &path, Some(super::helpers::PARTNER_KEY), None).await.body;
    assert_eq!(detail["account"]["diligences"], judged["diligences"]);
    assert_eq!(detail["account"]["status"], "in_progress");
    assert_eq!(detail["signicat"], Value::Null);
    // Not locked: the identity can be proven again.
    assert_eq!(app.person_update(&token, account_person("Jane", "jane@example.com")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn launch_options_are_checked() {
    let app = TestApp::spawn().await;
    let launch = |body: Value| {
        Request::builder()
            .method(Method::POST)
            .uri("/partner/v1/sessions")
            .header("authorization", format!("Bearer {}", super::helpers::PARTNER_KEY))
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    for (body, expected) in [
        (json!({ "flow": "xpollens_account", "steps": ["terms", "tax", "declaration"] }), StatusCode::BAD_REQUEST),
        (
            json!({ "flow": "xpollens_account", "steps": ["terms", "tax", "declaration", "capture"] }),
            StatusCode::BAD_REQUEST,
        ),
        (json!({ "flow": "xpollens_account", "app_user_id": "has space" }), StatusCode::BAD_REQUEST),
        (json!({ "flow": "onfido_documents", "steps": ["terms"] }), StatusCode::BAD_REQUEST),
        (json!({ "flow": "xpollens_account", "app_user_id": "twice" }), StatusCode::CREATED),
        (json!({ "flow": "xpollens_account", "app_user_id": "twice" }), StatusCode::CONFLICT),
    ] {
        let reply = app.send(launch(body.clone())).await;
        assert_eq!(reply.status, expected, "{body}: {}", reply.body);
    }
}

/// A callback as the simulator would send it, from `source` with `password`.
pub(crate) fn callback(source: &str, password: &str, body: Value) -> Request<Body> {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{XPOLLENS_CALLBACK_USER}:{password}"));
    let mut req = Request::builder()
        .method(Method::POST)
        .uri("/webhooks/xpollens")
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo(source.parse::<SocketAddr>().unwrap()));
    req
}

#[tokio::test]
async fn callbacks_are_heard_only_from_configured_sources_and_their_status_is_re_read() {
    let app = TestApp::spawn().await;
    let token =
        ready(&app, json!({ "flow": "xpollens_account", "app_user_id": "forged-1" }), "Jane", "j@example.com").await;
    post(&app, &token, "terms", None).await;
    let forged =
        json!({ "type": "34", "appUserId": "forged-1", "publicUserCode": "X", "userRecordStatus": "Validated" });
    let elsewhere = app.send(callback("10.1.2.3:443", XPOLLENS_CALLBACK_PASSWORD, forged.clone())).await;
    assert_eq!(elsewhere.status, StatusCode::UNAUTHORIZED);
    let wrong_password = app.send(callback("127.0.0.1:443", "guess", forged.clone())).await;
    assert_eq!(wrong_password.status, StatusCode::UNAUTHORIZED);
    // The right source and credentials: heard, but the status comes from the API, not the body.
    let heard = app.send(callback("127.0.0.1:443", XPOLLENS_CALLBACK_PASSWORD, forged)).await;
    assert_eq!(heard.status, StatusCode::NO_CONTENT);
    // Applied from the inbox right after the answer.
    let mut status = Value::Null;
    for _ in 0..100 {
        status = account(&app, &token).await["status"].clone();
        if status != json!("not_started") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(status, json!("in_progress"));
    // Another product's callback types are acknowledged and ignored.
    let top_up = json!({ "type": "1", "appUserId": "forged-1" });
    assert_eq!(
        app.send(callback("127.0.0.1:443", XPOLLENS_CALLBACK_PASSWORD, top_up)).await.status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn the_ninety_day_purge_removes_old_prospects_and_nothing_else() {
    use kyc_proxy::clock;
    let app = TestApp::spawn().await;
    let now = clock::now();
    let day = 86_400_000;
    let old = app.partner_session(json!({ "flow": "xpollens_account", "app_user_id": "old" })).await;
    let young = app.partner_session(json!({ "flow": "xpollens_account", "app_user_id": "young" })).await;
    let customer = app.partner_session(json!({ "flow": "xpollens_account", "app_user_id": "customer" })).await;
    let other = app.ready_session("Jane").await;
    // Back-date the prospects as the launch recorded them (the proxy's clock decides "now").
    let (store, now_ms) = (app.store.clone(), now.unix_millis());
    store
        .call(move |c| {
            let mut set = |id: &str, at: i64, customer: i64| {
                c.execute(
                    "UPDATE prospects SET created_at_ms = ?2, customer = ?3 WHERE app_user_id = ?1",
                    kyc_proxy::params![id, at, customer],
                )
            };
            set("old", now_ms - 90 * day, 0)?;
            set("young", now_ms - 90 * day + 60_000, 0)?;
            set("customer", now_ms - 400 * day, 1)?;
            Ok(())
        })
        .await
        .unwrap();

    assert_eq!(kyc_proxy::providers::xpollens::purge(&app.store, now.clone()).await.unwrap(), 1);
    assert_eq!(app.session_show(&old).await.status, StatusCode::UNAUTHORIZED);
    for token in [&young, &customer, &other] {
        assert_eq!(app.session_show(token).await.status, StatusCode::OK);
    }
    assert!(app.store.prospect_session("old".into()).await.unwrap().is_none());
    assert!(app.store.prospect_session("young".into()).await.unwrap().is_some());
    assert_eq!(
        kyc_proxy::providers::xpollens::purge(&app.store, now).await.unwrap(),
        0,
        "nothing more at the same moment"
    );
}

#[tokio::test]
async fn without_callbacks_the_reconciliation_opens_the_account() {
    let app = TestApp::spawn_reconciling().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-quiet" });
    let token = ready(&app, options, "Jane", "jane@example.com").await;
    let started = post(&app, &token, "identity", Some(json!({ "method": "transfer" }))).await;
    let iban = started["transfer"]["iban"].as_str().unwrap().to_owned();
    for step in ["declaration", "terms"] {
        post(&app, &token, step, None).await;
    }
    post(&app, &token, "tax", Some(json!({ "us_person": false, "country": "DE", "tin": "12345678901" }))).await;
    transfer(&app, &iban, "Jane Doe").await;
    // No callback is configured and nobody asks: the product team's view (which only reads what
    // is stored) shows the account open once the reconciliation has re-read it.
    let mut status = Value::Null;
    for _ in 0..100 {
        let list = app.request(Method::GET, "/partner/v1/sessions", Some(crate::helpers::PARTNER_KEY), None).await;
        let id = list.body[0]["id"].as_str().unwrap().to_owned();
        let path = format!("/partner/v1/sessions/{id}");
        status = app.request(Method::GET, &path, Some(crate::helpers::PARTNER_KEY), None).await.body["account"]
            ["status"]
            .clone();
        if status == json!("open") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, json!("open"));
}
