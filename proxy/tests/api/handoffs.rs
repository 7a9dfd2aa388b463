//! Hand-off to a phone: a single-use, expiring link whose code becomes a token for the capture
//! routes and nothing else.

use crate::captures::picture;
use crate::helpers::{person, TestApp};
use axum::http::{Method, StatusCode};
use image::ImageFormat;
use kyc_proxy::auth::token_hash;
use kyc_proxy::store::CodePurpose;
use serde_json::{json, Value};

fn code_of(url: &str) -> String {
    url.split("handoff=").nth(1).unwrap().split('&').next().unwrap().to_owned()
}

async fn exchange(app: &TestApp, code: &str) -> crate::helpers::Reply {
    app.request(Method::POST, "/api/handoffs/exchange", None, Some(json!({ "code": code }))).await
}

#[tokio::test]
async fn a_handoff_link_works_once() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
    let reply = app.request(Method::POST, "/api/handoffs", Some(&token), Some(json!({ "language": "de" }))).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let url = reply.body["url"].as_str().unwrap();
    assert!(url.starts_with("http://kyc.test/capture?handoff=") && url.ends_with("&lang=de"), "{url}");
    assert!(!url.contains(&token), "the session's token stays on the desktop");
    assert!(reply.body["qr_svg"].as_str().unwrap().starts_with("<svg"));
    assert!(reply.body["expires_at"].as_str().unwrap().ends_with('Z'));

    let first = exchange(&app, &code_of(url)).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_ne!(first.body["token"], token.as_str());
    let again = exchange(&app, &code_of(url)).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert_eq!(again.body["error"]["code"], "link_expired");
    assert_eq!(exchange(&app, "made-up").await.status, StatusCode::GONE);
}

#[tokio::test]
async fn an_expired_handoff_link_is_refused() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "PASSPORT" })).await;
    let session = app.store.session_find(token_hash(&token), 0).await.unwrap().unwrap();
    let past = kyc_proxy::clock::now().unix_millis() - 1;
    app.store.code_insert(CodePurpose::Handoff, session, token_hash("old-code"), past).await.unwrap();
    let reply = exchange(&app, "old-code").await;
    assert_eq!(reply.status, StatusCode::GONE);
    assert_eq!(reply.body["error"]["code"], "link_expired");
}

#[tokio::test]
async fn a_code_opens_only_what_it_was_made_for() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "PASSPORT" })).await;
    let session = app.store.session_find(token_hash(&token), 0).await.unwrap().unwrap();
    let later = kyc_proxy::clock::now().unix_millis() + 60_000;
    app.store.code_insert(CodePurpose::Handoff, session, token_hash("phone-code"), later).await.unwrap();
    app.store.code_insert(CodePurpose::Launch, session, token_hash("launch-code"), later).await.unwrap();
    // A hand-off code does not launch the session (which would hand out its full token) ...
    let launch = app.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": "phone-code" }))).await;
    assert_eq!(launch.status, StatusCode::GONE);
    // ... and a launch code is no hand-off code.
    assert_eq!(exchange(&app, "launch-code").await.status, StatusCode::GONE);
    // Each still works for its own purpose.
    assert_eq!(exchange(&app, "phone-code").await.status, StatusCode::CREATED);
    let launch = app.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": "launch-code" }))).await;
    assert_eq!(launch.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_capture_token_uploads_pictures_but_cannot_reach_personal_data() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "PASSPORT" })).await;
    assert_eq!(app.person_update(&token, person("Jane")).await.status, StatusCode::OK);
    let link = app.request(Method::POST, "/api/handoffs", Some(&token), Some(json!({}))).await;
    let phone = exchange(&app, &code_of(link.body["url"].as_str().unwrap())).await;
    let phone = phone.body["token"].as_str().unwrap().to_owned();

    let jpeg = picture(1200, 800, ImageFormat::Jpeg);
    let uploaded = app.upload("/api/captures/selfie", &phone, "image/jpeg", jpeg).await;
    assert_eq!(uploaded.status, StatusCode::OK);
    // The desktop sees the phone's picture arrive.
    let desktop = app.request(Method::GET, "/api/captures", Some(&token), None).await;
    assert_eq!(desktop.body["done"], json!(["selfie"]));

    let personal: [(Method, &str, Option<Value>); 8] = [
        (Method::GET, "/api/session", None),
        (Method::PUT, "/api/session/person", Some(person("Mallory"))),
        (Method::PUT, "/api/session/draft", Some(person("Mallory"))),
        (Method::GET, "/api/session/status", None),
        (
            Method::PUT,
            "/api/session/consents/terms_conditions",
            Some(json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 1, "language": "en" })),
        ),
        (Method::POST, "/api/session/identification", None),
        (Method::POST, "/api/handoffs", Some(json!({}))),
        (Method::POST, "/api/handoffs/sms", Some(json!({}))),
    ];
    for (method, path, body) in personal {
        let reply = app.request(method, path, Some(&phone), body).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path}");
    }
    let view = app.session_show(&token).await;
    assert_eq!(view.body["person"]["first_name"], "Jane", "nothing was changed");
}

#[tokio::test]
async fn the_link_goes_by_text_message_to_the_saved_mobile_number() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
    let missing = app.request(Method::POST, "/api/handoffs/sms", Some(&token), Some(json!({}))).await;
    assert_eq!(missing.status, StatusCode::CONFLICT, "no mobile number saved yet");
    assert_eq!(app.person_update(&token, person("Jane")).await.status, StatusCode::OK);
    let sent = app.request(Method::POST, "/api/handoffs/sms", Some(&token), Some(json!({ "language": "fr" }))).await;
    assert_eq!(sent.status, StatusCode::ACCEPTED, "{}", sent.body);

    // What the simulated gateway delivered to +49 151 23456789.
    let outbox: Value = reqwest::get(format!("{}/sms/v1/outbox?to=%2B4915123456789", app.sandbox_url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = outbox["messages"][0]["text"].as_str().unwrap();
    assert!(text.contains("téléphone"), "{text}");
    let url = text.split_whitespace().find(|w| w.contains("handoff=")).unwrap();
    assert_eq!(exchange(&app, &code_of(url)).await.status, StatusCode::CREATED);
}
