//! The ID Dataweb simulator at the HTTP level: token, step chaining by `forwardApiKey` and
//! `asi`, the session-risk rules that need several requests, returning devices.

use crate::support::send;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use kyc_sandbox::iddataweb::{router, Config, Template};
use serde_json::{json, Value};
use std::time::Duration;

/// base64("sandbox-idw-key:sandbox-idw-secret").
const BASIC: &str = "Basic c2FuZGJveC1pZHcta2V5OnNhbmRib3gtaWR3LXNlY3JldA==";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

fn sim(adjust: impl FnOnce(&mut Config)) -> Router {
    let mut config = Config::local("http://127.0.0.1:8081/iddataweb");
    adjust(&mut config);
    router(config)
}

async fn token(app: &Router) -> String {
    let request = Request::post("/v1/token?grant_type=client_credentials")
        .header(header::AUTHORIZATION, BASIC)
        .body(Body::empty())
        .unwrap();
    let answer = send(app, request).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.json()["access_token"].as_str().unwrap().to_owned()
}

async fn slverify(app: &Router, token: &str, body: Value) -> (StatusCode, Value) {
    let request = Request::post("/v1/slverify")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let answer = send(app, request).await;
    (answer.status, answer.json())
}

fn session_body(ip: &str, fingerprint: &str, email: &str) -> Value {
    json!({
        "apikey": "sandbox-idw-key",
        "credential": "user-1",
        "appID": "tests",
        "userAttributes": [
            {"attributeType": "IPAddress", "values": {"ipAddress": ip}},
            {"attributeType": "UserAgent", "values": {"userAgent": FIREFOX}},
            {"attributeType": "DeviceFingerprint", "values": {"fingerprint": fingerprint, "webdriver": false}},
            {"attributeType": "Email", "values": {"email": email}},
        ],
    })
}

fn andrew_body(apikey: &str, asi: &str) -> Value {
    json!({
        "apikey": apikey,
        "credential": "user-1",
        "asi": asi,
        "userAttributes": [
            {"attributeType": "FullName", "values": {"fname": "Andrew", "mname": "", "lname": "Roshell"}},
            {"attributeType": "InternationalAddress", "values": {"country": "US", "administrative_area_level_1": "VA",
                "locality": "Reston", "postal_code": "20190", "route": "Hillcrest Ave", "street_number": "4821"}},
            {"attributeType": "InternationalTelephone", "values": {"dialCode": "1", "telephone": "7035550142"}},
        ],
    })
}

fn assertion<'a>(answer: &'a Value, key: &str) -> Option<&'a str> {
    answer["userAssertionList"].as_array()?.iter().find_map(|a| a.get(key)?.as_str())
}

#[tokio::test]
async fn the_token_is_issued_for_the_workflow_key_as_documented() {
    let app = sim(|_| {});
    let request = Request::post("/v1/token?grant_type=client_credentials")
        .header(header::AUTHORIZATION, BASIC)
        .body(Body::empty())
        .unwrap();
    let body = send(&app, request).await.json();
    assert_eq!((body["expires_in"].as_str(), body["token_type"].as_str()), (Some("600"), Some("Bearer")));
    assert_eq!(body["errorCode"], "");
    let wrong_grant = Request::post("/v1/token?grant_type=password").header(header::AUTHORIZATION, BASIC);
    assert_eq!(send(&app, wrong_grant.body(Body::empty()).unwrap()).await.status, StatusCode::BAD_REQUEST);
    let wrong_secret = Request::post("/v1/token?grant_type=client_credentials")
        .header(header::AUTHORIZATION, "Basic c2FuZGJveC1pZHcta2V5Ondyb25n") // sandbox-idw-key:wrong
        .body(Body::empty())
        .unwrap();
    let answer = send(&app, wrong_secret).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.json()["errorCode"], "401");
}

#[tokio::test(start_paused = true)]
async fn slverify_wants_a_live_token() {
    let app = sim(|_| {});
    let (status, _) = slverify(&app, "made-up", session_body("192.0.2.10", "fp", "a@example.com")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let token = token(&app).await;
    tokio::time::advance(Duration::from_secs(601)).await;
    let (status, _) = slverify(&app, &token, session_body("192.0.2.10", "fp", "a@example.com")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn steps_chain_by_forward_api_key_and_asi() {
    let app = sim(|_| {});
    let keys = Config::local("http://x").keys;
    let token = token(&app).await;
    let (status, first) = slverify(&app, &token, session_body("192.0.2.10", "fp", "a@example.com")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(first["policyDecision"], "obligation");
    assert_eq!(first["obligation"], "PII Validation");
    assert_eq!(first["forwardApiKey"], keys.pii_validation.as_str());
    let asi = first["transaction_id"].as_str().unwrap();

    // The SMS link key before PII validation, a missing asi and an unknown one are refused.
    assert_eq!(slverify(&app, &token, andrew_body(&keys.sms_link, asi)).await.0, StatusCode::CONFLICT);
    let mut without_asi = andrew_body(&keys.pii_validation, asi);
    without_asi.as_object_mut().unwrap().remove("asi");
    assert_eq!(slverify(&app, &token, without_asi).await.0, StatusCode::BAD_REQUEST);
    let unknown = andrew_body(&keys.pii_validation, "00000000-0000-0000-0000-000000000000");
    assert_eq!(slverify(&app, &token, unknown).await.0, StatusCode::NOT_FOUND);

    let (status, second) = slverify(&app, &token, andrew_body(&keys.pii_validation, asi)).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    assert_eq!(second["transaction_id"], asi);
    assert_eq!(second["obligation"], "SMS Link");
    assert_eq!(second["forwardApiKey"], keys.sms_link.as_str());
    assert_eq!(assertion(&second, "link.fullName_telephone"), Some("pass"));
    // The link was not sent yet, so its result cannot be asked for.
    assert_eq!(slverify(&app, &token, json!({"apikey": keys.sms_link, "asi": asi})).await.0, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_denied_session_is_closed_and_the_credential_is_required() {
    let app = sim(|_| {});
    let token = token(&app).await;
    let (_, denied) = slverify(&app, &token, session_body("198.51.100.66", "fp", "a@example.com")).await;
    assert_eq!((denied["policyDecision"].as_str(), denied["forwardApiKey"].as_str()), (Some("deny"), Some("")));
    assert_eq!(assertion(&denied, "sessionRisk.tor"), Some("fail"));
    let pii_key = Config::local("http://x").keys.pii_validation;
    let asi = denied["transaction_id"].as_str().unwrap();
    assert_eq!(slverify(&app, &token, andrew_body(&pii_key, asi)).await.0, StatusCode::CONFLICT);
    let mut anonymous = session_body("192.0.2.10", "fp", "a@example.com");
    anonymous.as_object_mut().unwrap().remove("credential");
    assert_eq!(slverify(&app, &token, anonymous).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_burst_of_sessions_from_one_address_is_denied() {
    let app = sim(|config| config.velocity_limit = 3);
    let token = token(&app).await;
    for _ in 0..3 {
        let (_, answer) = slverify(&app, &token, session_body("192.0.2.30", "fp", "a@example.com")).await;
        assert_eq!(answer["policyDecision"], "obligation");
    }
    let (_, fourth) = slverify(&app, &token, session_body("192.0.2.30", "fp", "a@example.com")).await;
    assert_eq!(assertion(&fourth, "sessionRisk.velocity"), Some("fail"));
    let (_, elsewhere) = slverify(&app, &token, session_body("192.0.2.31", "fp", "a@example.com")).await;
    assert_eq!(elsewhere["policyDecision"], "obligation");
}

#[tokio::test]
async fn throwaway_mail_is_denied_with_the_email_risk_add_on() {
    let app = sim(|config| config.add_ons.email_risk = true);
    let token = token(&app).await;
    let (_, answer) = slverify(&app, &token, session_body("192.0.2.10", "fp", "x@mailinator.com")).await;
    assert_eq!(answer["policyDecision"], "deny");
    assert_eq!(assertion(&answer, "sessionRisk.emailRisk"), Some("fail"));
}

#[tokio::test]
async fn a_device_bound_on_approval_is_recognised_on_the_next_visit() {
    let app = sim(|config| config.template = Template::PhoneMatchOnly);
    let pii_key = Config::local("http://x").keys.pii_validation;
    let token = token(&app).await;
    let (_, first) = slverify(&app, &token, session_body("192.0.2.10", "fp-home", "a@example.com")).await;
    assert_eq!(assertion(&first, "device.trusted"), None);
    let (_, approved) = slverify(&app, &token, andrew_body(&pii_key, first["transaction_id"].as_str().unwrap())).await;
    assert_eq!(approved["policyDecision"], "approve");
    assert_eq!(approved["acquiredAttributes"][0]["values"]["desktopFingerprint"], "fp-home");
    let (_, again) = slverify(&app, &token, session_body("192.0.2.10", "fp-home", "a@example.com")).await;
    assert_eq!(assertion(&again, "device.trusted"), Some("true"));
}

#[tokio::test]
async fn the_outbox_needs_a_number_and_unknown_links_say_so() {
    let app = sim(|_| {});
    let answer = send(&app, Request::get("/sandbox/outbox").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = send(&app, Request::get("/sandbox/outbox?phone=%2B17035550142").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.json()["messages"], json!([]));
    let answer = send(&app, Request::get("/link/nothing-here").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.header("content-type").starts_with("text/html"));
    assert!(answer.text.contains("This link is not valid"));
}

#[tokio::test]
async fn there_is_no_device_lookup_endpoint_as_in_the_guide() {
    let app = sim(|_| {});
    let token = token(&app).await;
    let request = Request::post("/v1/device/lookup")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"fingerprint":"fp-home"}"#))
        .unwrap();
    let answer = send(&app, request).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text);
    assert_eq!(answer.json()["errorCode"], "404");
}

#[tokio::test]
async fn a_recognised_device_carries_the_persistent_id_with_that_add_on() {
    let app = sim(|config| {
        config.template = Template::PhoneMatchOnly;
        config.add_ons.persistent_id = true;
    });
    let pii_key = Config::local("http://x").keys.pii_validation;
    let token = token(&app).await;
    let (_, first) = slverify(&app, &token, session_body("192.0.2.10", "fp-lex", "a@example.com")).await;
    let (_, approved) = slverify(&app, &token, andrew_body(&pii_key, first["transaction_id"].as_str().unwrap())).await;
    let persistent = approved["acquiredAttributes"][1]["values"]["persistentId"].clone();
    assert!(persistent.is_string(), "{approved}");
    let (_, again) = slverify(&app, &token, session_body("192.0.2.10", "fp-lex", "a@example.com")).await;
    assert_eq!(assertion(&again, "device.trusted"), Some("true"));
    assert_eq!(again["acquiredAttributes"][0]["values"]["persistentId"], persistent);
}

/// Jordan Kessler through session risk and PII validation to the document step; the answer to
/// his passport.
async fn jordans_document(app: &Router) -> (String, Value) {
    let keys = Config::local("http://x").keys;
    let token = token(app).await;
    let (_, risk) = slverify(app, &token, session_body("192.0.2.10", "fp-jordan", "j@example.com")).await;
    let asi = risk["transaction_id"].as_str().unwrap().to_owned();
    let pii = json!({
        "apikey": keys.pii_validation, "credential": "user-1", "asi": asi,
        "userAttributes": [
            {"attributeType": "FullName", "values": {"fname": "Jordan", "lname": "Kessler"}},
            {"attributeType": "InternationalAddress", "values": {"country": "US", "locality": "Washington",
                "postal_code": "20036", "route": "Rhode Island Avenue NW", "street_number": "1600"}},
            {"attributeType": "InternationalTelephone", "values": {"dialCode": "1", "telephone": "2025550188"}},
        ],
    });
    let (_, stepped) = slverify(app, &token, pii).await;
    assert_eq!(stepped["obligation"], "Government ID and Selfie Match");
    // A JPEG's first bytes, enough for the format check.
    let jpeg = "/9j/4AAQSkZJRgABAQAAAQABAAD/";
    let document = json!({
        "apikey": keys.document, "credential": "user-1", "asi": asi,
        "userAttributes": [
            {"attributeType": "FullName", "values": {"fname": "Jordan", "lname": "Kessler"}},
            {"attributeType": "PassportImage", "values": {"passportImage": jpeg}},
            {"attributeType": "CameraSnapshot", "values": {"cameraSnapshot": jpeg}},
        ],
    });
    let (status, answer) = slverify(app, &token, document).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    (token, answer)
}

#[tokio::test]
async fn a_document_that_cannot_be_read_leads_to_kba_and_the_kba_step_is_refused_here() {
    let app = sim(|_| {});
    let (token, answer) = jordans_document(&app).await;
    let kba_key = Config::local("http://x").keys.kba;
    assert_eq!(answer["policyDecision"], "obligation");
    assert_eq!(answer["obligation"], "KBA");
    assert_eq!(answer["forwardApiKey"], kba_key.as_str());
    assert_eq!(assertion(&answer, "document.readable"), Some("fail"));
    let kba =
        json!({ "apikey": kba_key, "credential": "user-1", "asi": answer["transaction_id"], "userAttributes": [] });
    let (status, refused) = slverify(&app, &token, kba).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");

    let without = sim(|config| config.add_ons.kba = false);
    let (_, denied) = jordans_document(&without).await;
    assert_eq!(denied["policyDecision"], "deny", "without the add-on nothing else is offered");
}

/// Asserts `answer` has the shape of the fixture `name` (under `iddataweb/`).
fn shaped_like(name: &str, answer: &Value) {
    let departures = crate::shape::departures(&crate::shape::fixture(&format!("iddataweb/{name}")), answer);
    assert!(departures.is_empty(), "{name}: {departures:?} in {answer}");
}

#[tokio::test]
async fn the_simulators_answers_have_the_shape_of_the_guides_payloads() {
    let app = sim(|_| {});
    let keys = Config::local("http://x").keys;
    let request = Request::post("/v1/token?grant_type=client_credentials")
        .header(header::AUTHORIZATION, BASIC)
        .body(Body::empty())
        .unwrap();
    shaped_like("token.json", &send(&app, request).await.json());

    let token = token(&app).await;
    let (_, risk) = slverify(&app, &token, session_body("192.0.2.10", "fp-shape", "a@example.com")).await;
    let asi = risk["transaction_id"].as_str().unwrap().to_owned();
    let (_, obligation) = slverify(&app, &token, andrew_body(&keys.pii_validation, &asi)).await;
    shaped_like("slverify_obligation.json", &obligation);
    assert_eq!(obligation["obligation"], "SMS Link");

    // A name the line does not know: the document step, whose key sends the capture link.
    let (_, risk) = slverify(&app, &token, session_body("192.0.2.10", "fp-shape-doc", "a@example.com")).await;
    let asi = risk["transaction_id"].as_str().unwrap().to_owned();
    let mut andy = andrew_body(&keys.pii_validation, &asi);
    andy["userAttributes"][0]["values"]["fname"] = json!("Andy");
    let (_, stepped) = slverify(&app, &token, andy).await;
    assert_eq!(stepped["obligation"], "Government ID and Selfie Match");
    let get =
        |uri: String| Request::get(uri).header(header::AUTHORIZATION, format!("Bearer {token}")).body(Body::empty());
    let query = format!("dialCode=1&telephone=7035550142&apikey={}&asi={asi}", keys.document);
    let sent = send(&app, get(format!("/v1/doccapture/sendlink?{query}")).unwrap()).await;
    shaped_like("doccapture_sendlink.json", &sent.json());
    let pending = send(&app, get(format!("/v1/doccapture/results?asi={asi}")).unwrap()).await;
    shaped_like("doccapture_results_pending.json", &pending.json());

    let (_, denied) = jordans_document(&sim(|config| config.add_ons.kba = false)).await;
    shaped_like("slverify_deny.json", &denied);

    let approving = sim(|config| config.template = Template::PhoneMatchOnly);
    let token = crate::iddataweb::token(&approving).await;
    let (_, risk) = slverify(&approving, &token, session_body("192.0.2.10", "fp-shape-2", "a@example.com")).await;
    let (_, approved) =
        slverify(&approving, &token, andrew_body(&keys.pii_validation, risk["transaction_id"].as_str().unwrap())).await;
    shaped_like("slverify_approve.json", &approved);
}
