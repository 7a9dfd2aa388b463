use crate::client::Sim;
use crate::support::{config, BASE_URL, COMPANY};
use axum::http::{Method, StatusCode};
use kyc_core::{CalendarDate, UtcTimestamp};
use serde_json::{json, Value};
use std::time::{SystemTime, UNIX_EPOCH};

fn days_ago(days: i64) -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64;
    let today = UtcTimestamp::from_unix_millis(now).date();
    CalendarDate::from_days_since_epoch(today.days_since_epoch() - days).to_string()
}

#[tokio::test]
async fn create_then_request_issues_the_idnow_url_and_reference() {
    let sim = Sim::new(config()).await;
    let person = sim.person("Jane", "Doe").await;
    let path = format!("/v1/persons/{person}/identifications");
    let body = json!({"method": "idnow", "language": "EN", "proof_of_address_type": "GAS_BILL", "proof_of_address_issued_at": days_ago(30)});
    let created = sim.api(Method::POST, &path, Some(body)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let created = created.json();
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(id.len() == 36 && id.ends_with("cidt"));
    for key in ["reference", "url", "completed_at", "iban", "authorization_expires_at", "confirmation_expires_at"] {
        assert_eq!(created[key], Value::Null, "{key}");
    }
    assert_eq!(created["status"], "created");
    assert_eq!(created["proof_of_address_type"], "GAS_BILL");

    let requested = sim.api(Method::PATCH, &format!("{path}/{id}/request"), None).await.json();
    assert_eq!(requested["status"], "pending");
    assert_eq!(requested["url"], format!("{BASE_URL}/idnow/{COMPANY}/identifications/{id}"));
    assert_eq!(requested["estimated_waiting_time"], 60);
    let reference = requested["reference"].as_str().unwrap();
    assert!(
        reference.len() == 9 && reference.starts_with("TST-") && reference[4..].bytes().all(|b| b.is_ascii_uppercase())
    );

    let again = sim.api(Method::PATCH, &format!("{path}/{id}/request"), None).await.json();
    assert_eq!((&again["url"], &again["reference"]), (&requested["url"], &requested["reference"]));
    let shown = sim.identification(&person, &id).await;
    assert_eq!(shown["person_id"], person.as_str());
    assert_eq!(shown["failure_reason"], Value::Null);
    let index = sim.api(Method::GET, &path, None).await.json();
    assert_eq!(index.as_array().unwrap().len(), 1);
    assert_eq!(index[0]["id"], id.as_str());
}

#[tokio::test]
async fn bad_options_are_refused_per_field() {
    let sim = Sim::new(config()).await;
    let person = sim.person("Jane", "Doe").await;
    let path = format!("/v1/persons/{person}/identifications");
    let answer = sim
        .api(Method::POST, &path, Some(json!({"method": "postident", "proof_of_address_issued_at": days_ago(200)})))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let fields: Vec<Value> =
        answer.json()["errors"].as_array().unwrap().iter().map(|e| e["source"]["field"].clone()).collect();
    assert_eq!(fields, ["method", "proof_of_address_issued_at"]);
}

#[tokio::test]
async fn holdcertificate_is_refused_for_video_identification() {
    let sim = Sim::new(config()).await;
    let person = sim.person("X-AUTOTEST-HOLDCERTIFICATE", "Doe").await;
    let answer =
        sim.api(Method::POST, &format!("/v1/persons/{person}/identifications"), Some(json!({"method": "idnow"}))).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let error = &answer.json()["errors"][0];
    assert_eq!(error["code"], "invalid_model");
    assert!(error["detail"].as_str().unwrap().contains("eSigning"));
}

#[tokio::test]
async fn identifications_of_other_persons_are_not_found() {
    let sim = Sim::new(config()).await;
    let (_, ident) = sim.requested("Jane", None).await;
    let other = sim.person("John", "Doe").await;
    let id = ident["id"].as_str().unwrap();
    let answer = sim.api(Method::GET, &format!("/v1/persons/{other}/identifications/{id}"), None).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.json()["errors"][0]["code"], "model_not_found");
}

#[tokio::test]
async fn supported_documents_list_passports_and_id_cards() {
    let sim = Sim::new(config()).await;
    let (person, ident) = sim.requested("Jane", None).await;
    let path = format!("/v1/persons/{person}/identifications/{}/supported_documents", ident["id"].as_str().unwrap());
    let docs = sim.api(Method::GET, &path, None).await.json();
    assert_eq!(docs[0]["type"], "PASSPORT");
    assert_eq!(docs[1]["type"], "ID_CARD");
    assert!(docs[1]["issuing_countries"].as_array().unwrap().contains(&json!("DE")));
}
