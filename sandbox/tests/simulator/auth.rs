use crate::client::Sim;
use crate::support::{config, issue_token, send};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use kyc_sandbox::app;
use std::time::Duration;

#[tokio::test]
async fn the_configured_client_gets_a_bearer_token() {
    let answer = issue_token(&app(config())).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    let body = answer.json();
    assert_eq!(body["expires_in"], 3599);
    assert_eq!(body["scope"], "partners");
    assert_eq!(body["token_type"], "bearer");
    assert!(body["access_token"].as_str().unwrap().len() >= 32);
}

#[tokio::test]
async fn wrong_client_credentials_are_refused_in_the_solaris_format() {
    let request = Request::post("/oauth2/token")
        .header(header::AUTHORIZATION, "Basic c2FuZGJveC1jbGllbnQ6d3Jvbmc=") // sandbox-client:wrong
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=client_credentials"))
        .unwrap();
    let answer = send(&app(config()), request).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    let error = &answer.json()["errors"][0];
    assert_eq!(error["status"], 401);
    assert!(error["id"].as_str().unwrap().ends_with("ex"));
}

#[tokio::test]
async fn only_the_client_credentials_grant_is_offered() {
    let request = Request::post("/oauth2/token")
        .header(header::AUTHORIZATION, crate::support::BASIC)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=password"))
        .unwrap();
    assert_eq!(send(&app(config()), request).await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_api_tells_a_missing_token_from_an_unknown_one() {
    let app = app(config());
    let missing = send(&app, Request::get("/v1/persons/x").body(Body::empty()).unwrap()).await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.json()["errors"][0]["code"], "token_required");
    let unknown =
        Request::get("/v1/persons/x").header(header::AUTHORIZATION, "Bearer nope").body(Body::empty()).unwrap();
    let unknown = send(&app, unknown).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.json()["errors"][0]["code"], "invalid_token");
}

#[tokio::test(start_paused = true)]
async fn a_token_expires_after_3599_seconds() {
    let sim = Sim::new(config()).await;
    tokio::time::advance(Duration::from_secs(3598)).await;
    assert_eq!(sim.api(Method::GET, "/v1/persons/unknown", None).await.status, StatusCode::NOT_FOUND);
    tokio::time::advance(Duration::from_secs(2)).await;
    let expired = sim.api(Method::GET, "/v1/persons/unknown", None).await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    assert_eq!(expired.json()["errors"][0]["code"], "invalid_token");
}
