//! Signicat after a crash between a creating call and the save of its result: the first
//! attempt's call reached the simulator and was announced in the store, its result never
//! saved. The retry adopts the dossier or process instead of creating a second one, and the
//! session reaches the same decision.

use crate::helpers::{json_of, sandbox_token, TestApp};
use crate::signicat::{
    bank_confirmed, bank_login, come_back, decided, log_in_at_the_bank, partner_detail, pictures_taken, typed, CLAIRE,
};
use axum::http::{Method, StatusCode};
use kyc_core::flow::ProviderId;
use kyc_proxy::providers::signicat::{
    DossierId, Progress, SignicatClient, SignicatConfig, DOSSIER_STEP, EIDV_STEP, EID_STEP,
};
use kyc_proxy::store::SessionRecord;
use serde_json::Value;
use std::time::Duration;

const REFERENCE: &str = "kyc-00112233445566778899aabb";

fn signicat(app: &TestApp) -> SignicatClient {
    SignicatClient::new(SignicatConfig {
        base_url: format!("{}/signicat", app.sandbox_url),
        token_url: format!("{}/signicat/auth/open/connect/token", app.sandbox_url),
        client_id: "sandbox-signicat-client".into(),
        client_secret: "sandbox-signicat-secret".to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// Every dossier the simulator holds, with a token of its own.
async fn dossiers(app: &TestApp) -> Vec<Value> {
    let token_url = format!("{}/signicat/auth/open/connect/token", app.sandbox_url);
    let bearer = sandbox_token(token_url, "sandbox-signicat-client", "sandbox-signicat-secret", "signicat-api").await;
    let url = format!("{}/signicat/assure/dossiers", app.sandbox_url);
    let list = json_of(reqwest::Client::new().get(url).bearer_auth(bearer)).await;
    list.as_array().unwrap().clone()
}

async fn session_of(app: &TestApp, token: &str) -> SessionRecord {
    app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap()
}

/// Announces `step` as the first attempt did, just before its call.
async fn announced(app: &TestApp, session: SessionRecord, step: &'static str) {
    let now = kyc_proxy::clock::now().unix_millis();
    app.store.intent_open(session, step, REFERENCE.to_owned(), now).await.unwrap();
}

/// Waits until the decided session's dossier was deleted at Assure.
async fn forgotten(app: &TestApp) -> Vec<Value> {
    for _ in 0..100 {
        let left = dossiers(app).await;
        if left.is_empty() {
            return left;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    dossiers(app).await
}

#[tokio::test]
async fn a_dossier_created_before_a_crash_is_adopted_by_its_external_reference() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    let session = session_of(&app, &token).await;
    announced(&app, session, DOSSIER_STEP).await;
    let first = signicat(&app).dossier_create(Some(REFERENCE)).await.unwrap();

    assert_eq!(bank_confirmed(&app, &token, "claire").await, first.as_str());
    assert_eq!(dossiers(&app).await.len(), 1, "no second dossier");
    pictures_taken(&app, &token).await;
    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    assert_eq!(forgotten(&app).await, Vec::<Value>::new(), "the adopted dossier was the one deleted");
}

#[tokio::test]
async fn a_dossier_is_created_with_the_intents_reference() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    let started = app.request(Method::POST, "/api/session/bank-login", Some(&token), None).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let listed = dossiers(&app).await;
    let reference = listed[0]["externalReference"].as_str().unwrap();
    assert!(reference.starts_with("kyc-") && reference.len() == 28, "{reference}");
}

#[tokio::test]
async fn a_bank_login_created_before_a_crash_is_handed_out_not_created_again() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    let session = session_of(&app, &token).await;
    // The first attempt saved its dossier, then created the iDIN process and lost its id.
    let client = signicat(&app);
    let dossier = client.dossier_create(None).await.unwrap();
    let saved = Progress::Dossier { dossier_id: dossier.as_str().to_owned() };
    let now = kyc_proxy::clock::now().to_string();
    app.store.progress_save(session, ProviderId::Signicat, &saved, now).await.unwrap();
    announced(&app, session, EID_STEP).await;
    let return_url = "http://kyc.test/api/bank-login/return";
    let first = client.eid_process_create(&dossier, kyc_core::EidScheme::Idin, return_url, None).await.unwrap();

    let started = app.request(Method::POST, "/api/session/bank-login", Some(&token), None).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    assert_eq!(started.body["url"], first.redirect_url.as_str(), "the first attempt's bank page");
    let processes = client.dossier_show(&dossier).await.unwrap().unwrap().processes;
    assert_eq!(processes.len(), 1, "no second bank login");
    come_back(&app, &log_in_at_the_bank(&first.redirect_url, "claire").await).await;
    assert_eq!(bank_login(&app, &token).await["state"], "confirmed");
    pictures_taken(&app, &token).await;
    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
}

#[tokio::test]
async fn a_document_process_created_before_a_crash_is_adopted_not_created_again() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    let dossier = DossierId::parse(&bank_confirmed(&app, &token, "claire").await).unwrap();
    let session = session_of(&app, &token).await;
    announced(&app, session, EIDV_STEP).await;
    let client = signicat(&app);
    let first = client.eidv_process_create(&dossier, None).await.unwrap();

    pictures_taken(&app, &token).await;
    let processes = client.dossier_show(&dossier).await.unwrap().unwrap().processes;
    assert_eq!(processes.len(), 2, "the bank login and the adopted document process");
    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    assert_eq!(partner_detail(&app).await["provider"]["identification_id"], first.as_str());
}
