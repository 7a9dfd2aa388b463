//! The simulated SMS gateway: sends need the key and an international number; the outbox shows
//! what each number received.

use crate::support::{config, send};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::json;

fn message(key: &str, to: &str, text: &str) -> Request<Body> {
    Request::post("/sms/v1/messages")
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({ "to": to, "text": text }).to_string()))
        .unwrap()
}

#[tokio::test]
async fn a_sent_message_lands_in_the_outbox_of_its_number_only() {
    let app = kyc_sandbox::app(config());
    let sent = send(&app, message("sandbox-sms-key", "+4915123456789", "Your link: http://x/?handoff=abc")).await;
    assert_eq!(sent.status, StatusCode::CREATED);
    assert_eq!(sent.json()["status"], "queued");
    let outbox = send(&app, Request::get("/sms/v1/outbox?to=%2B4915123456789").body(Body::empty()).unwrap()).await;
    assert_eq!(outbox.json()["messages"][0]["text"], "Your link: http://x/?handoff=abc");
    let other = send(&app, Request::get("/sms/v1/outbox?to=%2B4915100000000").body(Body::empty()).unwrap()).await;
    assert_eq!(other.json()["messages"], json!([]));
}

#[tokio::test]
async fn a_wrong_key_a_national_number_or_an_empty_text_is_refused() {
    let app = kyc_sandbox::app(config());
    assert_eq!(send(&app, message("wrong", "+4915123456789", "hi")).await.status, StatusCode::UNAUTHORIZED);
    let national = send(&app, message("sandbox-sms-key", "015123456789", "hi")).await;
    assert_eq!(national.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(national.json()["error"]["code"], "invalid_number");
    let empty = send(&app, message("sandbox-sms-key", "+4915123456789", " ")).await;
    assert_eq!(empty.json()["error"]["code"], "invalid_text");
    let outbox = send(&app, Request::get("/sms/v1/outbox?to=%2B4915123456789").body(Body::empty()).unwrap()).await;
    assert_eq!(outbox.json()["messages"], json!([]), "nothing refused was kept");
}
