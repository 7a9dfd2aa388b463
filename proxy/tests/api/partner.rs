use crate::helpers::{person, TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use std::time::Duration;

async fn newest_session_id(app: &TestApp) -> String {
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    assert_eq!(list.status, StatusCode::OK);
    list.body[0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_partner_api_needs_a_partner_key_not_a_browser_token() {
    let app = TestApp::spawn().await;
    let browser_token = app.session_create().await;
    for key in [None, Some("wrong"), Some(browser_token.as_str())] {
        let reply = app.request(Method::GET, "/partner/v1/sessions", key, None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.body["error"]["code"], "unauthorized");
    }
}

#[tokio::test]
async fn the_product_team_sees_entered_data_consent_times_and_the_failure_reason() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-ABORTIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;
    app.status_show(&token).await;

    let id = newest_session_id(&app).await;
    assert!(id.starts_with("ses_") && !id.contains(&token));
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert_eq!(detail.body["person"]["first_name"], "X-AUTOTEST-ABORTIDENT");
    assert_eq!(detail.body["consents"][0]["given_at"], "2026-01-01T10:00:00.000Z");
    assert_eq!(detail.body["status"], "aborted");
    assert_eq!(detail.body["failure_reason"], "TECH_VIDEO");
    assert!(detail.body["provider"]["reference"].as_str().unwrap().starts_with("TST-"), "support staff see it");
    let docs = app.request(Method::GET, &format!("/partner/v1/sessions/{id}/documents"), Some(PARTNER_KEY), None).await;
    assert_eq!(docs.status, StatusCode::CONFLICT, "no documents without a successful identification");
}

#[tokio::test]
async fn after_success_the_kyc_report_can_be_listed_and_downloaded() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;
    for _ in 0..100 {
        if app.status_show(&token).await.body["status"] == "successful" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let id = newest_session_id(&app).await;
    let docs = app.request(Method::GET, &format!("/partner/v1/sessions/{id}/documents"), Some(PARTNER_KEY), None).await;
    assert_eq!(docs.status, StatusCode::OK, "{:?}", docs.body);
    let report =
        docs.body.as_array().unwrap().iter().find(|d| d["document_type"] == "KYC_REPORT").expect("a KYC report");
    let doc_id = report["id"].as_str().unwrap();
    let file = app.raw(Method::GET, &format!("/partner/v1/sessions/{id}/documents/{doc_id}"), Some(PARTNER_KEY)).await;
    assert_eq!(file.0, StatusCode::OK);
    assert_eq!(file.1, "application/pdf");
    assert!(file.2.starts_with(b"%PDF-"));
    let other = app.raw(Method::GET, &format!("/partner/v1/sessions/{id}/documents/0000cdoc"), Some(PARTNER_KEY)).await;
    assert_eq!(other.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_session_made_by_the_product_team_opens_once_in_the_browser_with_its_prefill() {
    let app = TestApp::spawn().await;
    let body = serde_json::json!({ "language": "de", "prefill": { "first_name": "Zoë", "email": "zoe@example.com" } });
    let created = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let url = created.body["url"].as_str().unwrap();
    assert!(url.starts_with("http://kyc.test/?launch=") && url.ends_with("&lang=de"), "{url}");
    // Only a random code and the language: never the prefilled data (a random code may contain
    // any two letters, so the check is on the parameters, not on substrings).
    let query = url.split_once('?').unwrap().1;
    let keys: Vec<_> = query.split('&').map(|p| p.split('=').next().unwrap()).collect();
    assert_eq!(keys, ["launch", "lang"]);
    assert!(!url.contains("zoe%40") && !url.contains("zoe@"), "no personal data in the link");
    let code = url.split("launch=").nth(1).unwrap().split('&').next().unwrap();

    let launch = serde_json::json!({ "code": code });
    let token = app.request(Method::POST, "/api/sessions/launch", None, Some(launch.clone())).await;
    assert_eq!(token.status, StatusCode::CREATED);
    let token = token.body["token"].as_str().unwrap();
    let session = app.session_show(token).await.body;
    assert_eq!(session["draft"]["first_name"], "Zoë");
    assert_eq!(session["person_saved"], false, "prefilled data is confirmed by the user first");

    let again = app.request(Method::POST, "/api/sessions/launch", None, Some(launch)).await;
    assert_eq!(again.status, StatusCode::GONE, "a link works once");
    assert_eq!(again.body["error"]["code"], "link_expired");
    let id = created.body["id"].as_str().unwrap();
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::OK);
}

#[tokio::test]
async fn only_a_partner_may_create_sessions_and_unknown_codes_are_gone() {
    let app = TestApp::spawn().await;
    let reply = app.request(Method::POST, "/partner/v1/sessions", None, Some(serde_json::json!({}))).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let bogus = serde_json::json!({ "code": "not-a-code" });
    assert_eq!(app.request(Method::POST, "/api/sessions/launch", None, Some(bogus)).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn locked_prefilled_fields_are_shown_but_cannot_be_changed() {
    let app = TestApp::spawn().await;
    let body = serde_json::json!({
        "flow": "solaris_idnow",
        "prefill": { "first_name": "Jane", "last_name": "Doe" },
        "locked_fields": ["last_name"],
    });
    let created = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let url = created.body["url"].as_str().unwrap();
    let code = url.split("launch=").nth(1).unwrap().split('&').next().unwrap();
    let launched =
        app.request(Method::POST, "/api/sessions/launch", None, Some(serde_json::json!({ "code": code }))).await;
    let token = launched.body["token"].as_str().unwrap();
    let session = app.session_show(token).await.body;
    assert_eq!(session["locked"], serde_json::json!(["last_name"]));
    assert_eq!(session["flow"]["id"], "solaris_idnow");

    let mut changed = person("Jane");
    changed["last_name"] = "Smith".into();
    let refused = app.person_update(token, changed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["error"]["fields"][0]["field"], "last_name");
    assert_eq!(refused.body["error"]["fields"][0]["code"], "locked");
    assert_eq!(app.person_update(token, person("Jane")).await.status, StatusCode::OK, "the locked value as given");
}

#[tokio::test]
async fn an_unknown_flow_or_a_lock_without_a_value_is_a_bad_request() {
    let app = TestApp::spawn().await;
    let unknown = serde_json::json!({ "flow": "teleport" });
    let reply = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(unknown)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body["error"]["message"].as_str().unwrap().contains("solaris_idnow"), "names the known flows");
    let lock = serde_json::json!({ "locked_fields": ["email"], "prefill": { "first_name": "Jane" } });
    let reply = app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(lock)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}
