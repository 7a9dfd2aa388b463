use crate::helpers::TestApp;
use axum::http::{Method, StatusCode};

#[tokio::test]
async fn a_new_session_starts_empty_on_the_personal_data_step() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let reply = app.session_show(&token).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["furthest_step"], "personal_data");
    assert_eq!(reply.body["person_saved"], false);
    assert_eq!(reply.body["person"]["first_name"], "");
}

#[tokio::test]
async fn a_new_session_comes_with_what_the_app_reads_first_so_the_first_screen_needs_one_round_trip() {
    let app = TestApp::spawn().await;
    let created = app.request(Method::POST, "/api/sessions", None, None).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let token = created.body["token"].as_str().unwrap();
    assert_eq!(created.body["session"], app.session_show(token).await.body);
    assert_eq!(created.body["session"]["furthest_step"], "personal_data");
}

#[tokio::test]
async fn an_unknown_or_missing_token_is_refused_in_the_one_error_shape() {
    let app = TestApp::spawn().await;
    for token in [Some("not-a-real-token"), None] {
        let reply = app.request(Method::GET, "/api/session", token, None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.body["error"]["code"], "unauthorized");
    }
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s_not_the_spa() {
    let app = TestApp::spawn().await;
    let reply = app.request(Method::GET, "/api/nope", None, None).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.body["error"]["code"], "not_found");
}
