//! Onfido's flow through the proxy: a product team's session, personal data and consents, the
//! pictures uploaded, the check run by the simulator over loopback HTTP, and the decision the
//! user and the product team see.

use crate::captures::picture;
use crate::helpers::{TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use image::ImageFormat;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// Name, birth date, address (street, number, postcode, city, country), state, SSN.
pub(crate) struct Applicant {
    name: &'static str,
    dob: &'static str,
    address: [&'static str; 5],
    state: &'static str,
    ssn: &'static str,
}

pub(crate) const CATHERINE: Applicant = Applicant {
    name: "Catherine Stanley",
    dob: "1985-03-14",
    address: ["Rowland Close", "26", "OX2 9PL", "Oxford", "GB"],
    state: "",
    ssn: "",
};
pub(crate) const OLIVER: Applicant = Applicant {
    name: "Oliver Bennett",
    dob: "1979-07-02",
    address: ["Kingsley Road", "8", "LS6 2BE", "Leeds", "GB"],
    state: "",
    ssn: "",
};
pub(crate) const PRIYA: Applicant = Applicant {
    name: "Priya Shah",
    dob: "1990-11-23",
    address: ["Elm Grove", "14", "BS7 8AB", "Bristol", "GB"],
    state: "",
    ssn: "",
};
/// An address in Bolivia, a country Identity Enhanced does not cover.
const LUCIA: Applicant = Applicant {
    name: "Lucia Quispe",
    dob: "1990-06-01",
    address: ["Avenida Arce", "1520", "0000", "La Paz", "BO"],
    state: "",
    ssn: "",
};
const EMILY: Applicant = Applicant {
    name: "Emily Carter",
    dob: "1987-06-05",
    address: ["Maple Avenue", "1420", "62704", "Springfield", "US"],
    state: "IL",
    ssn: "4817",
};

pub(crate) fn personal_data(a: &Applicant) -> Value {
    let (first, last) = a.name.split_once(' ').unwrap();
    let [street, house_number, postal_code, city, country] = a.address;
    let mobile = if country == "US" { "+12175550142" } else { "+447911123456" };
    json!({
        "first_name": first, "last_name": last, "birth_date": a.dob, "nationality": country,
        "street": street, "house_number": house_number, "postal_code": postal_code, "city": city,
        "country": country, "state": a.state, "ssn": a.ssn, "mobile_number": mobile,
        "email": "applicant@example.com"
    })
}

/// Through the personal data, the consents and the pictures of `document` (`PASSPORT` or
/// `ID_CARD`); returns the browser's token.
pub(crate) async fn submitted(app: &TestApp, applicant: &Applicant, document: &str) -> String {
    submitted_as(app, PARTNER_KEY, applicant, document).await
}

/// [`submitted`] in a session of the team whose key is `key`.
pub(crate) async fn submitted_as(app: &TestApp, key: &str, applicant: &Applicant, document: &str) -> String {
    let token = consented_as(app, key, applicant, document).await;
    pictures_taken(app, &token).await;
    token
}

/// A product team's session for `document` through the personal data and the consents.
pub(crate) async fn consented(app: &TestApp, applicant: &Applicant, document: &str) -> String {
    consented_as(app, PARTNER_KEY, applicant, document).await
}

/// [`consented`] in a session of the team whose key is `key`.
pub(crate) async fn consented_as(app: &TestApp, key: &str, applicant: &Applicant, document: &str) -> String {
    let token = app.partner_session_as(key, json!({ "flow": "onfido_documents", "capture_document": document })).await;
    let view = app.session_show(&token).await.body;
    assert_eq!(view["flow"]["steps"], json!(["personal_data", "consents", "capture", "status"]));
    let saved = app.person_update(&token, personal_data(applicant)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    for kind in ["terms_conditions", "data_processing"] {
        assert_eq!(app.consent_update(&token, kind, "2026-11-21T10:00:00.000Z").await.status, StatusCode::OK);
    }
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "capture");
    token
}

/// Every picture the capture step asks for; the last one hands the session to Onfido.
pub(crate) async fn pictures_taken(app: &TestApp, token: &str) {
    let required = app.request(Method::GET, "/api/captures", Some(token), None).await.body["required"].clone();
    for slot in required.as_array().unwrap() {
        let slot = slot.as_str().unwrap();
        let (width, height) = if slot == "selfie" { (720, 960) } else { (1600, 1000) };
        let path = format!("/api/captures/{slot}");
        let reply = app.upload(&path, token, "image/jpeg", picture(width, height, ImageFormat::Jpeg)).await;
        assert_eq!(reply.status, StatusCode::OK, "{slot}: {}", reply.body);
    }
    let view = app.session_show(token).await.body;
    assert_eq!(view["furthest_step"], "status", "the pictures went to Onfido");
}

/// Polls the status as the SPA does until it is final.
pub(crate) async fn decided(app: &TestApp, token: &str) -> Value {
    app.status_final(token).await
}

/// The product team's view of the newest session.
pub(crate) async fn partner_detail(app: &TestApp) -> Value {
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::OK);
    detail.body
}

#[tokio::test]
async fn catherine_is_verified_by_three_sources() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &CATHERINE, "ID_CARD").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "successful");

    let detail = partner_detail(&app).await;
    assert_eq!(detail["status"], "successful");
    assert_eq!(detail["provider"]["name"], "onfido");
    let decision = &detail["decision"];
    assert_eq!(decision["verdict"], "accepted");
    assert_eq!((decision["document"].clone(), decision["facial_similarity"].clone()), (json!("clear"), json!("clear")));
    let identity = &decision["identity_enhanced"];
    assert_eq!(identity["result"], "clear");
    assert_eq!(identity["total_number_of_sources"], 3);
    assert_eq!(
        identity["address"]["number_of_matches"],
        json!({ "credit_agencies": 1, "voting_register": 1, "telephone_database": 1 })
    );
    assert_eq!(identity["date_of_birth"]["number_of_matches"], json!({ "credit_agencies": 1 }));
    assert_eq!(identity["mortality"], "clear");
    assert_eq!(decision["reason"], Value::Null);
}

#[tokio::test]
async fn oliver_known_to_one_source_only_is_referred_to_the_product_team() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &OLIVER, "PASSPORT").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "referred");
    assert_eq!(status["reason"], Value::Null, "the user is not told the report's details");

    let decision = partner_detail(&app).await["decision"].clone();
    assert_eq!(decision["verdict"], "referred");
    assert_eq!(decision["identity_enhanced"]["result"], "consider");
    assert_eq!(decision["identity_enhanced"]["address"]["number_of_matches"], json!({ "credit_agencies": 1 }));
    assert_eq!(decision["reason"], "identity_enhanced: the report result is consider");
    // A referral is final: asking again changes nothing and does not reach the data.
    assert_eq!(decided(&app, &token).await["status"], "referred");
    // A late retake completes the pictures again: the submission is not repeated.
    let check_id = partner_detail(&app).await["provider"]["identification_id"].clone();
    let selfie = picture(720, 960, ImageFormat::Png);
    assert_eq!(app.upload("/api/captures/selfie", &token, "image/png", selfie).await.status, StatusCode::OK);
    let detail = partner_detail(&app).await;
    assert_eq!(
        (detail["provider"]["identification_id"].clone(), detail["status"].clone()),
        (check_id, json!("referred"))
    );
    assert_eq!(app.person_update(&token, personal_data(&OLIVER)).await.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_product_team_settles_olivers_referral_and_he_sees_it() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &OLIVER, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "referred");
    let id = partner_detail(&app).await["id"].as_str().unwrap().to_owned();
    let path = format!("/partner/v1/sessions/{id}/review");
    let review = |body: Value| app.request(Method::POST, &path, Some(PARTNER_KEY), Some(body));

    assert!(review(json!({ "outcome": "maybe" })).await.status.is_client_error());
    let without_key = app.request(Method::POST, &path, None, Some(json!({ "outcome": "accepted" }))).await;
    assert_eq!(without_key.status, StatusCode::UNAUTHORIZED);
    let reply = review(json!({ "outcome": "accepted" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["status"], "successful");
    // The user's status step reads it; the decision is final, a second review is refused.
    assert_eq!(decided(&app, &token).await["status"], "successful");
    assert_eq!(review(json!({ "outcome": "rejected" })).await.status, StatusCode::CONFLICT);
    assert_eq!(partner_detail(&app).await["status"], "successful");
}

#[tokio::test]
async fn only_a_referral_can_be_reviewed() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &CATHERINE, "ID_CARD").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
    let id = partner_detail(&app).await["id"].as_str().unwrap().to_owned();
    let path = format!("/partner/v1/sessions/{id}/review");
    let reply = app.request(Method::POST, &path, Some(PARTNER_KEY), Some(json!({ "outcome": "rejected" }))).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(partner_detail(&app).await["status"], "successful");
    let unknown = app.request(
        Method::POST,
        "/partner/v1/sessions/ses_nobody/review",
        Some(PARTNER_KEY),
        Some(json!({ "outcome": "accepted" })),
    );
    assert_eq!(unknown.await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn emily_in_the_us_is_verified_with_the_last_four_digits_of_her_ssn() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &EMILY, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
    let identity = partner_detail(&app).await["decision"]["identity_enhanced"].clone();
    assert_eq!(identity["result"], "clear");
    assert_eq!(identity["ssn"]["number_of_matches"], json!({ "credit_agencies": 1 }));
    assert_eq!(identity["mortality"], Value::Null, "mortality is a UK check");

    // The same person with another SSN: no SSN match, so the US rule refers her.
    let app = TestApp::spawn().await;
    let token = submitted(&app, &Applicant { ssn: "1234", ..EMILY }, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "referred");
}

pub(crate) const STRICT: &str = "total_number_of_sources >= 2; address == clear; date_of_birth == clear";

#[tokio::test]
async fn the_product_teams_rule_refers_a_clear_report_and_says_which_rule() {
    let app = TestApp::spawn_with_onfido_rules(STRICT).await;
    let token = submitted(&app, &PRIYA, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "referred");
    let decision = partner_detail(&app).await["decision"].clone();
    assert_eq!(decision["identity_enhanced"]["result"], "clear", "Onfido itself was satisfied");
    assert_eq!(decision["identity_enhanced"]["total_number_of_sources"], 2);
    assert_eq!(decision["reason"], "identity_enhanced: rule 3 does not hold: date_of_birth == clear");
    assert_eq!(decision["rules"].as_array().unwrap().len(), 3);

    // The same rules accept Catherine, whose date of birth is on file.
    let token = submitted(&app, &CATHERINE, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
}

fn check_completed(check_id: &str, completed_at: &str) -> String {
    json!({ "payload": { "resource_type": "check", "action": "check.completed",
        "object": { "id": check_id, "status": "complete", "completed_at_iso8601": completed_at } } })
    .to_string()
}

#[tokio::test]
async fn the_simulators_signed_webhook_decides_without_any_poll() {
    let app = TestApp::spawn_with_webhooks().await;
    submitted(&app, &CATHERINE, "PASSPORT").await;
    for _ in 0..100 {
        if partner_detail(&app).await["status"] == "successful" {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the webhook did not lead to a decision");
}

#[tokio::test]
async fn a_bad_signature_is_refused_and_a_replayed_delivery_ignored() {
    let app = TestApp::spawn().await;
    submitted(&app, &OLIVER, "PASSPORT").await;
    let check_id = partner_detail(&app).await["provider"]["identification_id"].as_str().unwrap().to_owned();
    let body = check_completed(&check_id, "2026-11-21T10:00:00Z");

    let forged = kyc_sandbox::onfido::webhooks::sign("someone-elses-token", body.as_bytes());
    assert_eq!(app.onfido_webhook(&body, Some(&forged)).await, StatusCode::UNAUTHORIZED);
    assert_eq!(app.onfido_webhook(&body, Some("")).await, StatusCode::UNAUTHORIZED);
    let digest = hex::encode(Sha256::digest(body.as_bytes()));
    assert_eq!(
        app.store.inbox_state(kyc_core::flow::ProviderId::Onfido, digest).await.unwrap(),
        None,
        "a refused delivery is not kept"
    );

    let body = check_completed(&check_id, "2026-11-21T10:00:01Z");
    tokio::time::sleep(Duration::from_millis(400)).await; // the check completes after 200 ms
    assert_eq!(app.onfido_webhook(&body, None).await, StatusCode::OK);
    let mut status = Value::Null;
    for _ in 0..100 {
        status = partner_detail(&app).await["status"].clone();
        if status == "referred" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(status, "referred", "the signed event led to the decision without a poll");
    assert_eq!(app.onfido_webhook(&body, None).await, StatusCode::OK, "a replay is acknowledged");
    let digest = hex::encode(Sha256::digest(body.as_bytes()));
    assert_eq!(
        app.store.inbox_state(kyc_core::flow::ProviderId::Onfido, digest).await.unwrap().as_deref(),
        Some("done"),
        "and known as applied, so it is not applied again"
    );
}

#[tokio::test]
async fn pictures_sent_while_onfido_is_down_reach_it_once_it_is_back_without_the_user() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "flow": "onfido_documents", "capture_document": "PASSPORT" })).await;
    assert_eq!(app.person_update(&token, personal_data(&CATHERINE)).await.status, StatusCode::OK);
    for kind in ["terms_conditions", "data_processing"] {
        assert_eq!(app.consent_update(&token, kind, "2026-11-21T10:00:00.000Z").await.status, StatusCode::OK);
    }
    // Onfido refuses the applicant twice (an outage); the user's last picture meets it.
    let fault = json!({ "action": "status", "status": 503, "method": "POST", "path_prefix": "/onfido/v3.6/applicants", "times": 2 });
    let set = reqwest::Client::new().post(format!("{}/sandbox/faults", app.sandbox_url)).json(&fault).send().await;
    assert_eq!(set.unwrap().status(), 201);
    app.upload("/api/captures/document_front", &token, "image/jpeg", picture(1600, 1000, ImageFormat::Jpeg)).await;
    let last = app.upload("/api/captures/selfie", &token, "image/jpeg", picture(720, 960, ImageFormat::Jpeg)).await;
    assert_eq!(last.status, StatusCode::BAD_GATEWAY, "the user is told to try again: {}", last.body);
    // The user does nothing; the hand-over is finished from the store once Onfido answers.
    let mut furthest = Value::Null;
    for _ in 0..100 {
        furthest = app.session_show(&token).await.body["furthest_step"].clone();
        if furthest == "status" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(furthest, "status");
    assert_eq!(app.status_final(&token).await["status"], "successful");
}

/// The applicants the simulator lists (those scheduled for deletion only with `deleted_too`).
async fn applicants_at_onfido(app: &TestApp, deleted_too: bool) -> Vec<Value> {
    let url = format!("{}/onfido/v3.6/applicants?per_page=100&include_deleted={deleted_too}", app.sandbox_url);
    let request = reqwest::Client::new().get(url).header("authorization", "Token token=api_sandbox.local-onfido-token");
    let list: Value = request.send().await.unwrap().json().await.unwrap();
    list["applicants"].as_array().unwrap().clone()
}

#[tokio::test]
async fn erasing_a_decided_session_deletes_its_applicant_at_onfido_first() {
    let app = TestApp::spawn().await;
    let token = submitted(&app, &CATHERINE, "ID_CARD").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
    assert_eq!(applicants_at_onfido(&app, false).await.len(), 1);
    let id = partner_detail(&app).await["id"].as_str().unwrap().to_owned();
    let erased = app.request(Method::DELETE, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT, "{}", erased.body);
    // Scheduled for deletion at Onfido: no longer listed, its deletion time set.
    assert!(applicants_at_onfido(&app, false).await.is_empty());
    let kept = applicants_at_onfido(&app, true).await;
    assert!(kept[0]["delete_at"].is_string(), "{}", kept[0]);
    // The decision stays the bank's record.
    assert_eq!(partner_detail(&app).await["status"], "successful");
}

#[tokio::test]
async fn outside_onfidos_identity_enhanced_countries_the_check_runs_without_it_and_is_referred_by_that_rule() {
    let app = TestApp::spawn_for_countries(&["BO"]).await;
    let token = submitted(&app, &LUCIA, "DRIVERS_LICENSE").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "referred", "no provider error reaches the user: {status}");
    let decision = partner_detail(&app).await["decision"].clone();
    assert_eq!(decision["identity_enhanced"], Value::Null);
    assert_eq!(decision["identity_enhanced_skipped"], "BOL");
    assert_eq!(decision["document"], "clear", "the document (a driving licence) and the selfie still ran");
    assert_eq!(decision["facial_similarity"], "clear");
    let reason = decision["reason"].as_str().unwrap();
    assert!(reason.contains("identity_enhanced not run") && reason.contains("BOL"), "{reason}");
}
