//! Consent receipts: signed by the proxy, verified here with a JOSE library against the
//! published keys, as a product team would.

use crate::helpers::{person, TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use kyc_proxy::receipts::{ReceiptKey, Receipts};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The session's detail as the product team reads it; the app's sessions are the deployment's.
async fn detail(app: &TestApp) -> (String, Value) {
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::OK);
    (id, detail.body)
}

/// The receipt's payload when its signature verifies with the published key of its `kid`.
async fn verified(app: &TestApp, receipt: &str) -> Result<Value, jsonwebtoken::errors::Error> {
    // Public: no API key needed to fetch the keys.
    let keys = app.request(Method::GET, "/partner/v1/receipt-keys", None, None).await;
    assert_eq!(keys.status, StatusCode::OK);
    let keys: JwkSet = serde_json::from_value(keys.body).unwrap();
    let header = jsonwebtoken::decode_header(receipt)?;
    assert_eq!(header.alg, Algorithm::EdDSA);
    assert_eq!(header.typ.as_deref(), Some("kyc-consent-receipt+jwt"));
    let jwk = keys.find(header.kid.as_deref().unwrap()).expect("the receipt's key is published");
    let mut validation = Validation::new(Algorithm::EdDSA);
    // A receipt is a statement about the past: it never expires.
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    Ok(jsonwebtoken::decode::<Value>(receipt, &DecodingKey::from_jwk(jwk)?, &validation)?.claims)
}

fn repository_text_sha256(file: &str) -> String {
    let path = format!("{}/../core/consent-texts/{file}", env!("CARGO_MANIFEST_DIR"));
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

#[tokio::test]
async fn a_receipt_verifies_with_the_published_key_and_names_the_repository_text() {
    let app = TestApp::spawn().await;
    app.ready_session("Jane").await;
    let (id, detail) = detail(&app).await;
    let consent = &detail["consents"][0];
    assert_eq!(consent["kind"], "terms_conditions");
    assert_eq!(consent["given_at"], "2026-01-01T10:00:00.000Z");
    let claims = verified(&app, consent["receipt"].as_str().unwrap()).await.unwrap();
    assert_eq!(claims["sub"], id);
    assert_eq!(claims["team"], "deployment");
    assert_eq!(claims["iss"], "http://kyc.test");
    assert_eq!(claims["consent"], "terms_conditions");
    assert_eq!(claims["action"], "given");
    assert_eq!(claims["text_version"], 1);
    assert_eq!(claims["language"], "en");
    assert_eq!(claims["text_sha256"], repository_text_sha256("terms_conditions/v1.en.txt"));
    assert_eq!(claims["text_sha256"], consent["text_sha256"]);
    assert_eq!(claims["browser_time"], "2026-01-01T10:00:00.000Z");
    assert_eq!(claims["received_at"], consent["received_at"]);
    let second = verified(&app, detail["consents"][1]["receipt"].as_str().unwrap()).await.unwrap();
    assert_eq!(second["text_sha256"], repository_text_sha256("data_processing/v1.en.txt"));
}

#[tokio::test]
async fn a_receipt_fails_to_verify_after_one_byte_changes() {
    let app = TestApp::spawn().await;
    app.ready_session("Jane").await;
    let (_, detail) = detail(&app).await;
    let receipt = detail["consents"][0]["receipt"].as_str().unwrap().to_owned();
    assert!(verified(&app, &receipt).await.is_ok());
    let parts: Vec<&str> = receipt.split('.').collect();

    // One byte of the payload: the language the text was shown in.
    let payload = String::from_utf8(URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    let forged = payload.replacen(r#""language":"en""#, r#""language":"de""#, 1);
    assert_eq!(forged.len(), payload.len());
    assert_ne!(forged, payload);
    let forged = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(forged), parts[2]);
    assert!(verified(&app, &forged).await.is_err(), "a changed payload must not verify");

    // One byte of the signature.
    let mut signature = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    signature[10] ^= 0x01;
    let forged = format!("{}.{}.{}", parts[0], parts[1], URL_SAFE_NO_PAD.encode(signature));
    assert!(verified(&app, &forged).await.is_err(), "a changed signature must not verify");
}

#[tokio::test]
async fn a_withdrawal_is_recorded_and_signed_like_a_consent_and_the_history_stays() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("Jane").await;
    let path = "/api/session/consents/data_processing?withdrawn_at=2026-01-01T10:05:00Z";
    let reply = app.request(Method::DELETE, path, Some(&token), None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let (_, after) = detail(&app).await;
    assert_eq!(after["consents"].as_array().unwrap().len(), 1);
    let history = after["consent_history"].as_array().unwrap();
    let actions: Vec<_> =
        history.iter().map(|r| (r["kind"].as_str().unwrap(), r["action"].as_str().unwrap())).collect();
    assert_eq!(
        actions,
        [("terms_conditions", "given"), ("data_processing", "given"), ("data_processing", "withdrawn")]
    );
    let withdrawal = verified(&app, history[2]["receipt"].as_str().unwrap()).await.unwrap();
    assert_eq!(withdrawal["action"], "withdrawn");
    assert_eq!(withdrawal["consent"], "data_processing");
    assert_eq!(withdrawal["browser_time"], "2026-01-01T10:05:00.000Z");
    assert_eq!(withdrawal["text_version"], 1, "the text the withdrawn consent was given to");
    assert_eq!(withdrawal["text_sha256"], repository_text_sha256("data_processing/v1.en.txt"));

    // Given again, in German this time: a new record; the earlier ones stay.
    let body = json!({ "given_at": "2026-01-01T10:06:00Z", "text_version": 1, "language": "de" });
    let reply = app.request(Method::PUT, "/api/session/consents/data_processing", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK);
    let (_, again) = detail(&app).await;
    assert_eq!(again["consent_history"].as_array().unwrap().len(), 4);
    let held = &again["consents"][1];
    assert_eq!((held["kind"].as_str(), held["language"].as_str()), (Some("data_processing"), Some("de")));
    let claims = verified(&app, held["receipt"].as_str().unwrap()).await.unwrap();
    assert_eq!(claims["text_sha256"], repository_text_sha256("data_processing/v1.de.txt"));
    // A withdrawal without the browser's time still records the proxy's.
    app.consent_delete(&token, "terms_conditions").await;
    let (_, last) = detail(&app).await;
    let record = &last["consent_history"][4];
    assert_eq!((record["action"].as_str(), record["browser_time"].as_str()), (Some("withdrawn"), None));
    assert!(verified(&app, record["receipt"].as_str().unwrap()).await.is_ok());
}

#[tokio::test]
async fn unknown_text_versions_and_languages_are_refused() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    app.person_update(&token, person("Jane")).await;
    let path = "/api/session/consents/terms_conditions";
    for body in [
        json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 99, "language": "en" }),
        json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 0, "language": "de" }),
        json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 1, "language": "ja" }),
        json!({ "given_at": "2026-01-01T10:00:00Z" }),
    ] {
        let reply = app.request(Method::PUT, path, Some(&token), Some(body.clone())).await;
        assert!(reply.status.is_client_error(), "{body}: {}", reply.status);
    }
    let reply = app.request(Method::DELETE, &format!("{path}?withdrawn_at=yesterday"), Some(&token), None).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(app.session_show(&token).await.body["consents"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn instances_on_one_store_share_the_generated_key_and_a_replaced_key_stays_published() {
    let app = TestApp::spawn().await;
    let published = app.request(Method::GET, "/partner/v1/receipt-keys", None, None).await.body;
    let generated = published["keys"][0]["kid"].clone();
    assert_eq!(published["keys"].as_array().unwrap().len(), 1);
    assert_eq!(
        (published["keys"][0]["kty"].as_str(), published["keys"][0]["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
    // A second instance on the same database signs with the same key.
    let other = Receipts::new(None).published(&app.store).await.unwrap();
    assert_eq!(other.keys.len(), 1);
    assert_eq!(other.keys[0].kid, generated);
    // An instance configured with its own key (a rotation) publishes it beside the old one.
    let configured = ReceiptKey::generate();
    let rotated = Receipts::new(Some(configured.clone())).published(&app.store).await.unwrap();
    let kids: Vec<&str> = rotated.keys.iter().map(|k| k.kid.as_str()).collect();
    assert!(kids.contains(&generated.as_str().unwrap()) && kids.contains(&configured.kid()), "{kids:?}");
}

#[tokio::test]
async fn a_consent_given_on_the_dutch_text_names_the_dutch_file() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    app.person_update(&token, person("Jane")).await;
    let body = json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 1, "language": "nl" });
    let reply = app.request(Method::PUT, "/api/session/consents/terms_conditions", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let (_, detail) = detail(&app).await;
    let consent = &detail["consents"][0];
    assert_eq!(consent["language"], "nl");
    let claims = verified(&app, consent["receipt"].as_str().unwrap()).await.unwrap();
    assert_eq!(claims["language"], "nl");
    assert_eq!(claims["text_sha256"], repository_text_sha256("terms_conditions/v1.nl.txt"));
}
