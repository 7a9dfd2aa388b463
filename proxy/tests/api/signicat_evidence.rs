//! The proof the bank keeps: before the dossier is deleted, Assure's Get dossier is kept as the
//! session's evidence (sealed at rest), given to the product team by the partner API, and
//! deleted when the retention's personal-data period after the decision ends, or when the team
//! erases the session.

use crate::helpers::{TestApp, PARTNER_KEY};
use crate::signicat::{decided, typed, verified, CLAIRE};
use axum::http::{Method, StatusCode};
use kyc_proxy::jobs::{retention, JobSettings};
use serde_json::Value;

const DAY_MS: i64 = 24 * 3_600_000;

/// Claire through her bank and her ID card to the decision; her session's public id and the
/// dossier's id.
async fn claire_decided(app: &TestApp) -> (String, String) {
    let token = typed(app, CLAIRE).await;
    let dossier = verified(app, &token, "claire").await;
    assert_eq!(decided(app, &token).await["status"], "successful");
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    (list.body[0]["id"].as_str().unwrap().to_owned(), dossier)
}

async fn evidence(app: &TestApp, id: &str) -> (StatusCode, Value) {
    let reply = app.request(Method::GET, &format!("/partner/v1/sessions/{id}/evidence"), Some(PARTNER_KEY), None).await;
    (reply.status, reply.body)
}

/// One run of the retention job as of `at_ms` (waiting while the app's own run holds it).
async fn sweep(app: &TestApp, at_ms: i64) -> retention::Swept {
    for _ in 0..100 {
        if let Some(swept) = retention::round(&app.state.providers, &JobSettings::default(), at_ms).await.unwrap() {
            return swept;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the retention job stayed taken");
}

#[tokio::test]
async fn the_dossier_is_kept_as_evidence_before_its_deletion_and_sealed_at_rest() {
    let app = TestApp::spawn_for_signicat().await;
    let (id, dossier) = claire_decided(&app).await;
    let (status, proof) = evidence(&app, &id).await;
    assert_eq!(status, StatusCode::OK, "{proof}");
    assert_eq!((proof["provider"].as_str(), proof["source"].as_str()), (Some("signicat"), Some("assure_dossier")));
    let content = &proof["content"];
    assert_eq!(content["dossierId"], dossier.as_str());
    assert_eq!(content["userData"]["lastName"], "de Vries");
    let processes = content["processes"].as_array().unwrap();
    let kinds: Vec<&str> = processes.iter().map(|p| p["processType"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["idin", "documentSelfie"]);
    assert!(processes.iter().all(|p| p["status"] == "accepted" && p["finalResult"].is_object()));
    // Over Assure's bytes as received (whose spacing the parsed content does not keep).
    let sha256 = proof["sha256"].as_str().unwrap();
    assert!(sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit()), "{sha256}");

    // At rest the proof is sealed: nothing of Claire in the row.
    let row: Vec<u8> = app
        .store
        .call(|c| c.query_row("SELECT sealed FROM evidence", kyc_proxy::params![], |r| r.get(0)))
        .await
        .unwrap();
    assert!(!row.windows(8).any(|w| w == b"de Vries") && !row.windows(7).any(|w| w == b"Claire"));
    // The rest of her personal data is gone already; the team's read is in its audit trail.
    assert_eq!(crate::signicat::partner_detail(&app).await["person"], Value::Null);
    let audit = app.request(Method::GET, "/partner/v1/audit", Some(PARTNER_KEY), None).await.body;
    assert!(audit["entries"].as_array().unwrap().iter().any(|e| e["action"] == "evidence.read"), "{audit}");
}

#[tokio::test]
async fn the_evidence_goes_when_the_personal_data_period_after_the_decision_ends() {
    let app = TestApp::spawn_for_signicat().await;
    let (id, _) = claire_decided(&app).await;
    let now = kyc_proxy::clock::now().unix_millis();
    assert_eq!(sweep(&app, now + 29 * DAY_MS).await.evidence, 0, "30 days by default");
    assert_eq!(evidence(&app, &id).await.0, StatusCode::OK);
    assert_eq!(sweep(&app, now + 31 * DAY_MS).await.evidence, 1);
    let (status, body) = evidence(&app, &id).await;
    assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    // The decision stays.
    assert_eq!(crate::signicat::partner_detail(&app).await["signicat"]["verdict"], "accepted");
}

#[tokio::test]
async fn erasing_the_session_at_the_teams_request_deletes_the_evidence_too() {
    let app = TestApp::spawn_for_signicat().await;
    let (id, _) = claire_decided(&app).await;
    let erased = app.request(Method::DELETE, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);
    assert_eq!(evidence(&app, &id).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_session_of_another_flow_or_another_team_has_no_evidence_here() {
    let app = TestApp::spawn_for_signicat().await;
    let (id, _) = claire_decided(&app).await;
    let other = app.request(Method::GET, &format!("/partner/v1/sessions/{id}/evidence"), Some("wrong-key"), None).await;
    assert_eq!(other.status, StatusCode::UNAUTHORIZED);
    app.partner_session(serde_json::json!({ "flow": "onfido_documents" })).await;
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    let onfido = list.body[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(evidence(&app, &onfido).await.0, StatusCode::NOT_FOUND);
}
