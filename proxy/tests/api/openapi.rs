//! `/openapi.json` and the router agree: every described operation is served, and every route
//! of the API is described (the routers register a handler only together with its description,
//! `routes!`; no plain `.route(…)` may add one beside them).

use crate::helpers::TestApp;
use axum::http::{Method, StatusCode};
use serde_json::Value;

async fn document(app: &TestApp) -> Value {
    let (status, content_type, bytes) = app.raw(Method::GET, "/openapi.json", None).await;
    assert_eq!((status, content_type.as_str()), (StatusCode::OK, "application/json"));
    serde_json::from_slice(&bytes).unwrap()
}

/// The operations the document describes: (method, path with its parameters filled in).
fn operations(doc: &Value) -> Vec<(Method, String)> {
    let mut all = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let concrete: String = path
            .split('/')
            .map(|part| if part.starts_with('{') { "probe" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().unwrap().keys() {
            if let Ok(method) = method.to_uppercase().parse::<Method>() {
                all.push((method, concrete.clone()));
            }
        }
    }
    all
}

#[tokio::test]
async fn the_document_is_openapi_3_1_with_both_apis_their_security_and_the_error_shape() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    let paths = doc["paths"].as_object().unwrap();
    for path in ["/api/session/status", "/api/session/risk", "/api/session/phone-check", "/api/session/account/tax"] {
        assert!(paths.contains_key(path), "{path} is not described");
    }
    for path in ["/partner/v1/sessions", "/partner/v1/sessions/{public_id}", "/partner/v1/webhooks/{id}/deliveries"] {
        assert!(paths.contains_key(path), "{path} is not described");
    }
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["session"]["scheme"], "bearer");
    assert_eq!(schemes["partner_key"]["scheme"], "bearer");
    assert_eq!(paths["/partner/v1/sessions"]["get"]["security"][0]["partner_key"], serde_json::json!([]));
    assert_eq!(paths["/api/session/status"]["get"]["security"][0]["session"], serde_json::json!([]));
    let error = &paths["/api/session/status"]["get"]["responses"]["401"]["content"]["application/json"]["schema"];
    assert_eq!(error["$ref"], "#/components/schemas/ErrorBody");
    assert!(doc["components"]["schemas"]["ErrorDetail"].is_object());
}

#[tokio::test]
async fn every_event_a_team_can_subscribe_to_is_a_described_webhook() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let webhooks = doc["webhooks"].as_object().unwrap();
    for kind in kyc_proxy::store::outbox::EventType::ALL {
        let body = &webhooks[kind.as_str()]["post"]["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(body["$ref"], "#/components/schemas/WebhookEvent", "{}", kind.as_str());
    }
    let types = &doc["components"]["schemas"]["EventType"]["enum"];
    assert_eq!(types.as_array().unwrap().len(), kyc_proxy::store::outbox::EventType::ALL.len());
}

#[tokio::test]
async fn every_described_operation_is_served() {
    let app = TestApp::spawn().await;
    let doc = document(&app).await;
    let operations = operations(&doc);
    assert!(operations.len() >= 40, "{} operations", operations.len());
    for (method, path) in operations {
        // A served path answers a method it lacks with 405; an unknown one falls through to 404.
        let reply = app.request(Method::PATCH, &path, None, None).await;
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "PATCH {path}: the path is not served");
        let reply = app.request(method.clone(), &path, None, None).await;
        assert_ne!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path} is not served");
        assert!(reply.status.as_u16() < 500 || reply.status == StatusCode::SERVICE_UNAVAILABLE, "{method} {path}");
    }
}

#[test]
fn no_api_route_is_added_without_its_description() {
    // The only plain routes: the SPA's pages, this document, the metrics port and the demo host
    // (which is not part of the API).
    let allowed = ["src/lib.rs", "src/metrics.rs", "src/demo.rs"];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src")];
    let mut offenders = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let is_test = relative.ends_with("tests.rs") || relative.contains("/tests/");
            if path.extension().is_some_and(|e| e == "rs") && !is_test && !allowed.contains(&relative.as_str()) {
                let text = std::fs::read_to_string(&path).unwrap();
                // A module's own unit tests (at its end) may build little routers of their own.
                let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                if text.contains(".route(") || text.contains(".route_service(") {
                    offenders.push(relative);
                }
            }
        }
    }
    assert!(offenders.is_empty(), "routes outside routes!(…), so undescribed: {offenders:?}");
}
