use crate::helpers::{person, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn a_consent_is_stored_with_the_users_time_and_the_proxys_receipt_time() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    app.person_update(&token, person("Jane")).await;
    let reply = app.consent_update(&token, "terms_conditions", "2026-01-01T10:00:00Z").await;
    assert_eq!(reply.status, StatusCode::OK);
    let consent = &reply.body["consents"][0];
    assert_eq!(consent["kind"], "terms_conditions");
    assert_eq!(consent["given_at"], "2026-01-01T10:00:00.000Z");
    assert!(consent["received_at"].as_str().unwrap().ends_with('Z'));
    assert_ne!(consent["received_at"], consent["given_at"]);
    assert_eq!(reply.body["furthest_step"], "consents", "one consent is not enough");

    let reply = app.consent_update(&token, "data_processing", "2026-01-01T10:00:05Z").await;
    assert_eq!(reply.body["furthest_step"], "identification");
}

#[tokio::test]
async fn a_withdrawn_consent_is_gone_and_the_step_closes_again() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("Jane").await;
    let reply = app.consent_delete(&token, "data_processing").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["consents"].as_array().unwrap().len(), 1);
    assert_eq!(reply.body["furthest_step"], "consents");
}

#[tokio::test]
async fn local_times_future_times_and_unknown_kinds_are_refused() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    app.person_update(&token, person("Jane")).await;
    assert_eq!(
        app.consent_update(&token, "terms_conditions", "2026-01-01T10:00:00+01:00").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.consent_update(&token, "terms_conditions", "2999-01-01T10:00:00Z").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(app.consent_update(&token, "marketing", "2026-01-01T10:00:00Z").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn consents_need_saved_personal_data_first() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let reply = app.consent_update(&token, "terms_conditions", "2026-01-01T10:00:00Z").await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
}
