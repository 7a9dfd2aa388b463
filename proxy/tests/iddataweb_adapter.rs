//! The ID Dataweb adapter against the simulator over real HTTP: the guide's test table, the
//! session-risk denial, the SMS link from the phone's side, device binding, errors and outages.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use kyc_core::flow::FlowId;
use kyc_core::{CalendarDate, PersonName, PersonalData, PersonalDataInput};
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::iddataweb::{
    DenialReason, DocumentImages, DocumentType, IdDatawebClient, IdDatawebConfig, NextStep, SessionSignals,
    Transaction, VerifiedBy,
};
use kyc_sandbox::iddataweb::{Config, Template};
use std::time::Duration;

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const DESKTOP: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
/// A real 1×1 PNG.
const PNG: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM40+ECAAO8AZk6emBDAAAAAElFTkSuQmCC";

/// Serves the whole sandbox on a free loopback port, with `adjust` applied to the ID Dataweb
/// simulator's configuration; returns the sandbox origin.
async fn simulator(adjust: impl FnOnce(&mut Config)) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let mut sim = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return");
    adjust(&mut sim.iddataweb);
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(sim)).await.unwrap() });
    url
}

fn client(origin: &str, secret: &str) -> IdDatawebClient {
    IdDatawebClient::new(IdDatawebConfig {
        base_url: format!("{origin}/iddataweb/v1"),
        api_key: "sandbox-idw-key".into(),
        shared_secret: secret.to_owned().into(),
        app_id: "kyc-onboarding tests".into(),
        timeout: Duration::from_secs(5),
        email_risk: false,
    })
    .unwrap()
}

fn signals(ip: &str, fingerprint: &str) -> SessionSignals {
    SessionSignals {
        ip: ip.parse().unwrap(),
        user_agent: DESKTOP.into(),
        fingerprint: Some(fingerprint.into()),
        webdriver: false,
        email: Some("user@example.com".into()),
    }
}

fn person(first_name: &str, last_name: &str, mobile_number: &str) -> PersonalData {
    let input = PersonalDataInput {
        first_name: first_name.into(),
        last_name: last_name.into(),
        birth_date: "1985-04-12".into(),
        nationality: "US".into(),
        street: "Hillcrest Avenue".into(),
        house_number: "4821".into(),
        postal_code: "20190".into(),
        city: "Reston".into(),
        country: "US".into(),
        state: "VA".into(),
        mobile_number: mobile_number.into(),
        email: "user@example.com".into(),
        ..Default::default()
    };
    PersonalData::parse(&input, &FlowId::IddatawebPhone.definition().fields, CalendarDate::new(2026, 11, 22).unwrap())
        .unwrap()
}

fn andrew() -> PersonalData {
    person("Andrew", "Roshell", "+17035550142")
}

fn images(document_type: DocumentType) -> DocumentImages {
    let png = STANDARD.decode(PNG).unwrap();
    let back = (document_type != DocumentType::Passport).then(|| png.clone());
    DocumentImages { document_type, front: png.clone(), back, selfie: png }
}

fn name(raw: &str) -> PersonName {
    PersonName::parse(raw).unwrap()
}

/// Session risk from a clean desktop session, then PII validation of `who`.
async fn after_pii(idw: &IdDatawebClient, who: &PersonalData, fingerprint: &str) -> NextStep {
    let NextStep::PiiValidation(tx) =
        idw.session_risk("user-1", &signals("192.0.2.10", fingerprint)).await.unwrap().next
    else {
        panic!("a clean session should go on to PII validation")
    };
    idw.pii_validation(&tx, who, Some("VA")).await.unwrap()
}

/// The SMS link the phone received last, read from the sandbox outbox.
async fn texted_link(origin: &str, phone: &str) -> String {
    let url = format!("{origin}/iddataweb/sandbox/outbox");
    let outbox: serde_json::Value =
        reqwest::Client::new().get(url).query(&[("phone", phone)]).send().await.unwrap().json().await.unwrap();
    let messages = outbox["messages"].as_array().unwrap();
    let last = messages.last().expect("a text message was sent");
    assert!(last["body"].as_str().unwrap().contains(last["link"].as_str().unwrap()));
    last["link"].as_str().unwrap().to_owned()
}

/// Opens the link as a browser with `user_agent`; the page's status and text.
async fn tap(link: &str, user_agent: &str) -> (u16, String) {
    let response = reqwest::Client::new().get(link).header("user-agent", user_agent).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn possession_check(idw: &IdDatawebClient, fingerprint: &str) -> Transaction {
    let NextStep::PossessionCheck(tx) = after_pii(idw, &andrew(), fingerprint).await else {
        panic!("Andrew's phone should match")
    };
    idw.possession_check_start(&tx).await.unwrap();
    tx
}

#[tokio::test]
async fn andrew_is_approved_by_phone_after_tapping_the_link_on_his_phone_and_his_devices_are_bound() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let tx = possession_check(&idw, "desktop-fp-andrew").await;
    assert!(matches!(idw.possession_check_status(&tx).await.unwrap(), NextStep::PossessionCheck(_)), "still waiting");

    let (status, page) = tap(&texted_link(&origin, "+17035550142").await, IPHONE).await;
    assert_eq!(status, 200);
    assert!(page.contains("your phone is confirmed"), "{page}");

    let NextStep::Approved(approval) = idw.possession_check_status(&tx).await.unwrap() else { panic!() };
    assert_eq!(approval.verified_by, VerifiedBy::PhonePossession);
    assert_eq!(approval.asi, tx.asi);
    assert_eq!(approval.desktop_fingerprint.as_deref(), Some("desktop-fp-andrew"));
    let mobile = approval.mobile_fingerprint.expect("the phone is fingerprinted");

    // Both devices are recognised by the next session's device signals; a new one is not.
    let known = |fingerprint: String| {
        let idw = &idw;
        async move { idw.session_risk("user-1b", &signals("192.0.2.10", &fingerprint)).await.unwrap().known_device }
    };
    assert!(known("desktop-fp-andrew".into()).await, "the browser is trusted");
    assert!(known(mobile).await, "the phone is trusted");
    assert!(!known("never-seen".into()).await);

    // A decided transaction takes no more steps, and its link no second tap.
    assert!(matches!(idw.possession_check_status(&tx).await, Err(ProviderError::Refused(_))));
    let (status, page) = tap(&texted_link(&origin, "+17035550142").await, IPHONE).await;
    assert_eq!(status, 409);
    assert!(page.contains("already been used"), "{page}");
}

#[tokio::test]
async fn a_name_mismatch_steps_up_to_documents_and_andrews_passport_approves() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let NextStep::DocumentStepUp(tx) = after_pii(&idw, &person("Andy", "Roshell", "+17035550142"), "fp-2").await else {
        panic!("a name that is not the line's owner should step up to documents")
    };
    let step = idw.document_step_up(&tx, &name("Andrew"), &name("Roshell"), &images(DocumentType::Passport)).await;
    let NextStep::Approved(approval) = step.unwrap() else { panic!() };
    assert_eq!(approval.verified_by, VerifiedBy::Document);
    assert_eq!(approval.desktop_fingerprint.as_deref(), Some("fp-2"));
    assert_eq!(approval.mobile_fingerprint, None);
}

#[tokio::test]
async fn pictures_taken_on_the_phone_through_the_capture_link_approve_andrew() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let NextStep::DocumentStepUp(tx) = after_pii(&idw, &person("Andy", "Roshell", "+17035550142"), "fp-c").await else {
        panic!()
    };
    idw.document_capture_start(&tx).await.unwrap();
    assert_eq!(idw.document_capture_result(&tx).await.unwrap(), None, "nothing taken yet");

    // The phone opens the texted link, and its page sends the pictures.
    let link = texted_link(&origin, "+17035550142").await;
    let (status, page) = tap(&link, IPHONE).await;
    assert_eq!(status, 200);
    assert!(page.contains("Selfie") && page.contains("Passport"), "{page}");
    let phone = reqwest::Client::new();
    let not_a_photo =
        serde_json::json!({ "documentType": "passport", "front": STANDARD.encode("%PDF-1.7"), "selfie": PNG });
    assert_eq!(phone.post(&link).json(&not_a_photo).send().await.unwrap().status(), 400);
    let photos = serde_json::json!({ "documentType": "passport", "front": PNG, "selfie": PNG });
    let answer: serde_json::Value = phone.post(&link).json(&photos).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["status"], "received");

    let captured = idw.document_capture_result(&tx).await.unwrap().expect("the pictures arrived");
    assert_eq!(captured.document_type, DocumentType::Passport);
    assert_eq!(captured.back, None);
    let step = idw.document_step_up_captured(&tx, &name("Andrew"), &name("Roshell"), &captured).await.unwrap();
    assert!(matches!(step, NextStep::Approved(a) if a.verified_by == VerifiedBy::Document));
}

#[tokio::test]
async fn andrea_with_a_drivers_license_is_denied_at_the_document_step() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let NextStep::DocumentStepUp(tx) = after_pii(&idw, &person("Andrea", "Roshell", "+17035550143"), "fp-3").await
    else {
        panic!("Andrea's line is not in her name")
    };
    let licence = images(DocumentType::DriversLicense);
    let step = idw.document_step_up(&tx, &name("Andrea"), &name("Roshell"), &licence).await.unwrap();
    assert_eq!(step, NextStep::Denied { reason: DenialReason::DocumentNotVerified });
    let again = idw.session_risk("user-3b", &signals("192.0.2.10", "fp-3")).await.unwrap();
    assert!(!again.known_device, "nothing is bound on a denial");
}

#[tokio::test]
async fn the_sms_link_opened_on_a_desktop_browser_denies() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let tx = possession_check(&idw, "fp-4").await;
    let (status, page) = tap(&texted_link(&origin, "+1 703 555 0142").await, DESKTOP).await;
    assert_eq!(status, 200);
    assert!(page.contains("opened on a computer"), "{page}");
    let step = idw.possession_check_status(&tx).await.unwrap();
    assert_eq!(step, NextStep::Denied { reason: DenialReason::LinkOpenedOnDesktop });
}

#[tokio::test]
async fn a_resent_link_replaces_the_first_one() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let tx = possession_check(&idw, "fp-r").await;
    let first = texted_link(&origin, "+17035550142").await;
    idw.possession_check_start(&tx).await.unwrap();
    let second = texted_link(&origin, "+17035550142").await;
    assert_ne!(first, second);
    let (status, page) = tap(&first, IPHONE).await;
    assert_eq!(status, 410);
    assert!(page.contains("newer text message"), "{page}");
    assert_eq!(tap(&second, IPHONE).await.0, 200);
    assert!(matches!(idw.possession_check_status(&tx).await.unwrap(), NextStep::Approved(_)));
}

#[tokio::test]
async fn a_link_not_opened_in_time_denies() {
    let origin = simulator(|config| config.link_timeout = Duration::from_millis(300)).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let tx = possession_check(&idw, "fp-5").await;
    tokio::time::sleep(Duration::from_millis(450)).await;
    let step = idw.possession_check_status(&tx).await.unwrap();
    assert_eq!(step, NextStep::Denied { reason: DenialReason::LinkNotOpenedInTime });
    let (status, page) = tap(&texted_link(&origin, "+17035550142").await, IPHONE).await;
    assert_eq!(status, 410);
    assert!(page.contains("expired"), "{page}");
}

#[tokio::test]
async fn high_risk_sessions_are_denied_before_any_input() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let denied = NextStep::Denied { reason: DenialReason::HighRiskSession };
    assert_eq!(idw.session_risk("user-6", &signals("198.51.100.66", "fp-6")).await.unwrap().next, denied, "TOR exit");
    let automated = SessionSignals { webdriver: true, ..signals("192.0.2.20", "fp-6") };
    assert_eq!(idw.session_risk("user-6", &automated).await.unwrap().next, denied, "webdriver");
    let headless =
        SessionSignals { user_agent: "Mozilla/5.0 HeadlessChrome/126.0".into(), ..signals("192.0.2.20", "fp-6") };
    assert_eq!(idw.session_risk("user-6", &headless).await.unwrap().next, denied, "headless browser");
}

#[tokio::test]
async fn the_phone_match_only_template_approves_without_a_link_and_the_persistent_id_is_stable() {
    let origin = simulator(|config| {
        config.template = Template::PhoneMatchOnly;
        config.add_ons.persistent_id = true;
    })
    .await;
    let idw = client(&origin, "sandbox-idw-secret");
    let NextStep::Approved(first) = after_pii(&idw, &andrew(), "fp-7").await else { panic!() };
    assert_eq!(first.verified_by, VerifiedBy::PhoneMatch);
    let NextStep::Approved(second) = after_pii(&idw, &andrew(), "fp-7b").await else { panic!() };
    assert!(first.persistent_id.is_some());
    assert_eq!(first.persistent_id, second.persistent_id);
    assert_ne!(first.asi, second.asi);
}

#[tokio::test]
async fn with_sim_swap_detection_a_swapped_line_steps_up_to_documents() {
    let origin = simulator(|config| config.add_ons.sim_swap = true).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let mut sam = andrew().to_input();
    (sam.first_name, sam.last_name, sam.mobile_number) = ("Samuel".into(), "Porter".into(), "+447700900123".into());
    (sam.street, sam.house_number, sam.postal_code, sam.city, sam.country) =
        ("Bridge Street".into(), "12".into(), "M3 3BW".into(), "Manchester".into(), "GB".into());
    sam.state.clear();
    let fields = FlowId::IddatawebPhone.definition().fields;
    let sam = PersonalData::parse(&sam, &fields, CalendarDate::new(2026, 11, 22).unwrap()).unwrap();
    assert!(matches!(after_pii(&idw, &sam, "fp-8").await, NextStep::DocumentStepUp(_)));
}

#[tokio::test]
async fn steps_out_of_order_and_pictures_that_are_not_images_are_refused() {
    let origin = simulator(|_| {}).await;
    let idw = client(&origin, "sandbox-idw-secret");
    let NextStep::PiiValidation(pii) = idw.session_risk("user-9", &signals("192.0.2.10", "fp-9")).await.unwrap().next
    else {
        panic!()
    };
    let NextStep::DocumentStepUp(tx) =
        idw.pii_validation(&pii, &person("Andy", "Roshell", "+17035550142"), None).await.unwrap()
    else {
        panic!()
    };
    // A second try at the phone match once it has failed is not offered.
    assert!(matches!(idw.pii_validation(&pii, &andrew(), None).await, Err(ProviderError::Refused(_))));
    assert!(matches!(idw.possession_check_status(&tx).await, Err(ProviderError::Refused(_))));
    let mut pdf = images(DocumentType::Passport);
    pdf.front = b"%PDF-1.7 a scanned passport".to_vec();
    let err = idw.document_step_up(&tx, &name("Andrew"), &name("Roshell"), &pdf).await.unwrap_err();
    assert!(matches!(&err, ProviderError::Refused(detail) if detail.contains("passportImage")), "{err:?}");
    let mut no_back = images(DocumentType::IdCard);
    no_back.back = None;
    let err = idw.document_step_up(&tx, &name("Andrew"), &name("Roshell"), &no_back).await.unwrap_err();
    assert!(matches!(&err, ProviderError::Refused(detail) if detail.contains("backImage")), "{err:?}");
    // The refusals did not use up the step.
    let step = idw.document_step_up(&tx, &name("Andrew"), &name("Roshell"), &images(DocumentType::IdCard)).await;
    assert!(matches!(step.unwrap(), NextStep::Approved(_)));
}

#[tokio::test]
async fn wrong_credentials_are_an_unexpected_answer_not_an_outage() {
    let origin = simulator(|_| {}).await;
    let err = client(&origin, "wrong").session_risk("user-10", &signals("192.0.2.10", "fp")).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable() {
    // Bind and drop to get a loopback port with nobody listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let idw = client(&format!("http://127.0.0.1:{port}"), "sandbox-idw-secret");
    let err = idw.session_risk("user-11", &signals("192.0.2.10", "fp")).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unavailable(_)), "{err:?}");
}

#[tokio::test]
async fn the_guides_token_and_slverify_answers_are_read_as_sent() {
    // A stand-in for ID Dataweb that answers with our fixtures of the guide's payloads.
    let fixture = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iddataweb").join(name);
        std::fs::read_to_string(path).unwrap()
    };
    let (token, obligation) = (fixture("token.json"), fixture("slverify_obligation.json"));
    let json = |body: String| ([(axum::http::header::CONTENT_TYPE, "application/json")], body);
    let app = axum::Router::new()
        .route("/iddataweb/v1/token", axum::routing::post(move || async move { json(token) }))
        .route("/iddataweb/v1/slverify", axum::routing::post(move || async move { json(obligation) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let answer = client(&origin, "secret").session_risk("user-f", &signals("192.0.2.10", "fp-f")).await.unwrap();
    let NextStep::PossessionCheck(tx) = answer.next else { panic!("the obligation names the SMS link: {answer:?}") };
    assert_eq!(
        (tx.asi.as_str(), tx.forward_api_key.as_str()),
        ("4b7d2e10-9a3c-4f1e-8d2a-6c5b1e0f7a93", "a3e9d2710b4f6c85")
    );
    assert!(!answer.known_device);
}
