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
    capture_with(app, token, "ID_CARD").await
}

/// Like [`capture_all`], choosing `kind`.
async fn capture_with(app: &TestApp, token: &str, kind: &str) -> crate::helpers::Reply {
    let mut captures = app.request(Method::GET, "/api/captures", Some(token), None).await.body;
    if captures["choosable"] == true {
        let choice = Some(json!({ "kind": kind }));
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

#[tokio::test]
async fn the_guides_andrea_row_runs_with_a_drivers_licence_and_is_denied_at_the_document() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-andrea-licence").await;
    through_pii(&app, &token, roshell("Andrea", "+17035550143")).await;
    let offer = app.request(Method::GET, "/api/captures", Some(&token), None).await.body;
    assert_eq!(offer["offered"], json!(["ID_CARD", "PASSPORT", "DRIVERS_LICENSE"]), "the step-up takes a licence");
    let chosen =
        app.request(Method::PUT, "/api/captures/document", Some(&token), Some(json!({ "kind": "DRIVERS_LICENSE" })));
    let chosen = chosen.await.body;
    assert_eq!(chosen["required"], json!(["document_front", "document_back", "selfie"]), "a licence has a back");
    let last = capture_with(&app, &token, "DRIVERS_LICENSE").await;
    assert_eq!(last.status, StatusCode::OK, "{:?}", last.body);
    assert_eq!(app.status_show(&token).await.body["status"], "failed");
    let decision = crate::onfido::partner_detail(&app).await["iddataweb"].clone();
    assert_eq!(decision["verdict"], "denied");
    assert_eq!(decision["denial"], "document_not_verified");
    assert_eq!(decision["stepped_up"], true);
}

#[tokio::test]
async fn a_kba_obligation_the_flow_does_not_run_is_referred_with_a_decision_the_team_can_read() {
    let app = TestApp::spawn().await;
    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-jordan").await;
    let jordan = json!({
        "first_name": "Jordan", "last_name": "Kessler", "birth_date": "1979-08-30", "nationality": "US",
        "street": "Rhode Island Avenue NW", "house_number": "1600", "postal_code": "20036", "city": "Washington",
        "state": "DC", "country": "US", "mobile_number": "+12025550188", "email": "j.kessler@example.com"
    });
    assert_eq!(through_pii(&app, &token, jordan).await["furthest_step"], "capture");
    let last = capture_with(&app, &token, "PASSPORT").await;
    assert_eq!(last.status, StatusCode::OK, "no error reaches the user: {:?}", last.body);
    let status = app.status_show(&token).await.body;
    assert_eq!(status["status"], "referred", "the screen says the team takes a closer look");
    assert_eq!(status["final"], true);
    let decision = crate::onfido::partner_detail(&app).await["iddataweb"].clone();
    assert_eq!(decision["verdict"], "referred");
    assert_eq!(decision["unhandled_obligation"], "kba");
    assert!(decision["reason"].as_str().unwrap().contains("does not offer"), "{decision}");
}

#[tokio::test]
async fn a_document_the_flow_does_not_offer_is_refused_with_a_4xx() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "flow": "signicat_bank" })).await;
    let chosen =
        app.request(Method::PUT, "/api/captures/document", Some(&token), Some(json!({ "kind": "DRIVERS_LICENSE" })));
    assert_eq!(chosen.await.status, StatusCode::BAD_REQUEST);
    let body = json!({ "flow": "solaris_idnow", "capture_document": "DRIVERS_LICENSE" });
    let refused = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{:?}", refused.body);
}

#[tokio::test]
async fn with_email_risk_the_typed_email_goes_to_session_risk_after_the_consents() {
    let app = TestApp::spawn_with_email_risk().await;
    let token = session(&app).await;
    // The device check only keeps the signals: the e-mail is not typed yet.
    assert_eq!(risk(&app, &token, DESKTOP, "fp-email-1").await["furthest_step"], "personal_data");
    let throwaway = json!({ "email": "a.roshell@mailinator.com" });
    let mut person = roshell("Andrew", "+17035550142");
    person.as_object_mut().unwrap().extend(throwaway.as_object().unwrap().clone());
    through_pii(&app, &token, person).await;
    assert_eq!(app.status_show(&token).await.body["status"], "failed", "the disposable address was judged");
    let decision = crate::onfido::partner_detail(&app).await["iddataweb"].clone();
    assert_eq!(decision["denial"], "high_risk_session");

    let token = session(&app).await;
    risk(&app, &token, DESKTOP, "fp-email-2").await;
    let view = through_pii(&app, &token, roshell("Andrew", "+17035550142")).await;
    assert_eq!(view["furthest_step"], "phone_check", "an ordinary address goes on to the SMS link");
}
