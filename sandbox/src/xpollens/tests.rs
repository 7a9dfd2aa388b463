//! The simulator over its router: what a partner's backend and the user's browser see.

use super::{router, CallbackTarget, Config};
use crate::faults::Faults;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tower::ServiceExt;

const BASE: &str = "http://sandbox.test";

fn config() -> Config {
    Config { review_delay: Duration::ZERO, retry_delays: vec![Duration::from_millis(20)], ..Config::local(BASE) }
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    (parts.status, parts.headers, String::from_utf8_lossy(&bytes).into_owned())
}

async fn token(app: &Router) -> String {
    let request = Request::post("/connect/token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(
            "grant_type=client_credentials&client_id=sandbox-xpollens-client&client_secret=sandbox-xpollens-secret",
        ))
        .unwrap();
    let (status, _, body) = send(app, request).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["access_token"].as_str().unwrap().to_owned()
}

async fn api(app: &Router, token: &str, method: &str, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap();
    let (status, _, body) = send(app, request).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn profile(email: &str) -> Value {
    json!({ "profile": {
        "firstName": "Corinne", "lastName": "Berthier", "birthDate": "1965-12-06", "birthCountry": "FR",
        "nationality": "FR", "email": email, "phoneNumber": "+33612345678",
        "address": { "street": "104 rue des Fleurs", "zipCode": "92100", "city": "Boulogne", "country": "FR" },
    }})
}

async fn create(app: &Router, token: &str, id: &str, email: &str) {
    let (status, body) = api(app, token, "POST", &format!("/api/v1.1/users/{id}"), Some(profile(email))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

/// Identifies `id` by an instant transfer in the prospect's name.
async fn identify_by_transfer(app: &Router, token: &str, id: &str) {
    let (status, booked) = api(app, token, "POST", &format!("/api/v2.0/users/{id}/kyc/sct-in"), None).await;
    assert_eq!(status, StatusCode::CREATED);
    let transfer = json!({ "iban": booked["iban"], "amountCents": 1000, "debtorName": "BERTHIER CORINNE" });
    let request = Request::post("/sandbox/sct-in").body(Body::from(transfer.to_string())).unwrap();
    let (status, _, body) = send(app, request).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_api_wants_a_token_from_the_right_credentials() {
    let app = router(config(), Faults::default());
    let (status, _) = api(&app, "made-up", "GET", "/api/v1.1/users/u1", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let request = Request::post("/connect/token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=client_credentials&client_id=sandbox-xpollens-client&client_secret=nope"))
        .unwrap();
    assert_eq!(send(&app, request).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn identification_data_is_locked_once_the_kyc_is_validated() {
    let app = router(config(), Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u1", "corinne@example.com").await;
    let rename = json!({ "profile": { "lastName": "Martin" } });
    let (status, _) = api(&app, &token, "PUT", "/api/v1.1/users/u1", Some(rename.clone())).await;
    assert_eq!(status, StatusCode::OK, "changes are free before the KYC");
    let back = json!({ "profile": { "lastName": "Berthier" } });
    api(&app, &token, "PUT", "/api/v1.1/users/u1", Some(back)).await;
    identify_by_transfer(&app, &token, "u1").await;
    let (status, body) = api(&app, &token, "PUT", "/api/v1.1/users/u1", Some(rename)).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("identification_locked")));
    let mut declarative = profile("corinne@example.org");
    declarative["profile"]["birthDate"] = json!("1966-01-01");
    let (status, _) = api(&app, &token, "POST", "/api/v2.0/users/u1/declarative", Some(declarative)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the declarative step cannot change them either");
    let contact = json!({ "profile": { "email": "corinne@example.org" } });
    let (status, user) = api(&app, &token, "PUT", "/api/v1.1/users/u1", Some(contact)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (user["profile"]["lastName"].as_str(), user["profile"]["email"].as_str()),
        (Some("Berthier"), Some("corinne@example.org"))
    );
}

#[tokio::test]
async fn a_transfer_above_the_limit_or_from_someone_else_identifies_nobody() {
    let app = router(config(), Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u2", "corinne@example.com").await;
    let (_, booked) = api(&app, &token, "POST", "/api/v2.0/users/u2/kyc/sct-in", None).await;
    let big = json!({ "iban": booked["iban"], "amountCents": super::SCT_IN_LIMIT_CENTS + 1, "debtorName": "Corinne Berthier" });
    let (status, _, _) = send(&app, Request::post("/sandbox/sct-in").body(Body::from(big.to_string())).unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, kyc) = api(&app, &token, "GET", "/api/v3.0/users/u2/kyc/demand", None).await;
    assert_eq!(kyc["status"], "Initialized");
    let other = json!({ "iban": booked["iban"], "amountCents": 500, "debtorName": "Jean Martin" });
    send(&app, Request::post("/sandbox/sct-in").body(Body::from(other.to_string())).unwrap()).await;
    let (_, kyc) = api(&app, &token, "GET", "/api/v3.0/users/u2/kyc/demand", None).await;
    assert_eq!(kyc["status"], "Incomplete");
    assert_eq!(
        kyc["diligences"][0],
        json!({ "diligenceType": "SCTIN", "status": "Refused", "reason": "The debtor is not the prospect" })
    );
}

/// What the receiver hands the test, and whether it already refused a delivery.
type Received = (mpsc::UnboundedSender<(HeaderMap, Value)>, Arc<AtomicBool>);

/// Callbacks as a partner endpoint receives them; the first delivery is answered 500.
async fn receiver() -> (CallbackTarget, mpsc::UnboundedReceiver<(HeaderMap, Value)>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let failed_once = Arc::new(AtomicBool::new(false));
    let app = Router::new()
        .route(
            "/callbacks",
            post(|State((tx, failed_once)): State<Received>, headers: HeaderMap, body: String| async move {
                let value: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                let _ = tx.send((headers, value));
                if failed_once.swap(true, Ordering::SeqCst) {
                    StatusCode::OK
                } else {
                    StatusCode::INTERNAL_SERVER_ERROR
                }
            }),
        )
        .with_state((tx, failed_once));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/callbacks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (CallbackTarget { url, username: "partner".into(), password: "s3cret".into() }, rx)
}

/// The next callback's headers and payload (the body is `{"Payload": …}`, as the guide shows it).
async fn next(rx: &mut mpsc::UnboundedReceiver<(HeaderMap, Value)>) -> (HeaderMap, Value) {
    let (headers, body) =
        tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.expect("a callback in time").unwrap();
    let keys: Vec<&String> = body.as_object().expect("a JSON object").keys().collect();
    assert_eq!(keys, ["Payload"], "{body}");
    (headers, body["Payload"].clone())
}

/// What the phone app's SDK does with an activation code: binds the wallet, then
/// `getIssuerData()` gives the webview (the sandbox's trigger stands in for the phone).
fn provision(code: &Value) -> Request<Body> {
    Request::post("/sandbox/phone/provision").body(Body::from(json!({ "activationCode": code }).to_string())).unwrap()
}

#[tokio::test]
async fn the_webview_ends_on_success_either_way_and_the_callbacks_tell_the_truth() {
    let (target, mut rx) = receiver().await;
    let app = router(Config { callback: Some(target), ..config() }, Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u3", "corinne+LC_FRAUD@example.com").await;

    // Creation: 35 (refused once, then retried with the same id), then 34.
    let (first_headers, first) = next(&mut rx).await;
    let (retry_headers, retried) = next(&mut rx).await;
    assert_eq!(first["type"], "35");
    assert_eq!(retried, first);
    assert_eq!(first_headers["webhook-id"], retry_headers["webhook-id"]);
    assert_eq!(first_headers[header::AUTHORIZATION], "Basic cGFydG5lcjpzM2NyZXQ=");
    let (_, status) = next(&mut rx).await;
    assert_eq!((status["type"].as_str(), status["userRecordStatus"].as_str()), (Some("34"), Some("Initialized")));
    assert_eq!(status["appUserid"], "u3", "callback 34 spells the id as the guide does");

    // The app trades the activation code for the webview.
    let code = first["ActivationCode"].as_str().unwrap();
    let (status, _, body) = send(&app, provision(&json!(code))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let url = serde_json::from_str::<Value>(&body).unwrap()["webviewUrl"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&format!("{BASE}/xpollens/pad/api/v2/static/dist/index.html?technicalId=")), "{url}");
    let path = url.strip_prefix(&format!("{BASE}/xpollens")).unwrap().to_owned();
    let (status, headers, page) = send(&app, Request::get(path.as_str()).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    assert!(page.contains("<html lang=\"en\"") && page.contains("<h1>") && page.contains("value=\"success\""));

    let request = Request::post(path.as_str())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("outcome=success"))
        .unwrap();
    let (status, headers, _) = send(&app, request).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], format!("{url}#SUCCESS").as_str());
    let (_, _, page) = send(&app, Request::get(path.as_str()).body(Body::empty()).unwrap()).await;
    assert!(page.contains("Identification finished"));

    // Pending, then the persona's refusal, a new wallet and the KYC's verdict.
    let (_, pending) = next(&mut rx).await;
    assert_eq!((pending["type"].as_str(), pending["status"].as_str()), (Some("4"), Some("Pending")));
    let (_, in_progress) = next(&mut rx).await;
    assert_eq!(in_progress["userRecordStatus"], "InProgress");
    let (_, new_wallet) = next(&mut rx).await;
    assert_eq!(new_wallet["type"], "35");
    assert_ne!(new_wallet["ActivationCode"], first["ActivationCode"]);
    let (_, refused) = next(&mut rx).await;
    assert_eq!(refused["status"], "Incomplete");
    assert_eq!(
        refused["diligences"][0],
        json!({ "diligenceType": "ID_CARD", "status": "Refused", "reason": "Fraud suspicion" })
    );

    // The killed wallet's code no longer opens a webview; the used webview is gone.
    assert_eq!(send(&app, provision(&json!(code))).await.0, StatusCode::NOT_FOUND);
    let again = Request::post(path.as_str()).body(Body::from("outcome=success")).unwrap();
    assert_eq!(send(&app, again).await.0, StatusCode::GONE);
}

#[tokio::test]
async fn the_admin_purge_removes_prospects_from_their_ninetieth_day() {
    let app = router(config(), Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u4", "corinne@example.com").await;
    let today = kyc_core::UtcTimestamp::from_unix_millis(super::store::now_ms());
    let purge_at = |days: i64| {
        let now = kyc_core::UtcTimestamp::from_unix_millis(today.unix_millis() + days * 86_400_000);
        Request::post("/sandbox/purge").body(Body::from(json!({ "now": now.to_string() }).to_string())).unwrap()
    };
    let (_, _, body) = send(&app, purge_at(89)).await;
    assert_eq!(body, r#"{"purged":0}"#);
    assert_eq!(api(&app, &token, "GET", "/api/v1.1/users/u4", None).await.0, StatusCode::OK);
    let (_, _, body) = send(&app, purge_at(90)).await;
    assert_eq!(body, r#"{"purged":1}"#);
    assert_eq!(api(&app, &token, "GET", "/api/v1.1/users/u4", None).await.0, StatusCode::NOT_FOUND);
}

/// The webview URL for the wallet bound with `code`, as a path inside the router.
async fn webview_path(app: &Router, code: &Value) -> String {
    let (status, _, body) = send(app, provision(code)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let url = serde_json::from_str::<Value>(&body).unwrap()["webviewUrl"].as_str().unwrap().to_owned();
    url.strip_prefix(&format!("{BASE}/xpollens")).unwrap().to_owned()
}

async fn finish(app: &Router, path: &str, outcome: &str) {
    let request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("outcome={outcome}")))
        .unwrap();
    assert_eq!(send(app, request).await.0, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn after_a_failed_facial_recognition_the_new_wallet_brings_a_new_webview_that_can_succeed() {
    let (target, mut rx) = receiver().await;
    let app = router(Config { callback: Some(target), ..config() }, Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u5", "corinne@example.com").await;
    let (_, first) = next(&mut rx).await;
    let first_path = webview_path(&app, &first["ActivationCode"]).await;
    finish(&app, &first_path, "failure").await;
    let (_, kyc) = api(&app, &token, "GET", "/api/v3.0/users/u5/kyc/demand", None).await;
    assert_eq!(kyc["status"], "Incomplete");

    let second = loop {
        let (_, callback) = next(&mut rx).await;
        if callback["type"] == "35" && callback["ActivationCode"] != first["ActivationCode"] {
            break callback;
        }
    };
    let second_path = webview_path(&app, &second["ActivationCode"]).await;
    assert_ne!(second_path, first_path);
    finish(&app, &second_path, "success").await;
    // The first attempt's verdict, then the second attempt's review and verdict.
    let mut kyc_statuses = Vec::new();
    while kyc_statuses.len() < 3 {
        let (_, callback) = next(&mut rx).await;
        if callback["type"] == "4" {
            kyc_statuses.push(callback["status"].as_str().unwrap_or_default().to_owned());
        }
    }
    assert_eq!(kyc_statuses, ["Incomplete", "Pending", "Complete"]);
}

#[tokio::test]
async fn the_sdk_has_no_http_endpoint_and_the_webview_names_no_return_page() {
    let (target, mut rx) = receiver().await;
    let app = router(Config { callback: Some(target), ..config() }, Faults::default());
    let token = token(&app).await;
    // getIssuerData() is the mobile SDK's: Xpollens offers no such endpoint, nor does the simulator.
    for (method, uri) in
        [("POST", "/sdk/issuer-data"), ("GET", "/sdk/issuer-data"), ("POST", "/api/v1.1/sdk/issuer-data")]
    {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json!({ "activationCode": "f825f1646665490aa7ef7942c6f2f159" }).to_string()))
            .unwrap();
        assert_eq!(send(&app, request).await.0, StatusCode::NOT_FOUND, "{method} {uri}");
    }
    // A returnUrl in the webview's query changes nothing: the end is the webview's own URL + #SUCCESS.
    create(&app, &token, "u6", "corinne@example.com").await;
    let (_, first) = next(&mut rx).await;
    let path = webview_path(&app, &first["ActivationCode"]).await;
    let request = Request::post(format!("{path}&returnUrl=https%3A%2F%2Fevil.example%2F").as_str())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("outcome=success"))
        .unwrap();
    let (status, headers, _) = send(&app, request).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], format!("{BASE}/xpollens{path}#SUCCESS").as_str());
}

#[tokio::test]
async fn put_user_takes_the_profile_like_creation_and_refuses_what_the_api_would() {
    let app = router(config(), Faults::default());
    let token = token(&app).await;
    create(&app, &token, "u7", "corinne@example.com").await;
    let moved = json!({ "profile": { "email": "corinne@example.org",
        "address": { "street": "3 rue Neuve", "zipCode": "75001", "city": "Paris", "country": "FR" } } });
    let (status, user) = api(&app, &token, "PUT", "/api/v1.1/users/u7", Some(moved)).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(
        (user["profile"]["email"].as_str(), user["profile"]["address"]["city"].as_str()),
        (Some("corinne@example.org"), Some("Paris"))
    );
    let (status, body) =
        api(&app, &token, "PUT", "/api/v1.1/users/u7", Some(json!({ "profile": { "birthDate": "06/12/1965" } }))).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("birthDate")));
    let (status, _) = api(&app, &token, "PUT", "/api/v1.1/users/nobody", Some(json!({ "profile": {} }))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(&app, "made-up", "PUT", "/api/v1.1/users/u7", Some(json!({ "profile": {} }))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
