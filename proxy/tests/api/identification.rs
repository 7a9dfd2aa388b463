use crate::helpers::{finish_call, TestApp};
use axum::http::StatusCode;
use serde_json::Value;
use std::time::Duration;

/// Polls the status like the SPA does until it is final (bounded).
async fn final_status(app: &TestApp, token: &str) -> Value {
    for _ in 0..100 {
        let reply = app.status_show(token).await;
        assert_eq!(reply.status, StatusCode::OK);
        if reply.body["final"] == true {
            return reply.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("status never became final");
}

#[tokio::test]
async fn the_identification_needs_both_consents() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("Jane").await;
    app.consent_delete(&token, "terms_conditions").await;
    let reply = app.identification_create(&token).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.body["error"]["code"], "conflict");
}

#[tokio::test]
async fn happy_path_ends_successful_and_the_reference_never_leaves_the_proxy() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let reply = app.identification_create(&token).await;
    assert_eq!(reply.status, StatusCode::OK);
    let url = reply.body["url"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&app.sandbox_url), "{url}");
    assert_eq!(reply.body["status"], "pending");
    assert!(reply.body.get("reference").is_none());

    let again = app.identification_create(&token).await;
    assert_eq!(again.body["url"], url.as_str(), "starting twice reuses the identification");

    let session = app.session_show(&token).await.body.to_string();
    assert!(!session.contains("TST-") && !session.contains("reference"), "{session}");

    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "successful");
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
}

#[tokio::test]
async fn fraud_ends_failed_without_a_reason() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-FRAUDIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "failed");
    assert_eq!(status["reason"], Value::Null);
}

#[tokio::test]
async fn an_aborted_call_gives_its_reason_and_can_be_retried_with_the_same_url() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-ABORTIDENT").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "aborted");
    assert_eq!(status["reason"], "TECH_VIDEO");
    let retry = app.identification_create(&token).await;
    assert_eq!(retry.body["url"], url.as_str());
}

#[tokio::test]
async fn personal_data_is_locked_once_the_identification_started() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-LONGREVIEW").await;
    app.identification_create(&token).await;
    let reply = app.person_update(&token, crate::helpers::person("Other")).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn after_changeall_the_agents_corrections_are_stored_and_shown() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-CHANGEALL").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    finish_call(&url).await;
    let status = final_status(&app, &token).await;
    assert_eq!(status["status"], "successful");
    let corrections = status["corrections"].as_array().unwrap();
    let fields: Vec<&str> = corrections.iter().map(|c| c["field"].as_str().unwrap()).collect();
    assert!(fields.contains(&"first_name") && fields.contains(&"street"), "{fields:?}");
    let first = &corrections[0];
    assert_eq!(first["entered"], "X-AUTOTEST-CHANGEALL");
    assert_ne!(first["verified"], first["entered"]);
}

#[tokio::test]
async fn no_poll_sees_the_decision_before_the_agents_corrections() {
    // The page stops polling at a final status: one answer without the corrections hides them
    // for good. Pollers out of step with each other, and the webhook's refresh, run at once.
    let app = TestApp::spawn_with_webhooks().await;
    let token = app.ready_session("X-AUTOTEST-CHANGEALL").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    let poller = |pause: u64| {
        let (app, token) = (&app, token.clone());
        async move {
            for _ in 0..1000 {
                let body = app.status_show(&token).await.body;
                if body["final"] == true {
                    return body;
                }
                tokio::time::sleep(Duration::from_micros(pause)).await;
            }
            panic!("status never became final");
        }
    };
    let finals = tokio::join!(
        finish_call(&url),
        poller(100),
        poller(300),
        poller(500),
        poller(700),
        poller(1100),
        poller(1300),
        poller(1700),
        poller(1900)
    );
    let (_, a, b, c, d, e, f, g, h) = finals;
    for body in [a, b, c, d, e, f, g, h] {
        assert!(!body["corrections"].as_array().unwrap().is_empty(), "a final answer without corrections: {body}");
    }
}

#[tokio::test]
async fn the_accepted_documents_are_listed_before_the_call_without_starting_it() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let docs = app.request(axum::http::Method::GET, "/api/session/identification/documents", Some(&token), None).await;
    assert_eq!(docs.status, StatusCode::OK);
    let kinds: Vec<&str> = docs.body.as_array().unwrap().iter().map(|d| d["type"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"PASSPORT") && kinds.contains(&"ID_CARD"), "{kinds:?}");
    let session = app.session_show(&token).await.body;
    assert_eq!(session["identification"], Value::Null, "listing documents does not start the call");
    assert_eq!(session["furthest_step"], "identification");
    // The data may still change before the call; the prepared identification is made again.
    assert_eq!(app.person_update(&token, crate::helpers::person("X-AUTOTEST-HAPPYPATH")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_document_without_address_needs_a_recent_proof_of_address() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let start =
        |body: Value| app.request(axum::http::Method::POST, "/api/session/identification", Some(&token), Some(body));
    let passport = serde_json::json!({"kind": "PASSPORT", "issuing_country": "DE"});
    let reply = start(serde_json::json!({ "document": passport })).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let old = serde_json::json!({ "document": passport, "proof_of_address": {"type": "GAS_BILL", "issued_at": "2020-01-01"} });
    assert_eq!(start(old).await.status, StatusCode::BAD_REQUEST);

    let today = kyc_proxy::clock::now().date().to_string();
    let ok = serde_json::json!({ "document": passport, "proof_of_address": {"type": "GAS_BILL", "issued_at": today} });
    let reply = start(ok).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert_eq!(reply.body["status"], "pending");
}

#[tokio::test]
async fn a_german_id_card_shows_the_address_so_no_proof_is_asked() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let body = serde_json::json!({ "document": {"kind": "ID_CARD", "issuing_country": "DE"} });
    let reply = app.request(axum::http::Method::POST, "/api/session/identification", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
}

#[tokio::test]
async fn holdcertificate_is_refused_cleanly_because_it_exists_only_for_esigning() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HOLDCERTIFICATE").await;
    let reply = app.identification_create(&token).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["error"]["code"], "provider_refused");
    assert!(!reply.body.to_string().contains("HOLDCERTIFICATE"), "provider details stay in the log");
}

#[tokio::test]
async fn after_the_link_expired_starting_again_gives_a_new_identification() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let first = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    // Fourteen days later: the stored status says expired (as Solaris would report it).
    let hash = kyc_proxy::auth::token_hash(&token);
    let session = app.store.session_find(hash, 0).await.unwrap().unwrap();
    let now = kyc_proxy::clock::now();
    let status = kyc_core::IdentificationStatus::Expired;
    app.store.identification_update(session, status, None, None, now).await.unwrap();
    assert_eq!(app.status_show(&token).await.body["status"], "expired");

    let again = app.identification_create(&token).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body["status"], "pending");
    assert_ne!(again.body["url"], first.as_str(), "a new link");
}

/// The identification as the simulator keeps it, read as the real API is read (its own token).
async fn at_solaris(app: &TestApp, token: &str) -> Value {
    let session = app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap();
    let rec = app.store.identification_load(session).await.unwrap().unwrap();
    let token_url = format!("{}/oauth2/token", app.sandbox_url);
    let bearer = crate::helpers::sandbox_token(token_url, "sandbox-client", "sandbox-secret", "partners").await;
    let url = format!(
        "{}/v1/persons/{}/identifications/{}",
        app.sandbox_url, rec.provider_person_id, rec.provider_identification_id
    );
    crate::helpers::json_of(reqwest::Client::new().get(url).bearer_auth(bearer)).await
}

#[tokio::test]
async fn the_video_call_is_held_in_german_for_a_german_user_in_english_otherwise() {
    let app = TestApp::spawn().await;
    for (ui, expected) in [("de", "DE"), ("fr", "EN"), ("nl", "EN"), ("en", "EN")] {
        let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
        let path = format!("/api/session/identification/documents?language={ui}");
        let listed = app.request(axum::http::Method::GET, &path, Some(&token), None).await;
        assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
        assert_eq!(at_solaris(&app, &token).await["language"], expected, "{ui}");
    }
}

#[tokio::test]
async fn an_address_nobody_could_confirm_is_proven_in_the_call_and_the_team_sees_the_proof() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let mut moved = crate::helpers::person("X-AUTOTEST-HAPPYPATH");
    moved["street"] = serde_json::json!("Nirgendwostraße");
    assert_eq!(app.person_update(&token, moved).await.body["address_check"]["verdict"], "not_found");
    let start =
        |body: Value| app.request(axum::http::Method::POST, "/api/session/identification", Some(&token), Some(body));
    // A German ID card shows the address, but this address is the one nobody could confirm.
    let id_card = serde_json::json!({"kind": "ID_CARD", "issuing_country": "DE"});
    let refused = start(serde_json::json!({ "document": id_card })).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body["error"]["message"].as_str().unwrap().contains("could not be confirmed"), "{}", refused.body);

    let today = kyc_proxy::clock::now().date().to_string();
    let proof = serde_json::json!({"type": "CERTIFICATE_OF_REGISTRATION", "issued_at": today});
    let started = start(serde_json::json!({ "document": id_card, "proof_of_address": proof })).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let at_solaris = at_solaris(&app, &token).await;
    assert_eq!(at_solaris["proof_of_address_type"], "CERTIFICATE_OF_REGISTRATION", "the agent sees it in the call");

    let key = Some(crate::helpers::PARTNER_KEY);
    let list = app.request(axum::http::Method::GET, "/partner/v1/sessions", key, None).await.body;
    let path = format!("/partner/v1/sessions/{}", list[0]["id"].as_str().unwrap());
    let detail = app.request(axum::http::Method::GET, &path, key, None).await.body;
    assert_eq!(
        detail["proof_of_address"],
        serde_json::json!({"reason": "address_not_confirmed", "type": "CERTIFICATE_OF_REGISTRATION", "issued_at": today})
    );
}
