use crate::helpers::{person, TestApp};
use axum::http::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn suggestions_come_from_the_address_service_for_the_chosen_country() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let body = json!({ "country": "DE", "query": "amrumer str" });
    let reply = app.request(Method::POST, "/api/address/suggestions", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body[0]["street"], "Amrumer Straße");
    assert_eq!(reply.body[0]["postal_code"], "13353");
    let short = app
        .request(Method::POST, "/api/address/suggestions", Some(&token), Some(json!({"country": "DE", "query": "a"})))
        .await;
    assert_eq!(short.body, json!([]));
    let anonymous = app
        .request(Method::POST, "/api/address/suggestions", None, Some(json!({"country": "DE", "query": "amrum"})))
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_saved_address_is_checked_and_its_official_spelling_offered() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let mut body = person("Jane");
    body["street"] = json!("Amrumer Str.");
    let reply = app.person_update(&token, body).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["address_check"]["verdict"], "corrected");
    assert_eq!(reply.body["address_check"]["street"], "Amrumer Straße");

    let reply = app.person_update(&token, person("Jane")).await;
    assert_eq!(reply.body["address_check"]["verdict"], "confirmed");
}

#[tokio::test]
async fn an_unknown_address_may_still_be_saved_and_is_marked_for_a_proof_of_address() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let mut body = person("Jane");
    body["street"] = json!("Nirgendwostraße");
    let reply = app.person_update(&token, body).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["address_check"]["verdict"], "not_found");
    assert_eq!(reply.body["furthest_step"], "consents");
}
