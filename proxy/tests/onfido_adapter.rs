//! The Onfido adapter against the simulator over real HTTP: the dataset's personas through the
//! whole applicant → uploads → check → reports sequence, the product's rules on the result,
//! webhook signatures, credentials and outages.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use kyc_core::{CalendarDate, FieldRule, PersonalData, PersonalDataInput};
use kyc_identity_enhanced::{Decision, Policy, Referral, ReportResult, Source, Ssn};
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::onfido::{
    verify_signature, CheckStatus, DocumentType, FileUpload, OnfidoClient, OnfidoConfig, Report, ReportName, Side,
    SubResult,
};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const API_TOKEN: &str = "api_sandbox.local-onfido-token";
const WEBHOOK_TOKEN: &str = "local-onfido-webhook-token";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0];

/// The simulator on a loopback port, checks taking a moment as real ones do; returns its origin.
async fn simulator(webhook_url: Option<String>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let mut config = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return?t={transactionnumber}");
    config.onfido.processing_delay = Duration::from_millis(100);
    config.onfido.webhook_url = webhook_url;
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(config)).await.unwrap() });
    url
}

fn client(origin: &str, token: &str) -> OnfidoClient {
    OnfidoClient::new(OnfidoConfig {
        base_url: format!("{origin}/onfido/v3.6"),
        api_token: token.to_owned().into(),
        webhook_token: WEBHOOK_TOKEN.to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// `name` ("First Last"), birth date, street, house number, postal code, city, country.
fn person(name: &str, dob: &str, address: [&str; 5]) -> PersonalData {
    let (first, last) = name.split_once(' ').unwrap();
    let [street, house_number, postal_code, city, country] = address;
    let input = PersonalDataInput {
        first_name: first.into(),
        last_name: last.into(),
        birth_date: dob.into(),
        nationality: country.into(),
        street: street.into(),
        house_number: house_number.into(),
        postal_code: postal_code.into(),
        city: city.into(),
        country: country.into(),
        mobile_number: "+447700900123".into(),
        email: "applicant@example.com".into(),
        ..Default::default()
    };
    PersonalData::parse(&input, &PersonalData::CORE.map(FieldRule::required), CalendarDate::new(2026, 11, 21).unwrap())
        .unwrap()
}

fn catherine_as(name: &str, house_number: &str) -> PersonalData {
    person(name, "1985-03-14", ["Rowland Close", house_number, "OX2 9PL", "Oxford", "GB"])
}

fn jpeg(name: &str) -> FileUpload {
    FileUpload { file_name: name.into(), content_type: "image/jpeg".into(), bytes: JPEG.to_vec() }
}

/// Polls the check until it is complete (the simulator takes 100 ms).
async fn completed(onfido: &OnfidoClient, check_id: &str) -> kyc_proxy::providers::onfido::Check {
    for _ in 0..100 {
        let check = onfido.check_show(check_id).await.unwrap();
        if check.status == CheckStatus::Complete {
            return check;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("check {check_id} did not complete")
}

/// Runs an Identity Enhanced check and returns its report.
async fn identity_report(onfido: &OnfidoClient, person: &PersonalData, ssn: Option<&str>) -> Report {
    let ssn = ssn.map(|s| Ssn::parse(s).unwrap());
    let applicant = onfido.applicant_create(person, ssn.as_ref()).await.unwrap();
    let check = onfido.check_create(&applicant, &[ReportName::IdentityEnhanced], &[]).await.unwrap();
    assert_eq!(check.status, CheckStatus::InProgress);
    assert_eq!(check.result, None);
    let check = completed(onfido, &check.id).await;
    assert_eq!(check.report_ids.len(), 1);
    onfido.report_show(&check.report_ids[0]).await.unwrap()
}

#[tokio::test]
async fn a_known_uk_applicant_is_clear_in_every_report_and_passes_a_two_source_rule() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let applicant = onfido.applicant_create(&catherine_as("Catherine Stanley", "26"), None).await.unwrap();
    for side in [Side::Front, Side::Back] {
        onfido
            .document_upload(&applicant, DocumentType::DrivingLicence, Some(side), jpeg("licence.jpg"))
            .await
            .unwrap();
    }
    onfido.live_photo_upload(&applicant, jpeg("selfie.jpg")).await.unwrap();
    let all = [ReportName::Document, ReportName::FacialSimilarityPhoto, ReportName::IdentityEnhanced];
    let check = onfido.check_create(&applicant, &all, &[]).await.unwrap();
    let check = completed(&onfido, &check.id).await;
    assert_eq!(check.result, Some(ReportResult::Clear));
    let reports = onfido.report_list(&check.id).await.unwrap();
    assert_eq!(reports.len(), 3);
    let document = reports.iter().find(|r| r.name == ReportName::Document).unwrap();
    assert_eq!(document.sub_result, Some(SubResult::Clear));
    let identity =
        reports.iter().find(|r| r.name == ReportName::IdentityEnhanced).unwrap().identity_enhanced().unwrap();
    assert_eq!(identity.result, ReportResult::Clear);
    assert_eq!(identity.breakdown.total_number_of_sources, 3);
    assert_eq!(identity.breakdown.mortality, Some(ReportResult::Clear));
    let rules = r#"[{"field":"total_number_of_sources","op":">=","value":2},{"field":"address","equals":"clear"}]"#;
    let policy: Policy = serde_json::from_str(rules).unwrap();
    assert_eq!(policy.evaluate(&identity), Decision::Accept);
}

#[tokio::test]
async fn a_uk_applicant_known_to_one_source_only_is_consider_and_referred() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let oliver = person("Oliver Bennett", "1979-07-02", ["Kingsley Road", "8", "LS6 2BE", "Leeds", "GB"]);
    let report = identity_report(&onfido, &oliver, None).await;
    assert_eq!(report.result, Some(ReportResult::Consider));
    let identity = report.identity_enhanced().unwrap();
    assert_eq!(identity.breakdown.address.matches_in(Source::CreditAgencies), 1);
    assert_eq!(identity.breakdown.total_number_of_sources, 1);
    assert_eq!(Policy::default().evaluate(&identity), Decision::Refer(Referral::NotClear(ReportResult::Consider)));
}

#[tokio::test]
async fn a_clear_report_without_a_date_of_birth_match_is_referred_by_a_product_rule() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let priya = person("Priya Shah", "1990-11-23", ["Elm Grove", "14", "BS7 8AB", "Bristol", "GB"]);
    let identity = identity_report(&onfido, &priya, None).await.identity_enhanced().unwrap();
    assert_eq!(identity.result, ReportResult::Clear, "two sources confirm the address");
    let policy: Policy = "total_number_of_sources >= 2\ndate_of_birth == clear".parse().unwrap();
    let Decision::Refer(Referral::RuleFailed { index: 1, .. }) = policy.evaluate(&identity) else {
        panic!("the date-of-birth rule must refer a report without a date-of-birth match")
    };
}

#[tokio::test]
async fn a_us_applicant_is_clear_with_the_last_four_of_the_ssn_and_consider_with_a_wrong_one() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let emily = person("Emily Carter", "1987-06-05", ["Maple Avenue", "1420", "62704", "Springfield", "US"]);
    let right = identity_report(&onfido, &emily, Some("4817")).await.identity_enhanced().unwrap();
    assert_eq!(right.result, ReportResult::Clear);
    let ssn = right.breakdown.ssn.as_ref().expect("an SSN element when an SSN was given");
    assert_eq!(ssn.matches_in(Source::CreditAgencies), 1);
    let wrong = identity_report(&onfido, &emily, Some("123-45-6780")).await.identity_enhanced().unwrap();
    assert_eq!(wrong.result, ReportResult::Consider);
    assert_eq!(wrong.breakdown.ssn.as_ref().unwrap().result, Some(ReportResult::Consider));
    assert_eq!(wrong.breakdown.address.number_of_sources(), 2, "the address still matched");
}

#[tokio::test]
async fn outside_the_uk_an_address_match_is_clear_and_nobody_known_is_unidentified() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let jana = person("Jana Becker", "1988-02-17", ["Amrumer Str.", "14", "13353", "Berlin", "DE"]);
    let clear = identity_report(&onfido, &jana, None).await;
    assert_eq!(clear.result, Some(ReportResult::Clear));
    assert_eq!(clear.identity.unwrap().mortality, None, "mortality is a UK check");
    let nobody = person("Max Mustermann", "1980-01-01", ["Amrumer Straße", "14", "13353", "Berlin", "DE"]);
    assert_eq!(identity_report(&onfido, &nobody, None).await.result, Some(ReportResult::Unidentified));
}

#[tokio::test]
async fn the_guides_name_and_address_variations_are_matched_fuzzily() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    for (name, number) in [("Kate Stanley", "1/26"), ("Catherine Stamley", "26a")] {
        let report = identity_report(&onfido, &catherine_as(name, number), None).await;
        let identity = report.identity_enhanced().unwrap();
        assert_eq!(identity.result, ReportResult::Clear, "{name}, {number} Rowland Close");
        assert_eq!(identity.breakdown.address.number_of_sources(), 3, "{name}");
    }
    let someone_else = identity_report(&onfido, &catherine_as("Caroline Stanley", "26"), None).await;
    assert_eq!(someone_else.result, Some(ReportResult::Consider));
    assert_eq!(someone_else.identity.unwrap().total_number_of_sources, 0);
}

type Log = Arc<Mutex<Vec<(String, Bytes)>>>;

/// A webhook receiver on loopback that keeps each delivery's signature header and raw body.
async fn receiver() -> (String, Log) {
    async fn hook(State(log): State<Log>, headers: HeaderMap, body: Bytes) -> StatusCode {
        let signature = headers.get("x-sha2-signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
        log.lock().unwrap().push((signature.to_owned(), body));
        StatusCode::OK
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhooks/onfido", listener.local_addr().unwrap());
    let log = Log::default();
    let app = Router::new().route("/webhooks/onfido", post(hook)).with_state(log.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, log)
}

#[tokio::test]
async fn webhook_signatures_verify_with_the_token_and_fail_with_another_or_a_changed_body() {
    let (url, log) = receiver().await;
    let origin = simulator(Some(url)).await;
    let onfido = client(&origin, API_TOKEN);
    let report = identity_report(&onfido, &catherine_as("Catherine Stanley", "26"), None).await;
    for _ in 0..100 {
        if log.lock().unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let deliveries = log.lock().unwrap().clone();
    assert_eq!(deliveries.len(), 2, "report.completed, then check.completed");
    for (signature, body) in &deliveries {
        assert!(verify_signature(body, signature, WEBHOOK_TOKEN));
        assert!(onfido.webhook_signature_valid(body, signature));
        assert!(!verify_signature(body, signature, "another-token"));
        let mut changed = body.to_vec();
        changed.push(b' ');
        assert!(!verify_signature(&changed, signature, WEBHOOK_TOKEN));
    }
    let first: serde_json::Value = serde_json::from_slice(&deliveries[0].1).unwrap();
    assert_eq!(first["payload"]["action"], "report.completed");
    assert_eq!(first["payload"]["object"]["id"], report.id.as_str());
}

#[tokio::test]
async fn a_wrong_api_token_is_an_unexpected_answer_not_an_outage() {
    let origin = simulator(None).await;
    let err =
        client(&origin, "api_sandbox.wrong").applicant_create(&catherine_as("Catherine Stanley", "26"), None).await;
    assert!(matches!(err, Err(ProviderError::Unexpected(_))), "{err:?}");
}

#[tokio::test]
async fn a_check_without_the_uploads_its_reports_need_is_refused() {
    let origin = simulator(None).await;
    let onfido = client(&origin, API_TOKEN);
    let applicant = onfido.applicant_create(&catherine_as("Catherine Stanley", "26"), None).await.unwrap();
    let err = onfido.check_create(&applicant, &[ReportName::Document], &[]).await;
    assert!(matches!(err, Err(ProviderError::Refused(_))), "{err:?}");
    let err = onfido.report_show("00000000-0000-4000-8000-000000000000").await;
    assert!(matches!(err, Err(ProviderError::Unexpected(_))), "{err:?}");
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable() {
    // Bind and drop to get a loopback port with nobody listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let onfido = client(&format!("http://127.0.0.1:{port}"), API_TOKEN);
    let err = onfido.applicant_create(&catherine_as("Catherine Stanley", "26"), None).await;
    assert!(matches!(err, Err(ProviderError::Unavailable(_))), "{err:?}");
    let err = onfido.live_photo_upload("x", jpeg("selfie.jpg")).await;
    assert!(matches!(err, Err(ProviderError::Unavailable(_))), "{err:?}");
}
