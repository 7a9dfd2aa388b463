//! The documented listings a client uses to find what an earlier, interrupted attempt created:
//! Onfido's applicants and a check's tags, Solaris's persons, Signicat's dossiers.

use crate::client::Sim;
use crate::support::{config, send, Answer};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};

const ONFIDO_TOKEN: &str = "Token token=api_sandbox.local-onfido-token";

async fn onfido(app: &Router, method: &str, path: &str, body: Option<Value>) -> Answer {
    let request = Request::builder()
        .method(method)
        .uri(format!("/onfido/v3.6{path}"))
        .header(header::AUTHORIZATION, ONFIDO_TOKEN)
        .header(header::CONTENT_TYPE, "application/json");
    send(app, request.body(body.map_or_else(Body::empty, |b| Body::from(b.to_string()))).unwrap()).await
}

async fn applicant(app: &Router, first_name: &str) -> String {
    let body = json!({ "first_name": first_name, "last_name": "Stanley", "dob": "1985-03-14",
        "address": {"building_number": "26", "street": "Rowland Close", "postcode": "OX2 9PL", "country": "GBR"} });
    let created = onfido(app, "POST", "/applicants", Some(body)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    created.json()["id"].as_str().unwrap().to_owned()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn onfido_lists_applicants_newest_first_a_page_at_a_time() {
    let app = kyc_sandbox::app(config());
    let mut created = Vec::new();
    for name in ["Ann", "Bea", "Cat"] {
        created.push(applicant(&app, name).await);
    }
    let all = onfido(&app, "GET", "/applicants", None).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.text);
    assert_eq!(ids(&all.json()["applicants"]), [&created[2], &created[1], &created[0]]);
    assert_eq!(all.json()["applicants"][0]["first_name"], "Cat", "each applicant as GET shows it");
    let second = onfido(&app, "GET", "/applicants?page=2&per_page=2&include_deleted=true", None).await;
    assert_eq!(ids(&second.json()["applicants"]), [&created[0]]);
    let beyond = onfido(&app, "GET", "/applicants?page=9&per_page=2", None).await;
    assert_eq!(beyond.json()["applicants"], json!([]));
    let refused = onfido(&app, "GET", "/applicants?per_page=0", None).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.json()["error"]["fields"]["per_page"].is_array(), "{}", refused.text);
}

#[tokio::test]
async fn onfido_keeps_a_checks_tags_and_lists_them_with_the_applicants_checks() {
    let app = kyc_sandbox::app(config());
    let id = applicant(&app, "Catherine").await;
    let body = json!({ "applicant_id": id, "report_names": ["identity_enhanced"], "tags": ["kyc-0123"] });
    let check = onfido(&app, "POST", "/checks", Some(body)).await;
    assert_eq!(check.status, StatusCode::CREATED, "{}", check.text);
    assert_eq!(check.json()["tags"], json!(["kyc-0123"]));
    let list = onfido(&app, "GET", &format!("/checks?applicant_id={id}"), None).await.json();
    assert_eq!(list["checks"][0]["tags"], json!(["kyc-0123"]));
    assert_eq!(list["checks"][0]["id"], check.json()["id"]);
}

#[tokio::test]
async fn solaris_lists_persons_newest_first_with_page_number_and_size() {
    let sim = Sim::new(config()).await;
    let mut created = Vec::new();
    for name in ["Ann", "Bea", "Cat"] {
        created.push(sim.person(name, "Doe").await);
    }
    let first = sim.api(Method::GET, "/v1/persons?page[number]=1&page[size]=2", None).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_eq!(ids(&first.json()), [&created[2], &created[1]]);
    assert_eq!(first.json()[0]["first_name"], "Cat", "each person as GET shows it");
    let second = sim.api(Method::GET, "/v1/persons?page%5Bnumber%5D=2&page%5Bsize%5D=2", None).await;
    assert_eq!(ids(&second.json()), [&created[0]]);
    assert_eq!(ids(&sim.api(Method::GET, "/v1/persons", None).await.json()).len(), 3);
    let refused = sim.api(Method::GET, "/v1/persons?page[size]=none", None).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.json()["errors"][0]["source"]["field"], "page[size]");
}

/// A call to the Signicat simulator with a fresh token.
async fn signicat(app: &Router, method: &str, path: &str, body: Option<Value>) -> Answer {
    use base64::Engine;
    let basic = base64::engine::general_purpose::STANDARD.encode("sandbox-signicat-client:sandbox-signicat-secret");
    let request = Request::post("/signicat/auth/open/connect/token")
        .header(header::AUTHORIZATION, format!("Basic {basic}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=client_credentials&scope=signicat-api"))
        .unwrap();
    let token = send(app, request).await.json()["access_token"].as_str().unwrap().to_owned();
    let request = Request::builder()
        .method(method)
        .uri(format!("/signicat/assure{path}"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json");
    send(app, request.body(body.map_or_else(Body::empty, |b| Body::from(b.to_string()))).unwrap()).await
}

#[tokio::test]
async fn signicat_keeps_a_dossiers_external_reference_and_lists_dossiers_newest_first() {
    let app = kyc_sandbox::app(config());
    let plain = signicat(&app, "POST", "/dossiers", Some(json!({}))).await;
    assert_eq!(plain.status, StatusCode::CREATED, "{}", plain.text);
    let named = signicat(&app, "POST", "/dossiers", Some(json!({ "externalReference": "kyc-0123" }))).await;
    assert_eq!(named.json()["externalReference"], "kyc-0123");
    let id = named.json()["dossierId"].as_str().unwrap().to_owned();
    assert_eq!(signicat(&app, "GET", &format!("/dossiers/{id}"), None).await.json()["externalReference"], "kyc-0123");

    let list = signicat(&app, "GET", "/dossiers", None).await.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!((list[0]["dossierId"].as_str(), &list[0]["externalReference"]), (Some(id.as_str()), &json!("kyc-0123")));
    assert_eq!(list[1]["externalReference"], Value::Null);
    let refused = signicat(&app, "POST", "/dossiers", Some(json!({ "externalReference": 7 }))).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
}
