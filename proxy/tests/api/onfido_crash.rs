//! Onfido after a crash between a creating call and the save of its result: the first
//! attempt's call reached the simulator and was announced in the store, its result never
//! saved. The retry adopts the applicant or check instead of creating a second one, and the
//! session reaches the same decision.

use crate::helpers::TestApp;
use crate::onfido::{consented, decided, partner_detail, personal_data, pictures_taken, Applicant, CATHERINE, OLIVER};
use kyc_core::flow::{FlowId, ProviderId};
use kyc_core::{CalendarDate, PersonalData, PersonalDataInput};
use kyc_proxy::providers::onfido::{
    DocumentType, FileUpload, OnfidoClient, OnfidoConfig, Progress, ReportName, APPLICANT_STEP, CHECK_STEP,
};
use kyc_proxy::store::SessionRecord;
use serde_json::Value;
use std::time::Duration;

const API_TOKEN: &str = "api_sandbox.local-onfido-token";
const REFERENCE: &str = "kyc-00112233445566778899aabb";

fn onfido(app: &TestApp) -> OnfidoClient {
    OnfidoClient::new(OnfidoConfig {
        base_url: format!("{}/onfido/v3.6", app.sandbox_url),
        api_token: API_TOKEN.to_owned().into(),
        webhook_token: crate::helpers::ONFIDO_WEBHOOK_TOKEN.to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// What the simulator lists at `path` (under `/onfido/v3.6`).
async fn listed(app: &TestApp, path: &str) -> Value {
    let url = format!("{}/onfido/v3.6{path}", app.sandbox_url);
    let request = reqwest::Client::new().get(url).header("authorization", format!("Token token={API_TOKEN}"));
    request.send().await.unwrap().json().await.unwrap()
}

/// The applicant as the proxy sends it to Onfido.
fn person(applicant: &Applicant) -> PersonalData {
    let input: PersonalDataInput = serde_json::from_value(personal_data(applicant)).unwrap();
    let fields = FlowId::OnfidoDocuments.definition().fields;
    PersonalData::parse(&input, &fields, CalendarDate::new(2026, 11, 21).unwrap()).unwrap()
}

async fn session_of(app: &TestApp, token: &str) -> SessionRecord {
    app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap()
}

/// Announces `step` as the first attempt did, a little before its call.
async fn announced(app: &TestApp, session: SessionRecord, step: &'static str) {
    let now = kyc_proxy::clock::now().unix_millis();
    app.store.intent_open(session, step, REFERENCE.to_owned(), now).await.unwrap();
}

#[tokio::test]
async fn an_applicant_created_before_a_crash_is_adopted_not_created_again() {
    let app = TestApp::spawn().await;
    let token = consented(&app, &CATHERINE, "PASSPORT").await;
    let session = session_of(&app, &token).await;
    announced(&app, session, APPLICANT_STEP).await;
    let first = onfido(&app).applicant_create(&person(&CATHERINE), None).await.unwrap();

    pictures_taken(&app, &token).await;
    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    let applicants = listed(&app, "/applicants?per_page=100").await["applicants"].clone();
    assert_eq!(applicants.as_array().unwrap().len(), 1, "{applicants}");
    let check_id = partner_detail(&app).await["provider"]["identification_id"].as_str().unwrap().to_owned();
    assert_eq!(listed(&app, &format!("/checks/{check_id}")).await["applicant_id"], first.as_str());
}

#[tokio::test]
async fn only_the_same_persons_applicant_created_since_the_announcement_is_adopted() {
    let app = TestApp::spawn().await;
    let client = onfido(&app);
    let catherine = client.applicant_create(&person(&CATHERINE), None).await.unwrap();
    // Newer, so listed first: the same person under another email, and someone else.
    let mut other_email = person(&CATHERINE);
    other_email.email = kyc_core::Email::parse("someone@example.com").unwrap();
    client.applicant_create(&other_email, None).await.unwrap();
    client.applicant_create(&person(&OLIVER), None).await.unwrap();
    let now = kyc_proxy::clock::now().unix_millis();
    assert_eq!(client.applicant_find(&person(&CATHERINE), now - 60_000).await.unwrap(), Some(catherine));
    let later = client.applicant_find(&person(&CATHERINE), now + 60_000).await.unwrap();
    assert_eq!(later, None, "an applicant created before the announcement is another attempt's");
}

#[tokio::test]
async fn a_check_created_before_a_crash_is_adopted_not_run_twice() {
    let app = TestApp::spawn().await;
    let token = consented(&app, &CATHERINE, "PASSPORT").await;
    let session = session_of(&app, &token).await;
    // The first attempt got as far as the check: applicant and pictures saved, the check
    // announced and created with the intent's reference, its id lost.
    let client = onfido(&app);
    let applicant_id = client.applicant_create(&person(&CATHERINE), None).await.unwrap();
    let jpeg = |name: &str| FileUpload {
        file_name: name.into(),
        content_type: "image/jpeg".into(),
        bytes: crate::captures::picture(1600, 1000, image::ImageFormat::Jpeg),
    };
    client.document_upload(&applicant_id, DocumentType::Passport, None, jpeg("front.jpg")).await.unwrap();
    client.live_photo_upload(&applicant_id, jpeg("selfie.jpg")).await.unwrap();
    let uploaded = Progress::Uploaded { applicant_id: applicant_id.clone() };
    let now = kyc_proxy::clock::now().to_string();
    app.store.progress_save(session, ProviderId::Onfido, &uploaded, now).await.unwrap();
    announced(&app, session, CHECK_STEP).await;
    let reports = [ReportName::Document, ReportName::FacialSimilarityPhoto, ReportName::IdentityEnhanced];
    let first = client.check_create(&applicant_id, &reports, &[REFERENCE]).await.unwrap();

    pictures_taken(&app, &token).await;
    assert_eq!(decided(&app, &token).await["status"], "successful", "as without the crash");
    let checks = listed(&app, &format!("/checks?applicant_id={applicant_id}")).await["checks"].clone();
    assert_eq!(checks.as_array().unwrap().len(), 1, "{checks}");
    assert_eq!(partner_detail(&app).await["provider"]["identification_id"], first.id.as_str());
}

#[tokio::test]
async fn a_check_is_sent_with_the_intents_reference_as_its_tag() {
    let app = TestApp::spawn().await;
    let token = consented(&app, &OLIVER, "PASSPORT").await;
    pictures_taken(&app, &token).await;
    let check_id = partner_detail(&app).await["provider"]["identification_id"].as_str().unwrap().to_owned();
    let tags = listed(&app, &format!("/checks/{check_id}")).await["tags"].clone();
    let tag = tags[0].as_str().unwrap();
    assert!(tag.starts_with("kyc-") && tag.len() == 28, "{tags}");
}
