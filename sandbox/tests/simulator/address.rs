//! The address API through `app()`: its key, suggestions, verdicts and errors.

use crate::support::{config, send, Answer};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use kyc_sandbox::{app, SandboxConfig};
use serde_json::{json, Value};

const KEY: &str = "sandbox-address-key";

async fn call(app: &Router, method: Method, path: &str, key: Option<&str>, body: &str) -> Answer {
    let mut request = Request::builder().method(method).uri(path).header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = key {
        request = request.header("x-api-key", key);
    }
    send(app, request.body(Body::from(body.to_owned())).unwrap()).await
}

async fn post(path: &str, body: Value) -> Value {
    let answer = call(&app(config()), Method::POST, path, Some(KEY), &body.to_string()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.json()
}

#[tokio::test]
async fn suggestions_come_in_the_documented_shape() {
    let body = post("/address/v1/suggest", json!({"country": "DE", "query": "Amrumer", "limit": 5})).await;
    let expected = json!({"suggestions": [
        {"street": "Amrumer Straße", "postal_code": "13353", "city": "Berlin", "country": "DE", "state": null}
    ]});
    assert_eq!(body, expected);
    let us = post("/address/v1/suggest", json!({"country": "us", "query": "fifth av", "limit": 2})).await;
    assert_eq!(us["suggestions"].as_array().unwrap().len(), 2);
    assert_eq!(us["suggestions"][0]["state"], "NY");
    let short = post("/address/v1/suggest", json!({"country": "DE", "query": "a"})).await;
    assert_eq!(short, json!({"suggestions": []}));
}

#[tokio::test]
async fn verdicts_confirm_correct_or_refuse() {
    let address = |street: &str, number: &str| json!({"street": street, "house_number": number, "postal_code": "13353", "city": "berlin", "country": "DE"});
    let corrected = post("/address/v1/verify", address("Amrumer Str.", "14")).await;
    let official = json!({"street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin",
        "country": "DE", "state": null});
    assert_eq!(corrected, json!({"verdict": "corrected", "address": official, "reason": null}));
    let confirmed = json!({"street": "Yonge Street", "house_number": "220", "postal_code": "M5B 2H1", "city": "Toronto",
        "country": "CA", "state": "ON"});
    assert_eq!(post("/address/v1/verify", confirmed.clone()).await["verdict"], "confirmed");
    let out_of_range = post("/address/v1/verify", address("Amrumer Straße", "99")).await;
    assert_eq!(out_of_range, json!({"verdict": "not_found", "address": null, "reason": "house_number_out_of_range"}));
    let unknown = post("/address/v1/verify", address("Erfundene Gasse", "1")).await;
    assert_eq!((&unknown["verdict"], &unknown["reason"]), (&json!("not_found"), &json!("unknown_street")));
}

#[tokio::test]
async fn only_the_configured_api_key_opens_the_api() {
    let app = app(config());
    let body = json!({"country": "DE", "query": "Amrumer"}).to_string();
    for path in ["/address/v1/suggest", "/address/v1/verify"] {
        for key in [None, Some("wrong"), Some("")] {
            let answer = call(&app, Method::POST, path, key, &body).await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{path} {key:?}");
            assert_eq!(answer.json()["error"], "invalid_api_key");
        }
    }
    let own = app_with_key("another-key");
    assert_eq!(
        call(&own, Method::POST, "/address/v1/suggest", Some(KEY), &body).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&own, Method::POST, "/address/v1/suggest", Some("another-key"), &body).await.status,
        StatusCode::OK
    );
}

fn app_with_key(key: &str) -> Router {
    app(SandboxConfig { address_api_key: key.to_owned(), ..config() })
}

#[tokio::test]
async fn bad_requests_unknown_paths_and_methods_get_json_errors() {
    let app = app(config());
    for (path, body) in [
        ("/address/v1/suggest", "not json"),
        ("/address/v1/suggest", r#"{"country": "XX", "query": "Amrumer"}"#),
        ("/address/v1/suggest", r#"{"country": "DE"}"#),
        ("/address/v1/suggest", r#"{"country": "DE", "query": "Amrumer", "limit": -1}"#),
        ("/address/v1/verify", r#"{"street": "Amrumer Straße", "country": "DE"}"#),
        (
            "/address/v1/verify",
            r#"{"street": 1, "house_number": "1", "postal_code": "1", "city": "B", "country": "DE"}"#,
        ),
    ] {
        let answer = call(&app, Method::POST, path, Some(KEY), body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer.json()["error"], "invalid_request", "{body}");
        assert!(answer.json()["message"].is_string());
    }
    let missing = call(&app, Method::POST, "/address/v1/nothing", Some(KEY), "{}").await;
    assert_eq!((missing.status, missing.json()["error"].clone()), (StatusCode::NOT_FOUND, json!("not_found")));
    let wrong_method = call(&app, Method::GET, "/address/v1/suggest", Some(KEY), "").await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.json()["error"], "method_not_allowed");
}
