//! Signicat Assure's example payloads (our fixtures under `tests/fixtures/signicat`, written
//! from the shapes Signicat documents): the adapter reads every one of them, and the
//! simulator's answers to the same calls carry every field of them, at the same place, with the
//! same JSON type.

mod common;

use axum::http::StatusCode;
use axum::routing::get;
use kyc_core::EidScheme;
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::signicat::{
    DossierId, IdImage, ImageSide, Notification, NotificationTarget, ProcessId, ProcessKind, ProcessStatus,
    SignicatClient, SignicatConfig,
};
use serde_json::Value;
use std::time::Duration;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0];

fn fixture(name: &str) -> Value {
    common::fixture("signicat", name)
}

fn client(base: &str) -> SignicatClient {
    SignicatClient::new(SignicatConfig {
        base_url: base.to_owned(),
        token_url: format!("{base}/auth/open/connect/token"),
        client_id: "sandbox-signicat-client".into(),
        client_secret: "sandbox-signicat-secret".to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// A stand-in for Assure answering every call with the example payloads.
async fn examples() -> String {
    let fixed = |name: &'static str| move || async move { axum::Json(fixture(name)) };
    let app = axum::Router::new()
        .route("/auth/open/connect/token", axum::routing::post(fixed("token")))
        .route(
            "/assure/dossiers",
            axum::routing::post(|| async { (StatusCode::CREATED, axum::Json(fixture("dossier_created"))) }),
        )
        .route("/assure/dossiers/54a1ad5f-74dd-47ba-b992-1cb2b4636341", get(fixed("dossier")))
        .route("/assure/dossiers/{d}/processes/4e48a6b3-2ed9-4a5e-9d4c-7c1f3a0b5e21", get(fixed("process_created")))
        .route(
            "/assure/dossiers/{d}/processes/3065980b-f26b-4c1e-8a3f-2d9e6b7c1a04",
            get(fixed("process_eid_accepted")),
        )
        .route(
            "/assure/dossiers/{d}/processes/9b2f0c55-61d7-4a8e-b3c2-58e1f4a7d690",
            get(fixed("process_document_accepted")),
        )
        .route(
            "/assure/dossiers/{d}/processes/refused",
            get(|| async { (StatusCode::BAD_REQUEST, axum::Json(fixture("problem"))) }),
        );
    common::serve(app).await
}

#[tokio::test]
async fn the_adapter_reads_every_example_payload() {
    let assure = client(&examples().await);
    let dossier = assure.dossier_create(Some("kyc-ref")).await.unwrap();
    assert_eq!(dossier.as_str(), "54a1ad5f-74dd-47ba-b992-1cb2b4636341");

    let shown = assure.dossier_show(&dossier).await.unwrap().unwrap();
    assert!(shown.has_user_data);
    assert_eq!(shown.processes.len(), 1);
    assert_eq!(shown.processes[0].kind, ProcessKind::Eid(EidScheme::Idin));
    let proof = assure.dossier_proof(&dossier).await.unwrap().unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&proof).unwrap(), fixture("dossier"), "kept byte for byte");

    let process = |id: &str| ProcessId::parse(id).unwrap();
    let created = assure.process_show(&dossier, &process("4e48a6b3-2ed9-4a5e-9d4c-7c1f3a0b5e21")).await.unwrap();
    assert_eq!((created.kind, created.status, created.identity), (ProcessKind::Other, ProcessStatus::Pending, None));

    let eid = assure.process_show(&dossier, &process("3065980b-f26b-4c1e-8a3f-2d9e6b7c1a04")).await.unwrap();
    assert_eq!((eid.kind, eid.status), (ProcessKind::Eid(EidScheme::Idin), ProcessStatus::Accepted));
    let bank = eid.identity.unwrap();
    assert_eq!((bank.last_name.as_str(), bank.address.unwrap().city.as_str()), ("de Vries", "Amsterdam"));

    let document = assure.process_show(&dossier, &process("9b2f0c55-61d7-4a8e-b3c2-58e1f4a7d690")).await.unwrap();
    assert_eq!(document.kind, ProcessKind::DocumentSelfie);
    let facts = document.document.unwrap();
    assert_eq!((facts.number.as_deref(), facts.issuing_country.as_deref()), (Some("NXC1A2B34"), Some("NLD")));

    let notification = Notification::parse(fixture("notification").to_string().as_bytes()).unwrap();
    assert_eq!((notification.dossier, notification.status), (dossier.clone(), ProcessStatus::Accepted));

    let refused = assure.process_show(&dossier, &process("refused")).await.unwrap_err();
    let ProviderError::Refused(text) = refused else { panic!("{refused:?}") };
    assert_eq!(text, "400 Bad Request: Malformed Authorization header. (trace 034f2b7c9e1d4a6b)");
}

/// The simulator on a port of its own, and its Assure base URL.
async fn simulator() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let config = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return?t={transactionnumber}");
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(config)).await.unwrap() });
    format!("{url}/signicat")
}

/// The simulator's raw answer to an authorised GET.
async fn raw(base: &str, token: &str, path: &str) -> Value {
    let answer = reqwest::Client::new().get(format!("{base}/assure{path}")).bearer_auth(token).send().await.unwrap();
    assert!(answer.status().is_success(), "{path}: {}", answer.status());
    answer.json().await.unwrap()
}

fn assert_shape(name: &str, actual: &Value) {
    common::assert_shape("signicat", name, actual);
}

#[tokio::test]
async fn the_simulators_answers_have_the_shapes_of_the_examples() {
    let base = simulator().await;
    let http = reqwest::Client::new();
    let token_url = format!("{base}/auth/open/connect/token");
    let token =
        common::client_credentials(&token_url, "sandbox-signicat-client", "sandbox-signicat-secret", "signicat-api")
            .await;
    assert_shape("token", &token);
    let bearer = token["access_token"].as_str().unwrap().to_owned();

    let created = http.post(format!("{base}/assure/dossiers")).bearer_auth(&bearer).json(&serde_json::json!({}));
    let created: Value = created.send().await.unwrap().json().await.unwrap();
    assert_shape("dossier_created", &created);
    let dossier = DossierId::parse(created["dossierId"].as_str().unwrap()).unwrap();

    let assure = client(&base);
    let person = kyc_proxy_person();
    assure.user_data_put(&dossier, &person).await.unwrap();
    let login = assure.eid_process_create(&dossier, EidScheme::Idin, "http://127.0.0.1:1/back", None).await.unwrap();
    assert_shape(
        "process_created",
        &raw(&base, &bearer, &format!("/dossiers/{dossier}/processes/{}", login.process)).await,
    );
    log_in(&login.redirect_url, "entered").await;
    let eid = raw(&base, &bearer, &format!("/dossiers/{dossier}/processes/{}", login.process)).await;
    assert_shape("process_eid_accepted", &eid);

    let (sender, mut notified) = tokio::sync::mpsc::unbounded_channel::<Value>();
    let receiver = axum::Router::new().route(
        "/notify",
        axum::routing::post(move |axum::Json(body): axum::Json<Value>| async move {
            let _ = sender.send(body);
        }),
    );
    let target = NotificationTarget { url: format!("{}/notify", common::serve(receiver).await), authorization: None };
    let document = assure.eidv_process_create(&dossier, Some(&target)).await.unwrap();
    let picture = IdImage::parse(JPEG.to_vec()).unwrap();
    assure.image_upload(&dossier, &document, ImageSide::Front, &picture).await.unwrap();
    assure.image_upload(&dossier, &document, ImageSide::Selfie, &picture).await.unwrap();
    assure.verification_request(&dossier, &document).await.unwrap();
    for _ in 0..100 {
        if assure.process_show(&dossier, &document).await.unwrap().status.is_final() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let decided = raw(&base, &bearer, &format!("/dossiers/{dossier}/processes/{document}")).await;
    assert_shape("process_document_accepted", &decided);
    assert_shape("dossier", &raw(&base, &bearer, &format!("/dossiers/{dossier}")).await);
    let notification = tokio::time::timeout(Duration::from_secs(5), notified.recv()).await.unwrap().unwrap();
    assert_shape("notification", &notification);

    let refused = http.post(format!("{base}/assure/dossiers")).header("authorization", "Basic nonsense");
    let refused = refused.send().await.unwrap();
    assert_eq!(refused.status(), reqwest::StatusCode::UNAUTHORIZED);
    let problem: Value = refused.json().await.unwrap();
    assert_shape("problem", &problem);
    assert_eq!((problem["instance"].as_str(), problem["method"].as_str()), (Some("/assure/dossiers"), Some("POST")));
}

/// Claire, as the adapter sends her.
fn kyc_proxy_person() -> kyc_core::PersonalData {
    let input = kyc_core::PersonalDataInput {
        first_name: "Claire".into(),
        last_name: "de Vries".into(),
        birth_date: "1990-05-17".into(),
        nationality: "NL".into(),
        street: "Keizersgracht".into(),
        house_number: "123".into(),
        postal_code: "1015CJ".into(),
        city: "Amsterdam".into(),
        country: "NL".into(),
        mobile_number: "+31201234567".into(),
        email: "user@example.com".into(),
        ..Default::default()
    };
    let fields = kyc_core::PersonalData::CORE.map(kyc_core::FieldRule::required);
    kyc_core::PersonalData::parse(&input, &fields, kyc_core::CalendarDate::new(2026, 11, 21).unwrap()).unwrap()
}

/// Plays the browser on the bank's page as `persona`; the bank's redirect is not followed.
async fn log_in(url: &str, persona: &str) {
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let html = browser.get(url).send().await.unwrap().text().await.unwrap();
    let action = html.split("action=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_owned();
    let back = browser.post(&action).form(&[("persona", persona), ("action", "login")]).send().await.unwrap();
    assert_eq!(back.status(), reqwest::StatusCode::SEE_OTHER);
}
