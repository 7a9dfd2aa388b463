//! Sandbox limits and broken requests around persons.

use crate::client::Sim;
use crate::support::{config, send};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::json;

#[tokio::test]
async fn the_thousand_and_first_identical_person_is_refused() {
    let sim = Sim::new(config()).await;
    let body = json!({"first_name": "Jane", "last_name": "Doe", "birth_city": "Berlin", "birth_date": "1992-12-11"});
    for _ in 0..1000 {
        assert_eq!(sim.api(Method::POST, "/v1/persons", Some(body.clone())).await.status, StatusCode::CREATED);
    }
    let refused = sim.api(Method::POST, "/v1/persons", Some(body)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let other_city =
        json!({"first_name": "Jane", "last_name": "Doe", "birth_city": "Bonn", "birth_date": "1992-12-11"});
    assert_eq!(sim.api(Method::POST, "/v1/persons", Some(other_city)).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn malformed_json_and_unknown_persons_get_solaris_errors() {
    let sim = Sim::new(config()).await;
    let request = Request::post("/v1/persons")
        .header("authorization", format!("Bearer {}", sim.token))
        .header("content-type", "application/json")
        .body(Body::from("{\"first_name\":"))
        .unwrap();
    let broken = send(&sim.app, request).await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_eq!(broken.json()["errors"][0]["code"], "invalid_json");
    let missing = sim.api(Method::GET, "/v1/persons/0123456789abcdef0123456789abcdefcper", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["errors"][0]["code"], "model_not_found");
}
