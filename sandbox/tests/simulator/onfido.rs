//! The Onfido simulator through `app()`: auth, validation, uploads, checks with the sandbox
//! triggers, asynchronous completion and signed webhooks with retries.

use crate::support::{config, send, Answer};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::routing::post;
use axum::Router;
use kyc_sandbox::onfido::webhooks::sign;
use kyc_sandbox::{app, SandboxConfig};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TOKEN: &str = "Token token=api_sandbox.local-onfido-token";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

fn sim(delay: Duration) -> Router {
    let mut config = config();
    config.onfido.processing_delay = delay;
    app(config)
}

async fn call(app: &Router, method: &str, path: &str, body: Option<Value>) -> Answer {
    let request =
        Request::builder().method(method).uri(format!("/onfido/v3.6{path}")).header(header::AUTHORIZATION, TOKEN);
    let request = match body {
        Some(body) => request.header(header::CONTENT_TYPE, "application/json").body(Body::from(body.to_string())),
        None => request.body(Body::empty()),
    };
    send(app, request.unwrap()).await
}

/// A multipart body with text `fields` and a `file`.
async fn upload(app: &Router, path: &str, fields: &[(&str, &str)], file: &[u8]) -> Answer {
    let boundary = "----onfido-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes(),
        );
    }
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .bytes(),
    );
    body.extend(file);
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    let request = Request::post(format!("/onfido/v3.6{path}"))
        .header(header::AUTHORIZATION, TOKEN)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    send(app, request).await
}

fn catherine() -> Value {
    json!({
        "first_name": "Kate", "last_name": "Stanley", "dob": "1985-03-14",
        "address": {"flat_number": "1", "building_number": "26", "street": "Rowland Close", "town": "Oxford", "postcode": "OX2 9PL", "country": "GBR"},
    })
}

/// An applicant with a two-sided document and a selfie; returns its id.
async fn ready_applicant(app: &Router, person: Value) -> String {
    let created = call(app, "POST", "/applicants", Some(person)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    for side in ["front", "back"] {
        let fields = [("applicant_id", id.as_str()), ("type", "driving_licence"), ("side", side)];
        let doc = upload(app, "/documents", &fields, JPEG).await;
        assert_eq!(doc.status, StatusCode::CREATED, "{}", doc.text);
        assert_eq!((doc.json()["side"].as_str(), doc.json()["file_type"].as_str()), (Some(side), Some("jpg")));
    }
    let photo = upload(app, "/live_photos", &[("applicant_id", id.as_str())], JPEG).await;
    assert_eq!(photo.status, StatusCode::CREATED, "{}", photo.text);
    id
}

const ALL_REPORTS: [&str; 3] = ["document", "facial_similarity_photo", "identity_enhanced"];

async fn reports(app: &Router, check_id: &str) -> Vec<Value> {
    let list = call(app, "GET", &format!("/reports?check_id={check_id}"), None).await;
    list.json()["reports"].as_array().unwrap().clone()
}

fn by_name<'a>(reports: &'a [Value], name: &str) -> &'a Value {
    reports.iter().find(|r| r["name"] == name).unwrap()
}

#[tokio::test]
async fn requests_without_the_api_token_are_refused_in_onfidos_error_shape() {
    let app = sim(Duration::ZERO);
    for auth in [None, Some("Token token=wrong"), Some("Bearer api_sandbox.local-onfido-token")] {
        let mut request = Request::get("/onfido/v3.6/applicants/x");
        if let Some(auth) = auth {
            request = request.header(header::AUTHORIZATION, auth);
        }
        let answer = send(&app, request.body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{auth:?}");
        assert_eq!(answer.json()["error"]["type"], "authorization_error");
    }
    let missing = call(&app, "GET", "/applicants/00000000-0000-4000-8000-000000000000", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["type"], "resource_not_found");
}

#[tokio::test]
async fn applicants_are_validated_field_by_field() {
    let app = sim(Duration::ZERO);
    let body = json!({
        "first_name": "Kate<script>", "dob": "1985-02-30",
        "address": {"street": "Rowland Close", "country": "GB"},
        "id_numbers": [{"type": "ssn", "value": "12-345"}],
    });
    let answer = call(&app, "POST", "/applicants", Some(body)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.text);
    let fields = &answer.json()["error"]["fields"];
    for key in ["first_name", "last_name", "dob", "id_numbers"] {
        assert!(fields[key].is_array(), "{key} in {fields}");
    }
    assert!(fields["address"]["postcode"].is_array() && fields["address"]["country"].is_array(), "{fields}");
    let broken = send(
        &app,
        Request::post("/onfido/v3.6/applicants").header(header::AUTHORIZATION, TOKEN).body(Body::from("{")).unwrap(),
    )
    .await;
    assert_eq!(broken.json()["error"]["type"], "bad_request");
}

#[tokio::test]
async fn uploads_must_be_images_of_a_known_applicant() {
    let app = sim(Duration::ZERO);
    let id = call(&app, "POST", "/applicants", Some(catherine())).await.json()["id"].as_str().unwrap().to_owned();
    let text = upload(&app, "/documents", &[("applicant_id", &id), ("type", "passport")], b"not an image").await;
    assert_eq!(text.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text.json()["error"]["fields"]["file"].is_array());
    let stranger = upload(&app, "/documents", &[("applicant_id", "nobody"), ("type", "passport")], JPEG).await;
    assert!(stranger.json()["error"]["fields"]["applicant_id"].is_array(), "{}", stranger.text);
    let no_type = upload(&app, "/documents", &[("applicant_id", &id)], JPEG).await;
    assert!(no_type.json()["error"]["fields"]["type"].is_array());
    let pdf_selfie = upload(&app, "/live_photos", &[("applicant_id", &id)], b"%PDF-1.7").await;
    assert_eq!(pdf_selfie.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_synchronous_check_of_a_known_uk_applicant_is_clear_in_every_report() {
    let app = sim(Duration::from_secs(60));
    let applicant = ready_applicant(&app, catherine()).await;
    let body = json!({"applicant_id": applicant, "report_names": ALL_REPORTS, "asynchronous": false});
    let check = call(&app, "POST", "/checks", Some(body)).await;
    assert_eq!(check.status, StatusCode::CREATED, "{}", check.text);
    let check = check.json();
    assert_eq!((check["status"].as_str(), check["result"].as_str()), (Some("complete"), Some("clear")));
    let reports = reports(&app, check["id"].as_str().unwrap()).await;
    assert_eq!(reports.len(), 3);
    let document = by_name(&reports, "document");
    assert_eq!(document["documents"].as_array().unwrap().len(), 2, "front and back");
    assert_eq!(document["sub_result"], "clear");
    let identity = by_name(&reports, "identity_enhanced");
    assert_eq!(identity["result"], "clear");
    let breakdown = &identity["breakdown"];
    assert_eq!(breakdown["sources"]["breakdown"]["total_sources"]["properties"]["total_number_of_sources"], "3");
    assert_eq!(breakdown["address"]["breakdown"]["voting_register"]["properties"]["number_of_matches"], "1");
    assert_eq!(breakdown["mortality"]["result"], "clear");
    let shown = call(&app, "GET", &format!("/reports/{}", identity["id"].as_str().unwrap()), None).await;
    assert_eq!(&shown.json(), identity);
}

#[tokio::test]
async fn the_sandbox_triggers_force_consider_and_the_document_sub_result() {
    let app = sim(Duration::ZERO);
    let applicant = ready_applicant(&app, catherine()).await;
    let body = json!({"applicant_id": applicant, "report_names": ALL_REPORTS,
                      "consider": ["facial_similarity_photo"], "sub_result": "rejected"});
    let check = call(&app, "POST", "/checks", Some(body)).await.json();
    assert_eq!(check["result"], "consider");
    let reports = reports(&app, check["id"].as_str().unwrap()).await;
    let document = by_name(&reports, "document");
    assert_eq!((document["result"].as_str(), document["sub_result"].as_str()), (Some("consider"), Some("rejected")));
    assert_eq!(by_name(&reports, "facial_similarity_photo")["result"], "consider");
    assert_eq!(by_name(&reports, "identity_enhanced")["result"], "clear");
}

#[tokio::test]
async fn checks_need_the_data_their_reports_read() {
    let app = sim(Duration::ZERO);
    let bare = call(&app, "POST", "/applicants", Some(json!({"first_name": "Ann", "last_name": "Lee"}))).await.json();
    let id = bare["id"].as_str().unwrap();
    for report in ALL_REPORTS {
        let answer = call(&app, "POST", "/checks", Some(json!({"applicant_id": id, "report_names": [report]}))).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{report}: {}", answer.text);
    }
    let unknown =
        call(&app, "POST", "/checks", Some(json!({"applicant_id": id, "report_names": ["watchlist_aml"]}))).await;
    assert!(unknown.json()["error"]["fields"]["report_names"].is_array(), "{}", unknown.text);
}

#[tokio::test(start_paused = true)]
async fn an_asynchronous_check_shows_no_result_until_processing_is_over() {
    let app = sim(Duration::from_secs(2));
    let applicant =
        call(&app, "POST", "/applicants", Some(catherine())).await.json()["id"].as_str().unwrap().to_owned();
    let body = json!({"applicant_id": applicant, "report_names": ["identity_enhanced"]});
    let check = call(&app, "POST", "/checks", Some(body)).await.json();
    let check_id = check["id"].as_str().unwrap().to_owned();
    assert_eq!((check["status"].as_str(), check["result"].as_str()), (Some("in_progress"), None));
    let pending = reports(&app, &check_id).await;
    assert_eq!((pending[0]["status"].as_str(), pending[0]["result"].as_str()), (Some("awaiting_data"), None));
    assert_eq!(pending[0]["breakdown"], json!({}));
    tokio::time::sleep(Duration::from_secs(3)).await;
    let done = call(&app, "GET", &format!("/checks/{check_id}"), None).await.json();
    assert_eq!((done["status"].as_str(), done["result"].as_str()), (Some("complete"), Some("clear")));
    let listed = call(&app, "GET", &format!("/checks?applicant_id={applicant}"), None).await.json();
    assert_eq!(listed["checks"][0]["id"], check_id.as_str());
}

type Log = Arc<Mutex<Vec<(HeaderMap, Bytes)>>>;

#[tokio::test]
async fn webhooks_are_signed_over_the_raw_body_and_retried_until_accepted() {
    async fn hook(State(log): State<Log>, headers: HeaderMap, body: Bytes) -> StatusCode {
        let mut log = log.lock().unwrap();
        log.push((headers, body));
        // The first delivery fails; the simulator must try again.
        if log.len() == 1 {
            StatusCode::SERVICE_UNAVAILABLE
        } else {
            StatusCode::OK
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let log = Log::default();
    let receiver = Router::new().route("/hook", post(hook)).with_state(log.clone());
    tokio::spawn(async move { axum::serve(listener, receiver).await });
    let mut config: SandboxConfig = config();
    config.onfido.processing_delay = Duration::ZERO;
    config.onfido.webhook_url = Some(url);
    let app = app(config);
    let applicant =
        call(&app, "POST", "/applicants", Some(catherine())).await.json()["id"].as_str().unwrap().to_owned();
    let body = json!({"applicant_id": applicant, "report_names": ["identity_enhanced"]});
    let check = call(&app, "POST", "/checks", Some(body)).await.json();
    for _ in 0..100 {
        if log.lock().unwrap().len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = log.lock().unwrap().clone();
    assert_eq!(log.len(), 3, "report event twice (one retry), then the check event");
    assert_eq!(log[0].1, log[1].1, "a retry sends the same bytes");
    for (headers, body) in &log {
        let signature = headers.get("x-sha2-signature").unwrap().to_str().unwrap();
        assert_eq!(signature, sign("local-onfido-webhook-token", body));
    }
    let last: Value = serde_json::from_slice(&log[2].1).unwrap();
    assert_eq!(last["payload"]["action"], "check.completed");
    assert_eq!(last["payload"]["object"]["id"], check["id"]);
    let href = last["payload"]["object"]["href"].as_str().unwrap();
    assert!(href.starts_with("http://127.0.0.1:8081/onfido/v3.6/checks/"), "{href}");
    let first: Value = serde_json::from_slice(&log[0].1).unwrap();
    assert_eq!(first["payload"]["action"], "report.completed");
}

#[tokio::test]
async fn identity_enhanced_is_refused_for_an_address_country_onfido_does_not_cover() {
    let app = sim(Duration::ZERO);
    let bolivia = json!({
        "first_name": "Lucía", "last_name": "Quispe", "dob": "1990-06-01",
        "address": {"building_number": "1520", "street": "Avenida Arce", "town": "La Paz", "postcode": "0000", "country": "BOL"},
    });
    let id = ready_applicant(&app, bolivia).await;
    let body = json!({"applicant_id": id, "report_names": ALL_REPORTS, "asynchronous": false});
    let refused = call(&app, "POST", "/checks", Some(body)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let error = &refused.json()["error"];
    assert_eq!(error["type"], "validation_error");
    assert!(error["fields"]["report_names"][0].as_str().unwrap().contains("BOL"), "{error}");

    let without =
        json!({"applicant_id": id, "report_names": ["document", "facial_similarity_photo"], "asynchronous": false});
    let check = call(&app, "POST", "/checks", Some(without)).await;
    assert_eq!(check.status, StatusCode::CREATED, "the other reports run anywhere: {}", check.text);
}

#[tokio::test]
async fn the_identity_enhanced_report_has_the_shape_of_the_guides_breakdown() {
    let app = sim(Duration::ZERO);
    for (person, fixture) in [
        (catherine(), "clear"),
        (
            json!({
                "first_name": "Oliver", "last_name": "Bennett", "dob": "1979-07-02",
                "address": {"building_number": "8", "street": "Kingsley Road", "town": "Leeds", "postcode": "LS6 2BE", "country": "GBR"},
            }),
            "consider",
        ),
    ] {
        let id = ready_applicant(&app, person).await;
        let body = json!({"applicant_id": id, "report_names": ["identity_enhanced"], "asynchronous": false});
        let check = call(&app, "POST", "/checks", Some(body)).await.json();
        let report = by_name(&reports(&app, check["id"].as_str().unwrap()).await, "identity_enhanced").clone();
        let expected = crate::shape::fixture(&format!("onfido/identity_enhanced_{fixture}.json"));
        let departures = crate::shape::departures(&expected, &report);
        assert!(departures.is_empty(), "{fixture}: {departures:?} in {report}");
        assert_eq!(report["result"], expected["result"], "{report}");
    }
}
