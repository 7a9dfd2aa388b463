//! Solaris after a crash between a creating call and the save of its result: the first
//! attempt's call reached the simulator and was announced in the store, its result never
//! saved. The retry adopts the person or identification instead of creating a second one, and
//! the session reaches the same decision.

use crate::helpers::{finish_call, json_of, person, sandbox_token, TestApp};
use axum::http::{Method, StatusCode};
use kyc_core::flow::FlowId;
use kyc_core::{CalendarDate, PersonalData, PersonalDataInput};
use kyc_proxy::providers::solaris::{ConsentTimes, SolarisClient, SolarisConfig, IDENTIFICATION_STEP, PERSON_STEP};
use kyc_proxy::store::SessionRecord;
use serde_json::{json, Value};
use std::time::Duration;

const REFERENCE: &str = "kyc-00112233445566778899aabb";

fn solaris(app: &TestApp) -> SolarisClient {
    SolarisClient::new(SolarisConfig {
        base_url: app.sandbox_url.clone(),
        token_url: format!("{}/oauth2/token", app.sandbox_url),
        client_id: "sandbox-client".into(),
        client_secret: "sandbox-secret".to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// What the simulator lists at `path`, with a token of its own.
async fn listed(app: &TestApp, path: &str) -> Vec<Value> {
    let token_url = format!("{}/oauth2/token", app.sandbox_url);
    let bearer = sandbox_token(token_url, "sandbox-client", "sandbox-secret", "partners").await;
    let list = json_of(reqwest::Client::new().get(format!("{}{path}", app.sandbox_url)).bearer_auth(bearer)).await;
    list.as_array().unwrap_or_else(|| panic!("{list}")).clone()
}

/// `first_name`'s data as the proxy sends it to Solaris (see `helpers::person`).
fn person_data(first_name: &str) -> PersonalData {
    let input: PersonalDataInput = serde_json::from_value(person(first_name)).unwrap();
    let fields = FlowId::SolarisIdnow.definition().fields;
    PersonalData::parse(&input, &fields, CalendarDate::new(2026, 11, 21).unwrap()).unwrap()
}

/// The consent times of `TestApp::ready_session`.
fn consents(terms: &str) -> ConsentTimes {
    ConsentTimes {
        terms_conditions: terms.into(),
        data_processing: "2026-01-01T10:00:00Z".into(),
        declarations: "2026-01-01T10:00:00Z".into(),
    }
}

/// The happy path's person at Solaris, with the terms accepted at `terms`; returns its id.
async fn person_created(app: &TestApp, terms: &str) -> String {
    let data = person_data("X-AUTOTEST-HAPPYPATH");
    solaris(app).person_create(&data, &consents(terms)).await.unwrap()
}

async fn session_of(app: &TestApp, token: &str) -> SessionRecord {
    app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap()
}

/// Announces `step` as the first attempt did, just before its call.
async fn announced(app: &TestApp, session: SessionRecord, step: &'static str) {
    let now = kyc_proxy::clock::now().unix_millis();
    app.store.intent_open(session, step, REFERENCE.to_owned(), now).await.unwrap();
}

/// Polls the status until it is final (a video call passes through `pending_successful`).
async fn final_status(app: &TestApp, token: &str) -> Value {
    for _ in 0..100 {
        let reply = app.status_show(token).await;
        if reply.body["final"] == true {
            return reply.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("status never became final");
}

/// Starts the call, finishes it on the IDnow page and waits for the decision.
async fn decided(app: &TestApp, token: &str) -> Value {
    let reply = app.identification_create(token).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    finish_call(reply.body["url"].as_str().unwrap()).await;
    final_status(app, token).await
}

#[tokio::test]
async fn a_person_created_before_a_crash_is_adopted_not_created_again() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let session = session_of(&app, &token).await;
    announced(&app, session, PERSON_STEP).await;
    let first = person_created(&app, "2026-01-01T10:00:00Z").await;
    // Newer, so listed first: someone else's person with the same data (another session,
    // other consent times).
    let twin = person_created(&app, "2025-05-05T10:00:00Z").await;

    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    assert_eq!(listed(&app, "/v1/persons?page[size]=100").await.len(), 2, "the twin and the adopted one");
    assert_eq!(app.store.provider_person_load(session).await.unwrap().as_deref(), Some(first.as_str()));
    assert_eq!(listed(&app, &format!("/v1/persons/{twin}/identifications")).await.len(), 0);
    assert_eq!(listed(&app, &format!("/v1/persons/{first}/identifications")).await.len(), 1);
}

#[tokio::test]
async fn an_identification_created_before_a_crash_is_adopted_not_created_again() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let session = session_of(&app, &token).await;
    let client = solaris(&app);
    let person_id = person_created(&app, "2026-01-01T10:00:00Z").await;
    app.store.provider_person_save(session, person_id.clone()).await.unwrap();
    announced(&app, session, IDENTIFICATION_STEP).await;
    let first = client.identification_create(&person_id, None, None).await.unwrap();

    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    let identifications = listed(&app, &format!("/v1/persons/{person_id}/identifications")).await;
    assert_eq!(identifications.len(), 1);
    assert_eq!(identifications[0]["id"], first.id.as_str());
}

#[tokio::test]
async fn an_identification_with_a_proof_of_address_is_adopted_after_a_crash_in_the_start() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    // The prepared identification (it lists the accepted documents), without a proof.
    let documents = app.request(Method::GET, "/api/session/identification/documents", Some(&token), None).await;
    assert_eq!(documents.status, StatusCode::OK, "{}", documents.body);
    let session = session_of(&app, &token).await;
    let prepared = app.store.identification_load(session).await.unwrap().unwrap();
    // The first start: the replacement carrying the proof announced, created and requested.
    let today = kyc_proxy::clock::now().date();
    let proof = kyc_core::document::ProofOfAddress::parse(
        kyc_core::document::ProofOfAddressType::GasBill,
        &today.to_string(),
        today,
    )
    .unwrap();
    announced(&app, session, IDENTIFICATION_STEP).await;
    let client = solaris(&app);
    let person_id = prepared.provider_person_id.clone();
    let first = client.identification_create(&person_id, None, Some(&proof)).await.unwrap();
    let requested = client.identification_request(&person_id, &first.id).await.unwrap();

    let body = json!({ "document": {"kind": "PASSPORT", "issuing_country": "DE"},
        "proof_of_address": {"type": "GAS_BILL", "issued_at": today.to_string()} });
    let reply = app.request(Method::POST, "/api/session/identification", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["url"], requested.url.unwrap().as_str(), "the first start's page");
    let identifications = listed(&app, &format!("/v1/persons/{person_id}/identifications")).await;
    assert_eq!(identifications.len(), 2, "the prepared one and the adopted one");
    finish_call(reply.body["url"].as_str().unwrap()).await;
    assert_eq!(final_status(&app, &token).await["status"], "successful");
}
