//! ID Dataweb's flow through the proxy: session risk, PII validation, the SMS link and the
//! step-up, against the simulator over loopback HTTP.

use crate::helpers::{TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

const DESKTOP: &str =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const PHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

/// A session of the ID Dataweb flow, as a product team would open one.
async fn session(app: &TestApp) -> String {
    let body = json!({ "flow": "iddataweb_phone" });
    let created = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let url = created.body["url"].as_str().unwrap();
    let code = url.split("launch=").nth(1).unwrap().split('&').next().unwrap();
    let launched = app.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await;
    launched.body["token"].as_str().unwrap().to_owned()
}

async fn risk(app: &TestApp, token: &str, user_agent: &str, fingerprint: &str) -> Value {
    let body = json!({ "fingerprint": fingerprint, "webdriver": false });
    let reply = app.request_as(Some(user_agent), Method::POST, "/api/session/risk", Some(token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.body
}

fn roshell(first_name: &str, mobile: &str) -> Value {
    json!({
        "first_name": first_name, "last_name": "Roshell", "birth_date": "1985-04-12", "nationality": "US",
        "street": "Hillcrest Avenue", "house_number": "4821", "postal_code": "20190", "city": "Reston",
        "state": "VA", "country": "US", "mobile_number": mobile, "email": "a.roshell@example.com"
    })
}

/// Personal data and consents saved, the phone check started: the session view after it.
async fn through_pii(app: &TestApp, token: &str, person: Value) -> Value {
    assert_eq!(app.person_update(token, person).await.status, StatusCode::OK);
    for kind in ["terms_conditions", "data_processing"] {
        assert_eq!(app.consent_update(token, kind, "2026-11-21T10:00:00.000Z").await.status, StatusCode::OK);
    }
    let reply = app.request(Method::POST, "/api/session/phone-check", Some(token), None).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.body
}

async fn sms_link(app: &TestApp, phone: &str) -> String {
    let url = format!("{}/iddataweb/sandbox/outbox?phone={}", app.sandbox_url, phone.replace('+', "%2B"));
    let outbox: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    outbox["messages"].as_array().unwrap().last().expect("an SMS was sent")["link"].as_str().unwrap().to_owned()
}

async fn open_on(link: &str, user_agent: &str) {
    let page = reqwest::Client::new().get(link).header("user-agent", user_agent).send().await.unwrap();
    assert!(page.status().is_success() || page.status().is_client_error(), "{}", page.status());
}

#[tokio::test]
async fn andrew_is_approved_by_the_phone_path_once_the_link_is_opened_on_the_phone() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    let view = app.session_show(&token).await.body;
    assert_eq!(view["furthest_step"], "risk", "nothing is asked before the device check");
    assert_eq!(risk(&app, &token, DESKTOP, "fp-andrew-desktop").await["furthest_step"], "personal_data");

    let view = through_pii(&app, &token, roshell("Andrew", "+17035550142")).await;
    assert_eq!(view["furthest_step"], "phone_check");
    let waiting = app.request(Method::GET, "/api/session/phone-check", Some(&token), None).await;
    assert_eq!(waiting.body, json!({ "done": false, "phone": "+1 •••••• 0142" }));
    let locked = app.person_update(&token, roshell("Andrew", "+17035550142")).await;
    assert_eq!(locked.status, StatusCode::CONFLICT, "the data is with the provider");

    open_on(&sms_link(&app, "+17035550142").await, PHONE).await;
    let done = app.request(Method::GET, "/api/session/phone-check", Some(&token), None).await;
    assert_eq!(done.body["done"], true);
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
    assert_eq!(app.status_show(&token).await.body["status"], "successful");

    // A later visit from the same browser is recognised.
    let again = session(&app).await;
    assert_eq!(risk(&app, &again, DESKTOP, "fp-andrew-desktop").await["device_recognised"], true);
    let stranger = session(&app).await;
    assert_eq!(risk(&app, &stranger, DESKTOP, "fp-someone-else").await["device_recognised"], false);
}

#[tokio::test]
async fn the_link_opened_on_a_computer_denies() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-desk-2").await;
    through_pii(&app, &token, roshell("Andrew", "+17035550142")).await;
    open_on(&sms_link(&app, "+17035550142").await, DESKTOP).await;
    let done = app.request(Method::GET, "/api/session/phone-check", Some(&token), None).await;
    assert_eq!(done.body["done"], true);
    let status = app.status_show(&token).await.body;
    assert_eq!(status["status"], "failed");
    assert_eq!(status["reason"], Value::Null, "no reason is disclosed for a denial");
}

#[tokio::test]
async fn a_phone_that_does_not_match_steps_up_to_the_documents() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-andrea").await;
    let view = through_pii(&app, &token, roshell("Andrea", "+17035550143")).await;
    assert_eq!(view["furthest_step"], "capture");
    assert_eq!(app.request(Method::GET, "/api/session/phone-check", Some(&token), None).await.body["done"], true);
}

#[tokio::test]
async fn a_bot_is_denied_before_anything_is_asked() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    let view = risk(&app, &token, "Mozilla/5.0 HeadlessChrome/131.0", "fp-bot").await;
    assert_eq!(view["furthest_step"], "status");
    assert_eq!(app.status_show(&token).await.body["status"], "failed");
    let person = app.person_update(&token, roshell("Andrew", "+17035550142")).await;
    assert_eq!(person.status, StatusCode::CONFLICT, "no data is taken after a denial");
}

/// Chooses the ID card unless the product team fixed the document, then uploads the pictures
/// the capture step asks for; the answer to the last one.
async fn capture_all(app: &TestApp, token: &str) -> crate::helpers::Reply {
    let mut captures = app.request(Method::GET, "/api/captures", Some(token), None).await.body;
    if captures["choosable"] == true {
        let choice = Some(json!({ "kind": "ID_CARD" }));
        captures = app.request(Method::PUT, "/api/captures/document", Some(token), choice).await.body;
    }
    let required = captures["required"].clone();
    let mut last = None;
    for slot in required.as_array().unwrap() {
        let path = format!("/api/captures/{}", slot.as_str().unwrap());
        let jpeg = crate::captures::picture(800, 600, image::ImageFormat::Jpeg);
        last = Some(app.upload(&path, token, "image/jpeg", jpeg).await);
    }
    last.expect("the step-up asks for pictures")
}

#[tokio::test]
async fn andrea_steps_up_and_is_denied_at_the_document() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-andrea-doc").await;
    through_pii(&app, &token, roshell("Andrea", "+17035550143")).await;
    let last = capture_all(&app, &token).await;
    assert_eq!(last.status, StatusCode::OK, "{:?}", last.body);
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
    assert_eq!(app.status_show(&token).await.body["status"], "failed");
}

#[tokio::test]
async fn a_failed_phone_match_then_andrews_passport_is_approved_by_the_document() {
    let app = TestApp::spawn().await;
    let body = json!({ "flow": "iddataweb_phone", "capture_document": "PASSPORT" });
    let token = app.partner_session(body).await;
    risk(&app, &token, DESKTOP, "fp-andrew-passport").await;
    // A number the carrier does not have in Andrew's name: no match, so the documents decide.
    let view = through_pii(&app, &token, roshell("Andrew", "+17035550177")).await;
    assert_eq!(view["furthest_step"], "capture");
    let asked = app.request(Method::GET, "/api/captures", Some(&token), None).await.body;
    assert_eq!(asked["required"], json!(["document_front", "selfie"]), "a passport has no back");
    capture_all(&app, &token).await;
    assert_eq!(app.status_show(&token).await.body["status"], "successful");
    let path = app.session_show(&token).await.body["path"].clone();
    assert_eq!(path, json!(["risk", "personal_data", "consents", "phone_check", "capture", "status"]));
}
