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

/// The phone: the app's SDK binds the wallet with the activation code and `getIssuerData()`
/// gives the webview URL (the simulator's trigger stands in for the phone).
async fn phone_webview(app: &TestApp, code: &str) -> String {
    let res = reqwest::Client::new()
        .post(format!("{}/xpollens/sandbox/phone/provision", app.sandbox_url))
        .json(&json!({ "activationCode": code }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    res.json::<Value>().await.unwrap()["webviewUrl"].as_str().unwrap().to_owned()
}

/// The user ends the simulated facial recognition; where the webview's URL goes.
async fn webview_done(url: &str, outcome: &str) -> String {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let done = client.post(url).form(&[("outcome", outcome)]).send().await.unwrap();
    assert_eq!(done.status(), reqwest::StatusCode::SEE_OTHER);
    done.headers()["location"].to_str().unwrap().to_owned()
}

/// The activation code of callback 35, once it arrived.
async fn activation_code(app: &TestApp, token: &str) -> String {
    for _ in 0..100 {
        let activation = app.request(Method::GET, "/api/session/account/activation", Some(token), None).await;
        if activation.status == StatusCode::OK {
            assert!(activation.body["qr_svg"].as_str().unwrap().starts_with("<svg"));
            return activation.body["code"].as_str().unwrap().to_owned();
        }
        assert_eq!(activation.status, StatusCode::NOT_FOUND, "{}", activation.body);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no activation code");
}

#[tokio::test]
async fn on_a_computer_the_facial_route_goes_through_the_phone_and_callbacks_bring_the_verdict() {
    let app = TestApp::spawn_with_webhooks().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-desk" });
    let token = ready(&app, options, "Jane", "jane@example.com").await;
    let started = post(&app, &token, "identity", Some(json!({ "method": "facial" }))).await;
    // Nothing to frame on a computer: the facial recognition happens on the phone.
    assert_eq!((started["identity"].as_str(), &started["webview_url"]), (Some("facial"), &Value::Null));
    let code = activation_code(&app, &token).await;
    assert_eq!(code.len(), 32);
    // The phone scans the QR code and does the facial recognition.
    let webview = phone_webview(&app, &code).await;
    assert_eq!(webview_done(&webview, "success").await, format!("{webview}#SUCCESS"));
    // Callbacks 4 and 34, re-read from the API, bring the verdict to the computer.
    let validated = account_when(&app, &token, |a| {
        a["diligences"].as_array().is_some_and(|d| !d.is_empty() && d.iter().all(|d| d["state"] == "validated"))
    })
    .await;
    assert_eq!(
        validated["diligences"],
        json!([{ "kind": "id_document", "state": "validated" }, { "kind": "selfie", "state": "validated" }])
    );
    assert_eq!(validated["status"], json!("in_progress"), "the other steps are still to do");
}

#[tokio::test]
async fn inside_the_app_the_handed_in_webview_is_framed_only_from_xpollens_origins() {
    let app = TestApp::spawn_with_webhooks().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-app" });
    let token = ready(&app, options, "Jane", "jane+LC_FRAUD@example.com").await;
    post(&app, &token, "identity", Some(json!({ "method": "facial" }))).await;
    let code = activation_code(&app, &token).await;
    let webview = phone_webview(&app, &code).await;
    for url in [
        "https://evil.example/api/v2/static/dist/index.html?technicalId=A&token=B".to_owned(),
        webview.replace("http://", "https://"),
        format!("{webview}#SUCCESS"),
        "javascript:alert(1)".to_owned(),
    ] {
        let refused = app.request(
            Method::POST,
            "/api/session/account/identity/webview",
            Some(&token),
            Some(json!({ "url": url })),
        );
        let refused = refused.await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{url}: {}", refused.body);
        assert!(!refused.body.to_string().contains("token="), "the URL is not echoed: {}", refused.body);
    }
    let framed = post(&app, &token, "identity/webview", Some(json!({ "url": webview }))).await;
    assert_eq!((framed["identity"].as_str(), framed["webview_url"].as_str()), (Some("facial"), Some(webview.as_str())));
    // The app's WebView saw the URL end in #SUCCESS and told the flow, which closes the frame.
    assert!(webview_done(&webview, "success").await.ends_with("#SUCCESS"));
    let closed = post(&app, &token, "identity/finish", None).await;
    assert_eq!(closed["webview_url"], Value::Null);
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

/// The prospect as Xpollens keeps it (the simulator's API, with a token of its own).
async fn prospect_at_xpollens(app: &TestApp, app_user_id: &str) -> Value {
    let base = format!("{}/xpollens", app.sandbox_url);
    let http = reqwest::Client::new();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", "sandbox-xpollens-client"),
        ("client_secret", "sandbox-xpollens-secret"),
    ];
    let token: Value =
        http.post(format!("{base}/connect/token")).form(&form).send().await.unwrap().json().await.unwrap();
    let token = token["access_token"].as_str().unwrap();
    http.get(format!("{base}/api/v1.1/users/{app_user_id}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn personal_data_changed_before_validation_goes_to_xpollens_as_put_user() {
    let app = TestApp::spawn().await;
    let options = json!({ "flow": "xpollens_account", "app_user_id": "bank-user-moves" });
    let token = ready(&app, options, "Jane", "jane@example.com").await;
    post(&app, &token, "terms", None).await;
    assert_eq!(prospect_at_xpollens(&app, "bank-user-moves").await["profile"]["email"], "jane@example.com");
    let saved = app.person_update(&token, account_person("Janet", "janet@example.org")).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let kept = prospect_at_xpollens(&app, "bank-user-moves").await;
    assert_eq!(
        (kept["profile"]["firstName"].as_str(), kept["profile"]["email"].as_str()),
        (Some("Janet"), Some("janet@example.org"))
    );
}

/// Waits until the activation code the proxy keeps is `code`.
async fn activation_is(app: &TestApp, token: &str, code: &str) {
    for _ in 0..100 {
        let activation = app.request(Method::GET, "/api/session/account/activation", Some(token), None).await;
        if activation.body["code"] == json!(code) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the activation code never became {code}");
}

async fn inbox_rows(app: &TestApp) -> i64 {
    app.store
        .call(|c| {
            c.query_row("SELECT COUNT(*) FROM inbox WHERE provider = 'xpollens'", kyc_proxy::params![], |r| r.get(0))
        })
        .await
        .unwrap()
}

/// Delivers a callback from the simulators' address with the agreed credentials.
async fn send(app: &TestApp, body: Value) {
    let reply = app.send(callback("127.0.0.1:443", XPOLLENS_CALLBACK_PASSWORD, body)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
}

/// The Xpollens inbox rows handled so far.
async fn handled(app: &TestApp) -> i64 {
    app.store
        .call(|c| {
            c.query_row(
                "SELECT COUNT(*) FROM inbox WHERE provider = 'xpollens' AND state = 'done'",
                kyc_proxy::params![],
                |r| r.get(0),
            )
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn the_same_callback_delivered_twice_changes_nothing_even_after_a_restart() {
    let app = TestApp::spawn().await;
    let token =
        ready(&app, json!({ "flow": "xpollens_account", "app_user_id": "dup-1" }), "Jane", "j@example.com").await;
    post(&app, &token, "terms", None).await;
    let wallet = |code: &str| json!({ "Payload": { "type": "35", "AppUserId": "dup-1", "ActivationCode": code, "ErrorMessage": null } });
    let (old, new) = ("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210");
    send(&app, wallet(old)).await;
    activation_is(&app, &token, old).await;
    send(&app, wallet(new)).await;
    activation_is(&app, &token, new).await;
    let rows = inbox_rows(&app).await;
    // The old wallet's callback again, as sent and bare with other spacing: acknowledged, not
    // kept, and the newer code stays.
    send(&app, wallet(old)).await;
    let bare = format!(r#"{{ "type":"35",  "AppUserId":"dup-1", "ActivationCode":"{old}" }}"#);
    send(&app, serde_json::from_str(&bare).unwrap()).await;
    assert_eq!(inbox_rows(&app).await, rows);

    // A KYC callback twice: the second is kept but dropped when applied. (Before the restart:
    // applying re-reads the prospect from this app's simulator.)
    let kyc = json!({ "Payload": { "type": "4", "status": "Incomplete", "appUserId": "dup-1",
        "diligences": [{ "reason": "", "diligenceType": "ID_CARD", "status": "Validated" }] } });
    let before_kyc = handled(&app).await;
    send(&app, kyc.clone()).await;
    let before = account_when(&app, &token, |a| a["status"] == json!("in_progress")).await;
    send(&app, kyc).await;
    for _ in 0..100 {
        if handled(&app).await == before_kyc + 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(handled(&app).await, before_kyc + 2, "both KYC deliveries were handled");
    assert_eq!(account(&app, &token).await, before);

    // After a restart on the same store, the old wallet's callback is still known: not kept.
    let rows = inbox_rows(&app).await;
    let restarted = TestApp::spawn_on(app.store.clone()).await;
    send(&restarted, wallet(old)).await;
    assert_eq!(inbox_rows(&restarted).await, rows);
    activation_is(&restarted, &token, new).await;
}
