//! The documents of a successful identification: listed, described and downloadable.

use crate::client::Sim;
use crate::png::decode;
use crate::support::{config, page_path, send};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::Value;

/// Runs an automated call; returns (person, identification id).
async fn called(sim: &Sim, name: &str) -> (String, String) {
    let (person, ident) = sim.requested(name, None).await;
    let id = ident["id"].as_str().unwrap().to_owned();
    assert_eq!(sim.page(&page_path(&id, "finish"), Some("")).await.status, StatusCode::SEE_OTHER);
    (person, id)
}

async fn with_documents(sim: &Sim, person: &str, id: &str) -> Value {
    let path = format!("/v1/persons/{person}/identifications/{id}?include_documents=true");
    let answer = sim.api(Method::GET, &path, None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.json()
}

/// A HAPPYPATH identification after its review: (person, identification id, its documents).
async fn reviewed(sim: &Sim) -> (String, String, Vec<Value>) {
    let (person, id) = called(sim, "X-AUTOTEST-HAPPYPATH").await;
    sim.wait_for(&person, &id, "successful").await;
    let documents = with_documents(sim, &person, &id).await["documents"].as_array().unwrap().clone();
    (person, id, documents)
}

async fn file(sim: &Sim, document: &Value) -> crate::support::Answer {
    let answer = sim.api(Method::GET, &format!("/v1/documents/{}/file", document["id"].as_str().unwrap()), None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer
}

#[tokio::test(start_paused = true)]
async fn documents_come_with_the_call_and_the_report_follows_the_review() {
    let sim = Sim::new(config()).await;
    let (person, id) = called(&sim, "X-AUTOTEST-HAPPYPATH").await;
    let after_call = with_documents(&sim, &person, &id).await;
    assert_eq!(after_call["status"], "pending_successful");
    let report = file(&sim, &after_call["documents"][0]).await;
    assert!(report.text.contains("(Status: pending_successful)"));

    sim.wait_for(&person, &id, "successful").await;
    assert!(sim.identification(&person, &id).await.get("documents").is_none(), "only on request");
    let documents = with_documents(&sim, &person, &id).await["documents"].clone();
    let ids = |list: &Value| list.as_array().unwrap().iter().map(|d| d["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&documents), ids(&after_call["documents"]), "the same documents, renewed");
    assert!(file(&sim, &documents[0]).await.text.contains("(Status: successful)"));
    let listed = sim.api(Method::GET, &format!("/v1/persons/{person}/documents"), None).await.json();
    assert_eq!(listed, documents);
}

#[tokio::test(start_paused = true)]
async fn each_document_is_described_and_downloadable() {
    let sim = Sim::new(config()).await;
    let (_, _, documents) = reviewed(&sim).await;
    let types: Vec<&str> = documents.iter().map(|d| d["document_type"].as_str().unwrap()).collect();
    assert_eq!(types, ["KYC_REPORT", "SIGNATURE"]);
    for document in &documents {
        let doc_id = document["id"].as_str().unwrap();
        assert!(doc_id.len() == 36 && doc_id.ends_with("cdoc"), "{doc_id}");
        assert_eq!(sim.api(Method::GET, &format!("/v1/documents/{doc_id}"), None).await.json(), *document);
        let file = file(&sim, document).await;
        assert_eq!(file.header("content-type"), document["content_type"]);
        let name = document["name"].as_str().unwrap();
        assert_eq!(file.header("content-disposition"), format!("attachment; filename=\"{name}\""));
        assert_eq!(file.bytes.len() as u64, document["size"].as_u64().unwrap());
    }
}

#[tokio::test(start_paused = true)]
async fn the_report_is_a_pdf_and_the_signature_a_png() {
    let sim = Sim::new(config()).await;
    let (_, id, documents) = reviewed(&sim).await;
    let report = file(&sim, &documents[0]).await;
    assert_eq!(report.header("content-type"), "application/pdf");
    assert!(report.bytes.starts_with(b"%PDF-") && report.bytes.trim_ascii_end().ends_with(b"%%EOF"));
    let person = "(Person: X-AUTOTEST-HAPPYPATH Abele)";
    for expected in ["(Sandbox KYC report)", &format!("(Identification: {id})"), "(Status: successful)", person] {
        assert!(report.text.contains(expected), "{expected}");
    }
    let picture = file(&sim, &documents[1]).await;
    assert_eq!(picture.header("content-type"), "image/png");
    let (width, height, rows) = decode(&picture.bytes);
    assert_eq!((width, height), (240, 80));
    assert_eq!(rows.len(), (height * (1 + width)) as usize);
}

#[tokio::test(start_paused = true)]
async fn an_aborted_identification_has_no_documents() {
    let sim = Sim::new(config()).await;
    let (person, id) = called(&sim, "X-AUTOTEST-ABORTIDENT").await;
    assert_eq!(with_documents(&sim, &person, &id).await["documents"], serde_json::json!([]));
    let listed = sim.api(Method::GET, &format!("/v1/persons/{person}/documents"), None).await.json();
    assert_eq!(listed, serde_json::json!([]));
}

#[tokio::test(start_paused = true)]
async fn unknown_documents_are_not_found_and_a_token_is_required() {
    let sim = Sim::new(config()).await;
    let (_, _, documents) = reviewed(&sim).await;
    for path in ["/v1/documents/0123cdoc", "/v1/documents/0123cdoc/file", "/v1/persons/0123cper/documents"] {
        let answer = sim.api(Method::GET, path, None).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(answer.json()["errors"][0]["code"], "model_not_found", "{path}");
    }
    let path = format!("/v1/documents/{}/file", documents[0]["id"].as_str().unwrap());
    let anonymous = send(&sim.app, Request::get(&path).body(Body::empty()).unwrap()).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.json()["errors"][0]["code"], "token_required");
}
