//! The eID follows the user's country of residence: Norwegian BankID for Norway (iDIN for the
//! Netherlands is the rest of the Signicat tests), and a country without a supported eID is told
//! so at its field, before anything reaches a bank.

use crate::helpers::TestApp;
use crate::signicat::{bank_confirmed_with, checks, decided, personal_data, pictures_taken, typed_in, Typed, CLAIRE};
use axum::http::StatusCode;
use serde_json::json;

const INGRID: Typed = ["Ingrid", "Hansen", "1987-04-12", "Karl Johans gate", "22", "0159", "Oslo"];

#[tokio::test]
async fn a_norwegian_resident_logs_in_with_bankid_and_is_accepted() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed_in(&app, INGRID, "NO").await;
    bank_confirmed_with(&app, &token, "ingrid", "norwegian_bankid").await;
    pictures_taken(&app, &token).await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "successful");
    let bank = checks(&status, "bank");
    assert_eq!(bank.len(), 8, "{bank:?}");
    assert!(bank.iter().all(|(_, agreement)| agreement == "match"), "{bank:?}");
}

#[tokio::test]
async fn a_resident_of_a_country_without_a_bank_login_is_told_at_the_country_field() {
    let app = TestApp::spawn_for_signicat().await;
    let token = app.partner_session(json!({ "flow": "signicat_bank" })).await;
    for (country, postal_code) in [("DE", "10115"), ("DK", "1050")] {
        let mut person = personal_data(CLAIRE, country);
        person["postal_code"] = json!(postal_code);
        let refused = app.person_update(&token, person).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{country}: {}", refused.body);
        let fields = refused.body["error"]["fields"].as_array().unwrap();
        assert_eq!(fields.len(), 1, "{country}: {fields:?}");
        assert_eq!(
            (fields[0]["field"].as_str(), fields[0]["code"].as_str()),
            (Some("country"), Some("residence_not_eligible"))
        );
        assert!(fields[0]["message"].as_str().unwrap().ends_with("allowed: NL, NO"), "{fields:?}");
    }
    // Another flow takes the same person.
    let other = app.partner_session(json!({ "flow": "onfido_documents" })).await;
    let mut person = personal_data(CLAIRE, "DE");
    person["postal_code"] = json!("10115");
    assert_eq!(app.person_update(&other, person).await.status, StatusCode::OK);
}
