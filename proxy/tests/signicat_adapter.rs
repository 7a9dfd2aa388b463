//! The Signicat adapter against the simulator over real HTTP: the whole accepted path with the
//! iDIN round trip through the bank login page, a mismatch, a failed liveness, deletion,
//! notifications, credentials and outages.

use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use kyc_core::{CalendarDate, EidScheme, Field, FieldRule, PersonalData, PersonalDataInput};
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::signicat::{
    Check, DossierId, IdImage, ImageSide, MatchLevel, Notification, NotificationTarget, ProcessId, ProcessKind,
    ProcessStatus, SignicatClient, SignicatConfig,
};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0];
const NOTIFY_AUTH: &str = "Bearer notify-test-secret";

async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

async fn simulator() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let config = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return?t={transactionnumber}");
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(config)).await.unwrap() });
    url
}

/// A notification as received: the `Authorization` header and the body.
type Received = (Option<String>, Vec<u8>);

/// What the product's side saw: browser returns (query strings) and notifications
/// (`Authorization` header, body).
#[derive(Clone, Default)]
struct Receiver {
    returns: Arc<Mutex<Vec<String>>>,
    notifications: Arc<Mutex<Vec<Received>>>,
}

async fn receiver() -> (String, Receiver) {
    let seen = Receiver::default();
    let app = axum::Router::new()
        .route(
            "/back",
            get(|State(seen): State<Receiver>, RawQuery(query): RawQuery| async move {
                seen.returns.lock().unwrap().push(query.unwrap_or_default());
                "welcome back"
            }),
        )
        .route(
            "/notify",
            post(|State(seen): State<Receiver>, headers: HeaderMap, body: axum::body::Bytes| async move {
                let auth = headers.get("authorization").map(|v| v.to_str().unwrap().to_owned());
                seen.notifications.lock().unwrap().push((auth, body.to_vec()));
            }),
        )
        .with_state(seen.clone());
    (serve(app).await, seen)
}

fn client(base: &str, secret: &str) -> SignicatClient {
    SignicatClient::new(SignicatConfig {
        base_url: format!("{base}/signicat"),
        token_url: format!("{base}/signicat/auth/open/connect/token"),
        client_id: "sandbox-signicat-client".into(),
        client_secret: secret.to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

// The rest of the form may grow fields this adapter does not send; default them.
#[allow(clippy::needless_update)]
fn person(first: &str, last: &str, birth: &str, street: &str, number: &str, postal: &str, city: &str) -> PersonalData {
    let input = PersonalDataInput {
        first_name: first.into(),
        last_name: last.into(),
        birth_date: birth.into(),
        nationality: "NL".into(),
        street: street.into(),
        house_number: number.into(),
        postal_code: postal.into(),
        city: city.into(),
        country: "NL".into(),
        mobile_number: "+31201234567".into(),
        email: "user@example.com".into(),
        ..Default::default()
    };
    PersonalData::parse(&input, &PersonalData::CORE.map(FieldRule::required), CalendarDate::new(2026, 11, 21).unwrap())
        .unwrap()
}

fn claire() -> PersonalData {
    person("Claire", "de Vries", "1990-05-17", "Keizersgracht", "123", "1015CJ", "Amsterdam")
}

fn notify_target(receiver: &str) -> NotificationTarget {
    NotificationTarget { url: format!("{receiver}/notify"), authorization: Some(NOTIFY_AUTH.to_owned().into()) }
}

/// Plays the user's browser on the bank login page: loads it, picks `persona`, submits, and
/// follows the redirect back to the product. Returns the page's final URL.
async fn bank_login(redirect_url: &str, persona: &str) -> String {
    let browser = reqwest::Client::new();
    let page = browser.get(redirect_url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("value=\"{persona}\"")), "persona {persona} offered");
    let action = html.split("action=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_owned();
    let back = browser.post(&action).form(&[("persona", persona), ("action", "login")]).send().await.unwrap();
    assert_eq!(back.status(), 200);
    let url = back.url().to_string();
    assert_eq!(back.text().await.unwrap(), "welcome back");
    url
}

/// Creates the eIDV process, uploads a front and a selfie, asks for verification and waits
/// until the provider decided.
async fn verified_document(
    signicat: &SignicatClient,
    dossier: &DossierId,
    notify: Option<&NotificationTarget>,
) -> kyc_proxy::providers::signicat::Process {
    let process = signicat.eidv_process_create(dossier, notify).await.unwrap();
    let picture = IdImage::parse(JPEG.to_vec()).unwrap();
    signicat.image_upload(dossier, &process, ImageSide::Front, &picture).await.unwrap();
    signicat.image_upload(dossier, &process, ImageSide::Selfie, &picture).await.unwrap();
    assert_eq!(signicat.verification_request(dossier, &process).await.unwrap(), ProcessStatus::Processing);
    final_process(signicat, dossier, &process).await
}

async fn final_process(
    signicat: &SignicatClient,
    dossier: &DossierId,
    process: &ProcessId,
) -> kyc_proxy::providers::signicat::Process {
    for _ in 0..100 {
        let shown = signicat.process_show(dossier, process).await.unwrap();
        if shown.status.is_final() {
            return shown;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the process never finished");
}

async fn wait_for_notifications(seen: &Receiver, count: usize) -> Vec<Received> {
    for _ in 0..100 {
        let notifications = seen.notifications.lock().unwrap().clone();
        if notifications.len() >= count {
            return notifications;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("notifications did not arrive");
}

#[tokio::test]
async fn a_matching_user_is_corroborated_field_by_field_and_notified() {
    let (base, (product, seen)) = (simulator().await, receiver().await);
    let signicat = client(&base, "sandbox-signicat-secret");
    let notify = notify_target(&product);
    let dossier = signicat.dossier_create(None).await.unwrap();
    signicat.user_data_put(&dossier, &claire()).await.unwrap();

    let start = signicat
        .eid_process_create(&dossier, EidScheme::Idin, &format!("{product}/back?step=idin"), Some(&notify))
        .await
        .unwrap();
    assert!(start.redirect_url.starts_with(&base), "{}", start.redirect_url);
    let landed = bank_login(&start.redirect_url, "claire").await;
    let query = format!("step=idin&dossierId={dossier}&processId={}&status=accepted", start.process);
    assert_eq!(landed, format!("{product}/back?{query}"));
    assert_eq!(*seen.returns.lock().unwrap(), [query]);
    let idin = signicat.process_show(&dossier, &start.process).await.unwrap();
    assert_eq!((idin.kind, idin.status), (ProcessKind::Eid(EidScheme::Idin), ProcessStatus::Accepted));
    assert_eq!(idin.identity.as_ref().and_then(|i| i.address.as_ref()).map(|a| a.city.as_str()), Some("Amsterdam"));

    let document = verified_document(&signicat, &dossier, Some(&notify)).await;
    assert_eq!(document.status, ProcessStatus::Accepted);
    let biometrics = document.biometrics.unwrap();
    assert_eq!((biometrics.face_match, biometrics.liveness), (Check::Pass, Check::Pass));
    assert_eq!(document.document.and_then(|d| d.issuing_country).as_deref(), Some("NLD"));

    let corroboration = signicat.corroborate(&dossier, &[start.process.clone(), document.id.clone()]).await.unwrap();
    assert_eq!(corroboration.overall, MatchLevel::Exact);
    let (_, with_bank) = &corroboration.reports[0];
    let compared: Vec<Field> = with_bank.fields.iter().map(|f| f.field).collect();
    assert_eq!(
        compared,
        [
            Field::FirstName,
            Field::LastName,
            Field::BirthDate,
            Field::Street,
            Field::HouseNumber,
            Field::PostalCode,
            Field::City,
            Field::Country
        ]
    );
    assert!(with_bank.fields.iter().all(|f| f.level == MatchLevel::Exact));
    assert_eq!(corroboration.reports[1].1.fields.len(), 3, "a passport has names and a birth date, no address");

    let notifications = wait_for_notifications(&seen, 2).await;
    let mut about = Vec::new();
    for (authorization, body) in &notifications {
        assert!(notify.authorizes(authorization.as_deref()));
        let notification = Notification::parse(body).unwrap();
        assert_eq!((&notification.dossier, notification.status), (&dossier, ProcessStatus::Accepted));
        about.push(notification.process);
    }
    assert_eq!(about, [start.process, document.id]);
}

#[tokio::test]
async fn a_passport_with_another_last_name_is_a_mismatch_on_that_field_only() {
    let base = simulator().await;
    let (product, _) = receiver().await;
    let signicat = client(&base, "sandbox-signicat-secret");
    let dossier = signicat.dossier_create(None).await.unwrap();
    let sanne = person("Sanne", "Visser", "1992-11-08", "Coolsingel", "8", "3011 AD", "Rotterdam");
    signicat.user_data_put(&dossier, &sanne).await.unwrap();
    let start = signicat.eid_process_create(&dossier, EidScheme::Idin, &format!("{product}/back"), None).await.unwrap();
    assert!(bank_login(&start.redirect_url, "sanne").await.ends_with("status=accepted"));
    let document = verified_document(&signicat, &dossier, None).await;
    assert_eq!(document.identity.as_ref().map(|i| i.last_name.as_str()), Some("Jansen"));

    let corroboration = signicat.corroborate(&dossier, &[start.process, document.id]).await.unwrap();
    assert_eq!(corroboration.reports[0].1.overall, MatchLevel::Exact, "the bank knows her as typed");
    let with_passport = &corroboration.reports[1].1;
    assert_eq!(with_passport.mismatches().collect::<Vec<_>>(), [Field::LastName]);
    assert_eq!((with_passport.overall, corroboration.overall), (MatchLevel::Mismatch, MatchLevel::Mismatch));
}

#[tokio::test]
async fn a_failed_liveness_rejects_and_leaves_nothing_to_match() {
    let base = simulator().await;
    let signicat = client(&base, "sandbox-signicat-secret");
    let dossier = signicat.dossier_create(None).await.unwrap();
    let lotte = person("Lotte", "Smit", "1988-07-01", "Grote Markt", "2", "9711 LV", "Groningen");
    signicat.user_data_put(&dossier, &lotte).await.unwrap();
    let document = verified_document(&signicat, &dossier, None).await;
    assert_eq!(document.status, ProcessStatus::Rejected);
    assert_eq!(document.biometrics.map(|b| b.liveness), Some(Check::Fail));
    assert_eq!(document.errors, ["liveness_failed"]);
    let err = signicat.corroborate(&dossier, &[document.id]).await.unwrap_err();
    assert!(matches!(err, ProviderError::Refused(_)), "{err:?}");
}

#[tokio::test]
async fn a_deleted_dossier_is_gone_with_its_processes() {
    let base = simulator().await;
    let signicat = client(&base, "sandbox-signicat-secret");
    let dossier = signicat.dossier_create(None).await.unwrap();
    signicat.user_data_put(&dossier, &claire()).await.unwrap();
    let process = signicat.eidv_process_create(&dossier, None).await.unwrap();
    let shown = signicat.dossier_show(&dossier).await.unwrap().unwrap();
    assert!(shown.has_user_data);
    assert_eq!(shown.processes.iter().map(|p| &p.id).collect::<Vec<_>>(), [&process]);

    signicat.dossier_delete(&dossier).await.unwrap();
    assert_eq!(signicat.dossier_show(&dossier).await.unwrap(), None);
    let err = signicat.process_show(&dossier, &process).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
    signicat.dossier_delete(&dossier).await.expect("deleting twice is not an error");
}

#[tokio::test]
async fn wrong_credentials_are_an_unexpected_answer_not_an_outage() {
    let base = simulator().await;
    let err = client(&base, "wrong").dossier_create(None).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable() {
    // Bind and drop to get a loopback port with nobody listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = client(&format!("http://127.0.0.1:{port}"), "x").dossier_create(None).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unavailable(_)), "{err:?}");
}
