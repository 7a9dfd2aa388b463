//! Dossiers of users who stopped before the pictures are deleted at Assure once the session has
//! been quiet for `SIGNICAT_ABANDONED_DOSSIER_HOURS` (a day by default), by the retention job: a
//! row of the store, so a run cut short is finished by the next one. A returning user starts a
//! new dossier.

use crate::helpers::{TestApp, SIGNICAT_ABANDONED_AFTER};
use crate::signicat::{bank_login, come_back, decided, log_in_at_the_bank, typed, verified, CLAIRE};
use axum::http::{Method, StatusCode};
use kyc_proxy::jobs::{retention, JobSettings};
use kyc_proxy::providers::signicat::{DossierId, SignicatClient, SignicatConfig};
use kyc_proxy::store::Optional as _;
use std::time::Duration;

const HOUR_MS: i64 = 3_600_000;

async fn sweep(app: &TestApp, at_ms: i64) -> retention::Swept {
    for _ in 0..100 {
        if let Some(swept) = retention::round(&app.state.providers, &JobSettings::default(), at_ms).await.unwrap() {
            return swept;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the retention job stayed taken");
}

/// Assure as the test asks it about a dossier.
fn assure(app: &TestApp) -> SignicatClient {
    SignicatClient::new(SignicatConfig {
        base_url: format!("{}/signicat", app.sandbox_url),
        token_url: format!("{}/signicat/auth/open/connect/token", app.sandbox_url),
        client_id: "sandbox-signicat-client".into(),
        client_secret: "sandbox-signicat-secret".to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

async fn exists(app: &TestApp, dossier: &str) -> bool {
    assure(app).dossier_show(&DossierId::parse(dossier).unwrap()).await.unwrap().is_some()
}

/// The stored progress of the only session, if any.
async fn progress(app: &TestApp) -> Option<String> {
    let sql = "SELECT state FROM progress";
    app.store.read(move |c| c.query_row(sql, kyc_proxy::params![], |r| r.get(0)).optional()).await.unwrap()
}

/// Claire's data typed and her bank login started (she never logs in); the dossier's id.
async fn left_at_the_bank(app: &TestApp) -> (String, String) {
    let token = typed(app, CLAIRE).await;
    let started = app.request(Method::POST, "/api/session/bank-login", Some(&token), None).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let stored = progress(app).await.unwrap();
    let dossier = stored.split("\"dossier_id\":\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    (token, dossier)
}

#[tokio::test]
async fn a_dossier_left_at_the_bank_is_deleted_at_assure_after_a_day_and_the_user_can_start_again() {
    let app = TestApp::spawn_for_signicat().await;
    let (token, dossier) = left_at_the_bank(&app).await;
    let now = kyc_proxy::clock::now().unix_millis();
    let day = SIGNICAT_ABANDONED_AFTER.as_millis() as i64;
    assert_eq!(sweep(&app, now + day - HOUR_MS).await.provider_abandoned, 0);
    assert!(exists(&app, &dossier).await, "kept for a day");
    assert_eq!(sweep(&app, now + day + HOUR_MS).await.provider_abandoned, 1);
    assert!(!exists(&app, &dossier).await, "deleted at Assure");
    assert_eq!(progress(&app).await, None);
    assert_eq!(bank_login(&app, &token).await["state"], "not_started");
    assert_eq!(sweep(&app, now + day + 2 * HOUR_MS).await.provider_abandoned, 0, "once");

    // Back the next day: a new dossier, and the login goes through.
    let again = app.request(Method::POST, "/api/session/bank-login", Some(&token), None).await;
    assert_eq!((again.status, again.body["state"].as_str()), (StatusCode::OK, Some("pending")));
    let location = log_in_at_the_bank(again.body["url"].as_str().unwrap(), "claire").await;
    assert!(!location.contains(&dossier), "another dossier: {location}");
    come_back(&app, &location).await;
    assert_eq!(bank_login(&app, &token).await["state"], "confirmed");
}

#[tokio::test]
async fn a_run_cut_short_after_marking_the_dossier_is_finished_by_the_next_one() {
    let app = TestApp::spawn_for_signicat().await;
    let (_, dossier) = left_at_the_bank(&app).await;
    // As a run leaves it when the proxy stops between the mark and the deletion at Assure.
    let marked = format!("{{\"stage\":\"abandoned\",\"dossier_id\":\"{dossier}\"}}");
    app.store.call(move |c| c.execute("UPDATE progress SET state = ?1", kyc_proxy::params![marked])).await.unwrap();
    let later = kyc_proxy::clock::now().unix_millis() + SIGNICAT_ABANDONED_AFTER.as_millis() as i64 + HOUR_MS;
    assert_eq!(sweep(&app, later).await.provider_abandoned, 1);
    assert!(!exists(&app, &dossier).await);
    assert_eq!(progress(&app).await, None);
}

#[tokio::test]
async fn a_user_back_between_the_mark_and_the_deletion_gets_a_new_dossier() {
    let app = TestApp::spawn_for_signicat().await;
    let (token, dossier) = left_at_the_bank(&app).await;
    let marked = format!("{{\"stage\":\"abandoned\",\"dossier_id\":\"{dossier}\"}}");
    app.store.call(move |c| c.execute("UPDATE progress SET state = ?1", kyc_proxy::params![marked])).await.unwrap();
    assert_eq!(bank_login(&app, &token).await["state"], "not_started");
    let again = app.request(Method::POST, "/api/session/bank-login", Some(&token), None).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert!(!exists(&app, &dossier).await, "the old one deleted first");
    assert!(!progress(&app).await.unwrap().contains(&dossier));
}

#[tokio::test]
async fn a_decided_session_is_not_abandoned() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    verified(&app, &token, "claire").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
    let later = kyc_proxy::clock::now().unix_millis() + SIGNICAT_ABANDONED_AFTER.as_millis() as i64 + HOUR_MS;
    assert_eq!(sweep(&app, later).await.provider_abandoned, 0);
}
