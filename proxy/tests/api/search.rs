//! Finding a team's sessions: pages linked by a cursor, filters, and the team's own reference.

use crate::helpers::{TestApp, PARTNER_KEY};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

/// The list at `path` and its next page's path (from `Link: <…>; rel="next"`).
async fn page(app: &TestApp, path: &str) -> (Vec<Value>, Option<String>) {
    let req = Request::get(path).header("authorization", format!("Bearer {PARTNER_KEY}")).body(Body::empty()).unwrap();
    let res = app.router().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let next = res.headers().get("link").map(|l| {
        let l = l.to_str().unwrap();
        assert!(l.ends_with("; rel=\"next\""), "{l}");
        l[1..l.find('>').unwrap()].to_owned()
    });
    let body: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
    (body.as_array().unwrap().clone(), next)
}

async fn create(app: &TestApp, body: Value) -> (StatusCode, Value) {
    let reply = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn sessions_are_found_page_by_page_by_filter_and_by_the_teams_own_reference() {
    let app = TestApp::spawn().await;
    let mut made = Vec::new();
    for n in 0..5 {
        let flow = if n % 2 == 0 { "solaris_idnow" } else { "onfido_documents" };
        let (status, body) = create(&app, json!({ "flow": flow, "external_id": format!("customer-{n}") })).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        made.push(body["id"].as_str().unwrap().to_owned());
    }
    made.reverse();

    // Two at a time, newest first, each page linking the next; the last links none.
    let mut seen = Vec::new();
    let mut next = Some("/partner/v1/sessions?limit=2".to_owned());
    while let Some(path) = next {
        let (rows, after) = page(&app, &path).await;
        assert!(rows.len() <= 2);
        seen.extend(rows.iter().map(|r| r["id"].as_str().unwrap().to_owned()));
        next = after;
    }
    assert_eq!(seen, made);

    let (rows, _) = page(&app, "/partner/v1/sessions?external_id=customer-3").await;
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0]["id"].as_str().unwrap(), &rows[0]["external_id"]), (made[1].as_str(), &json!("customer-3")));
    assert_eq!(rows[0]["flow"], "onfido_documents");
    let (rows, _) = page(&app, "/partner/v1/sessions?flow=onfido_documents").await;
    assert_eq!(rows.len(), 2);
    let (rows, _) = page(&app, "/partner/v1/sessions?status=none&created_after=2020-01-01T00:00:00Z").await;
    assert_eq!(rows.len(), 5, "none has started an identification");
    let (rows, _) = page(&app, "/partner/v1/sessions?outcome=successful").await;
    assert!(rows.is_empty());
    let (rows, _) = page(&app, "/partner/v1/sessions?created_before=2020-01-01T00:00:00Z").await;
    assert!(rows.is_empty());
}

#[tokio::test]
async fn a_reference_is_unique_within_the_team_and_bad_queries_are_refused_clearly() {
    let app = TestApp::spawn().await;
    assert_eq!(create(&app, json!({ "external_id": "app-42" })).await.0, StatusCode::CREATED);
    let (status, body) = create(&app, json!({ "external_id": "app-42" })).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("external_id"));
    assert_eq!(create(&app, json!({ "external_id": "has space" })).await.0, StatusCode::BAD_REQUEST);
    for query in [
        "status=approved",
        "outcome=pending",
        "flow=nope",
        "limit=0",
        "limit=201",
        "created_after=yesterday",
        "colour=red",
    ] {
        let reply = app.request(Method::GET, &format!("/partner/v1/sessions?{query}"), Some(PARTNER_KEY), None).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{query}: {}", reply.body);
        assert!(!reply.body["error"]["message"].as_str().unwrap().is_empty(), "{query}");
    }
}
