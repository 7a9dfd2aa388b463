//! Solaris's example payloads (our fixtures under `tests/fixtures/solaris`, written from the
//! guide's person, identification and webhook bodies): the adapter reads every one of them, and
//! the simulator's answers to the same calls have their shape.

use super::{client, common, named, simulator};
use axum::http::StatusCode;
use axum::routing::{get, patch, post};
use kyc_core::IdentificationStatus;
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::solaris::ConsentTimes;
use serde_json::{json, Value};

const PERSON: &str = "7cf09c3c5547b974a664201f24b454eecper";
const IDENTIFICATION: &str = "6dc54352d6793a892e0702850d07b831cidt";

/// A stand-in for Solaris answering every call with the guide's example payloads; a person
/// named "Refused" gets the guide's error.
async fn examples() -> String {
    let fixed = |name: &'static str| move || async move { axum::Json(fixture(name)) };
    let person_create = |body: axum::Json<Value>| async move {
        if body["first_name"] == "Refused" {
            return (StatusCode::BAD_REQUEST, axum::Json(fixture("error")));
        }
        (StatusCode::CREATED, axum::Json(fixture("person")))
    };
    let identifications = format!("/v1/persons/{PERSON}/identifications");
    let app = axum::Router::new()
        .route("/oauth2/token", post(fixed("token")))
        .route("/v1/persons", post(person_create))
        .route(&format!("/v1/persons/{PERSON}"), get(fixed("person")))
        .route(&identifications, post(fixed("identification_created")))
        .route(&format!("{identifications}/{IDENTIFICATION}"), get(fixed("identification_successful")))
        .route(&format!("{identifications}/{IDENTIFICATION}/request"), patch(fixed("identification_pending")));
    common::serve(app).await
}

#[tokio::test]
async fn the_adapter_reads_every_example_payload_of_the_guide() {
    let solaris = client(&examples().await, "sandbox-secret");
    assert_eq!(solaris.person_create(&named("Jane"), &consents()).await.unwrap(), PERSON);
    let person = solaris.person_show(PERSON).await.unwrap();
    assert_eq!(
        (person.first_name.as_str(), person.street.as_str(), person.house_number.as_str()),
        ("Jane", "Amrumerstrasse", "14")
    );
    assert_eq!(solaris.person_raw(PERSON).await.unwrap()["screening_progress"], "NOT_SCREENED");

    let created = solaris.identification_create(PERSON, Some("DE"), None).await.unwrap();
    assert_eq!(
        (created.id.as_str(), created.status, created.url),
        (IDENTIFICATION, IdentificationStatus::Created, None)
    );
    let pending = solaris.identification_request(PERSON, IDENTIFICATION).await.unwrap();
    assert_eq!((pending.status, pending.reference.as_deref()), (IdentificationStatus::Pending, Some("TST-KCCEY")));
    assert_eq!(pending.estimated_waiting_time, Some(60));
    let done = solaris.identification_show(PERSON, IDENTIFICATION).await.unwrap();
    assert_eq!(done.status, IdentificationStatus::Successful);
    let documents = solaris.identification_documents(PERSON, IDENTIFICATION).await.unwrap();
    let types: Vec<&str> = documents.iter().map(|d| d.document_type.as_str()).collect();
    assert_eq!(types, ["KYC_REPORT", "SIGNATURE"]);

    let Err(ProviderError::Rejected(fields)) = solaris.person_create(&named("Refused"), &consents()).await else {
        panic!("the guide's error names the field")
    };
    assert_eq!(fields[0].field, kyc_core::Field::LastName);
}

#[test]
fn the_webhook_example_names_the_identification_the_proxy_re_reads() {
    let event = fixture("webhook_identification");
    assert!(kyc_proxy::providers::solaris::identification_event_id(event.to_string().as_bytes())
        .is_some_and(|id| id.ends_with("cidt")));
}

#[track_caller]
fn assert_shape(name: &str, answer: &Value) {
    common::assert_shape("solaris", name, answer);
}

fn fixture(name: &str) -> Value {
    common::fixture("solaris", name)
}

/// The consent times of the guide's example person.
fn consents() -> ConsentTimes {
    ConsentTimes {
        terms_conditions: "2022-01-01T00:00:00.000Z".into(),
        data_processing: "2022-01-01T00:00:00.000Z".into(),
        declarations: "2022-01-01T00:00:00.000Z".into(),
    }
}

#[tokio::test]
async fn the_simulators_answers_have_the_shapes_of_the_guides_payloads() {
    let base = simulator().await;
    let http = reqwest::Client::new();
    let token_url = format!("{base}/oauth2/token");
    let token = common::client_credentials(&token_url, "sandbox-client", "sandbox-secret", "partners").await;
    assert_shape("token", &token);
    let bearer = token["access_token"].as_str().unwrap().to_owned();
    let call = |method: reqwest::Method, path: String, body: Option<Value>| {
        let request = http.request(method, format!("{base}{path}")).bearer_auth(&bearer);
        let request = match body {
            Some(body) => request.json(&body),
            None => request,
        };
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let jane = json!({"salutation": "MS", "first_name": "X-AUTOTEST-HAPPYPATH", "last_name": "Doe",
        "address": {"line_1": "Amrumerstrasse", "line_2": "14", "postal_code": "13353", "city": "Berlin", "country": "DE"},
        "mobile_number": "+49301234567", "birth_date": "1992-12-11", "nationality": "DE",
        "terms_conditions_signed_at": "2022-01-01T00:00:00.000Z", "data_terms_signed_at": "2022-01-01T00:00:00.000Z"});
    let person = call(reqwest::Method::POST, "/v1/persons".into(), Some(jane)).await;
    assert_shape("person", &person);
    let person_id = person["id"].as_str().unwrap();
    let today = kyc_proxy::clock::now().date().to_string();
    let body = json!({"method": "idnow", "language": "DE", "proof_of_address_type": "GAS_BILL", "proof_of_address_issued_at": today});
    let path = format!("/v1/persons/{person_id}/identifications");
    let created = call(reqwest::Method::POST, path.clone(), Some(body)).await;
    assert_shape("identification_created", &created);
    let id = created["id"].as_str().unwrap();
    let pending = call(reqwest::Method::PATCH, format!("{path}/{id}/request"), None).await;
    assert_shape("identification_pending", &pending);
    // The automated test call ends the call on the IDnow page.
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let url = pending["url"].as_str().unwrap();
    browser.post(format!("{url}/finish")).form(&[("done", "1")]).send().await.unwrap();
    let done = call(reqwest::Method::GET, format!("{path}/{id}?include_documents=true"), None).await;
    // Completed: at once, or after the second-line review the guide describes.
    assert!(["successful", "pending_successful"].contains(&done["status"].as_str().unwrap()), "{done}");
    assert_shape("identification_successful", &done);
    let refused = call(
        reqwest::Method::POST,
        "/v1/persons".into(),
        Some(json!({"first_name": "Jane", "last_name": "D".repeat(51)})),
    )
    .await;
    assert_shape("error", &refused);
}
