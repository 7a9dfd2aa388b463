//! The Xpollens adapter against the simulator over real HTTP: steps in different orders, a
//! refused diligence, the callbacks, credentials and outages.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use kyc_core::{CalendarDate, CountryCode, FieldRule, PersonalData, PersonalDataInput, UtcTimestamp};
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::xpollens::{
    ActivationCode, AppUserId, Callback, CallbackCredentials, DiligenceStatus, KycStatus, TaxDeclaration, TaxResidence,
    UserRecordStatus, XpollensClient, XpollensConfig,
};
use kyc_sandbox::xpollens::CallbackTarget;
use serde_json::json;
use std::time::Duration;
use tokio::sync::mpsc;

/// What a partner endpoint received: the `Authorization` header and the body.
type Delivery = (Option<String>, Vec<u8>);

/// A tiny callback endpoint that hands every delivery to the test.
async fn receiver() -> (String, mpsc::UnboundedReceiver<Delivery>) {
    let (tx, rx) = mpsc::unbounded_channel::<Delivery>();
    let app = Router::new()
        .route(
            "/webhooks/xpollens",
            post(|State(tx): State<mpsc::UnboundedSender<Delivery>>, headers: HeaderMap, body: axum::body::Bytes| async move {
                let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
                let _ = tx.send((authorization, body.to_vec()));
                StatusCode::NO_CONTENT
            }),
        )
        .with_state(tx);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhooks/xpollens", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, rx)
}

/// The whole sandbox, with the Xpollens callbacks going to `callback_url`; returns the
/// Xpollens base URL.
async fn simulator(callback_url: Option<String>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let mut sim = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return?t={transactionnumber}");
    sim.xpollens.review_delay = Duration::ZERO;
    sim.xpollens.retry_delays = vec![Duration::from_millis(50)];
    sim.xpollens.callback =
        callback_url.map(|url| CallbackTarget { url, username: "partner".into(), password: "callback-secret".into() });
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(sim)).await.unwrap() });
    format!("{url}/xpollens")
}

fn client(base: &str, secret: &str) -> XpollensClient {
    XpollensClient::new(XpollensConfig {
        base_url: base.into(),
        token_url: format!("{base}/connect/token"),
        client_id: "sandbox-xpollens-client".into(),
        client_secret: secret.to_owned().into(),
        scope: "partner".into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

// The struct update keeps this compiling while fields are added to the form.
#[allow(clippy::needless_update)]
fn corinne(email: &str) -> PersonalData {
    let input = PersonalDataInput {
        first_name: "Corinne".into(),
        last_name: "Berthier".into(),
        birth_date: "1965-12-06".into(),
        nationality: "FR".into(),
        street: "rue des Fleurs".into(),
        house_number: "104".into(),
        postal_code: "92100".into(),
        city: "Boulogne".into(),
        country: "FR".into(),
        mobile_number: "+33612345678".into(),
        email: email.into(),
        ..PersonalDataInput::default()
    };
    PersonalData::parse(&input, &PersonalData::CORE.map(FieldRule::required), CalendarDate::new(2026, 11, 22).unwrap())
        .unwrap()
}

fn taxes(us_person: bool, country: &str) -> TaxDeclaration {
    let residence = TaxResidence { country: CountryCode::parse(country).unwrap(), tin: None };
    TaxDeclaration::parse(us_person, vec![residence]).unwrap()
}

fn now() -> UtcTimestamp {
    UtcTimestamp::parse("2026-11-22T10:00:00Z").unwrap()
}

fn id(raw: &str) -> AppUserId {
    AppUserId::parse(raw).unwrap()
}

/// The next callback about anyone, checked for the agreed credentials.
async fn next_callback(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> Callback {
    let (authorization, body) =
        tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.expect("a callback in time").unwrap();
    let credentials = CallbackCredentials { username: "partner".into(), password: "callback-secret".to_owned().into() };
    assert!(credentials.accepts(authorization.as_deref()), "callback without the agreed credentials");
    Callback::parse(&body).unwrap()
}

/// Callbacks until one matches `want`, returning it.
async fn wait_for(rx: &mut mpsc::UnboundedReceiver<Delivery>, want: impl Fn(&Callback) -> bool) -> Callback {
    loop {
        let callback = next_callback(rx).await;
        if want(&callback) {
            return callback;
        }
    }
}

async fn activation_code(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> ActivationCode {
    match wait_for(rx, |c| matches!(c, Callback::ActivationCode { .. })).await {
        Callback::ActivationCode { code, .. } => code.unwrap(),
        _ => unreachable!(),
    }
}

/// What the user's browser does in the webview: picks an outcome; returns where it is sent.
async fn finish_webview(url: &str, outcome: &str) -> String {
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = browser.get(url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Simulate a successful facial recognition"));
    // Submit the form where the browser would: its action, resolved against the page's URL.
    let action = html.split("action=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().replace("&amp;", "&");
    let target = reqwest::Url::parse(url).unwrap().join(&action).unwrap();
    assert_eq!(target.as_str(), url);
    let answer = browser.post(target).form(&[("outcome", outcome)]).send().await.unwrap();
    assert_eq!(answer.status(), 303);
    answer.headers()[header::LOCATION].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn facial_recognition_first_then_the_rest_opens_the_account_and_the_callbacks_follow() {
    let (callback_url, mut rx) = receiver().await;
    let base = simulator(Some(callback_url)).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-0001");

    let prospect = xpollens.prospect_create(&user, &corinne("corinne+LC_ACCEPTED@example.com")).await.unwrap();
    assert_eq!(prospect.status, UserRecordStatus::Initialized);
    let code = activation_code(&mut rx).await;
    let first = wait_for(&mut rx, |c| matches!(c, Callback::UserStatus { .. })).await;
    assert!(matches!(first, Callback::UserStatus { status: UserRecordStatus::Initialized, .. }));

    let webview = xpollens.webview_url(&code).await.unwrap();
    assert!(webview.starts_with(&format!("{base}/pad/api/v2/static/dist/index.html?technicalId=")), "{webview}");
    assert_eq!(finish_webview(&webview, "success").await, format!("{webview}#SUCCESS"));
    let complete =
        wait_for(&mut rx, |c| matches!(c, Callback::Kyc { demand, .. } if demand.status != KycStatus::Pending)).await;
    let Callback::Kyc { app_user_id, demand } = complete else { unreachable!() };
    assert_eq!((app_user_id, demand.status), (user.clone(), KycStatus::Complete));
    assert!(demand.diligences.iter().all(|d| d.status == DiligenceStatus::Validated));
    assert_eq!(xpollens.kyc_status(&user).await.unwrap(), demand);

    xpollens.declarative_submit(&user, &corinne("corinne+LC_ACCEPTED@example.com")).await.unwrap();
    let fatca = xpollens.fatca_submit(&user, &taxes(false, "FR")).await.unwrap();
    assert!(fatca.accepted && fatca.plausible && fatca.expected_documents.is_empty());
    assert_eq!(xpollens.prospect_show(&user).await.unwrap().status, UserRecordStatus::InProgress);
    xpollens.cgu_accept(&user, &now()).await.unwrap();

    let opened = xpollens.prospect_show(&user).await.unwrap();
    assert!(opened.status.account_open(), "{opened:?}");
    let validated =
        wait_for(&mut rx, |c| matches!(c, Callback::UserStatus { status: UserRecordStatus::Validated, .. })).await;
    assert_eq!(validated.app_user_id(), &user);

    // Identification data is now locked.
    let renamed =
        PersonalData { last_name: kyc_core::PersonName::parse("Martin").unwrap(), ..corinne("c@example.com") };
    let err = xpollens.declarative_submit(&user, &renamed).await.unwrap_err();
    assert!(matches!(err, ProviderError::Refused(ref d) if d.contains("identification_locked")), "{err:?}");
}

#[tokio::test]
async fn terms_and_taxes_first_then_an_instant_transfer_opens_the_account() {
    let base = simulator(None).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-0002");
    xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap();
    xpollens.cgu_accept(&user, &now()).await.unwrap();
    assert!(xpollens.fatca_submit(&user, &taxes(false, "FR")).await.unwrap().accepted);
    xpollens.declarative_submit(&user, &corinne("corinne@example.com")).await.unwrap();
    assert_eq!(xpollens.prospect_show(&user).await.unwrap().status, UserRecordStatus::InProgress);

    let booked = xpollens.sct_in_book(&user).await.unwrap();
    assert!(booked.iban.starts_with("FR") && booked.iban.len() == 27, "{booked:?}");
    // The user's bank sends the money: the sandbox's trigger.
    let transfer = json!({ "iban": booked.iban, "amountCents": 1000, "debtorName": "Corinne BERTHIER" });
    let sent = reqwest::Client::new().post(format!("{base}/sandbox/sct-in")).json(&transfer).send().await.unwrap();
    assert_eq!(sent.status(), 200);

    let demand = xpollens.kyc_status(&user).await.unwrap();
    assert_eq!(demand.status, KycStatus::Complete);
    assert_eq!(demand.diligences[0].kind, "SCTIN");
    assert!(xpollens.prospect_show(&user).await.unwrap().status.account_open());
}

#[tokio::test]
async fn a_refused_live_check_keeps_the_account_closed_and_says_why() {
    let (callback_url, mut rx) = receiver().await;
    let base = simulator(Some(callback_url)).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-0003");
    let person = corinne("corinne+LC_DOC_EXPIRED@example.com");
    xpollens.prospect_create(&user, &person).await.unwrap();
    let code = activation_code(&mut rx).await;
    xpollens.declarative_submit(&user, &person).await.unwrap();
    xpollens.fatca_submit(&user, &taxes(false, "FR")).await.unwrap();
    xpollens.cgu_accept(&user, &now()).await.unwrap();
    let webview = xpollens.webview_url(&code).await.unwrap();
    assert!(finish_webview(&webview, "success").await.ends_with("#SUCCESS"));

    // The verdict; a failed identification also kills the wallet, so a new code comes first.
    let mut new_code = None;
    let demand = loop {
        match next_callback(&mut rx).await {
            Callback::ActivationCode { code, .. } => new_code = Some(code.unwrap()),
            Callback::Kyc { demand, .. } if demand.status != KycStatus::Pending => break demand,
            _ => {}
        }
    };
    assert_eq!(demand.status, KycStatus::Incomplete);
    let refused = demand.diligences.iter().find(|d| d.status == DiligenceStatus::Refused).unwrap();
    assert_eq!((refused.kind.as_str(), refused.reason.as_deref()), ("ID_CARD", Some("Expired document")));
    let new_code = new_code.expect("a new activation code");
    assert_ne!(new_code, code);
    assert!(matches!(xpollens.webview_url(&code).await, Err(ProviderError::Unexpected(_))));
    assert_eq!(xpollens.prospect_show(&user).await.unwrap().status, UserRecordStatus::InProgress);
}

#[tokio::test]
async fn a_us_person_is_not_cleared_by_the_sandbox_and_the_account_stays_closed() {
    let base = simulator(None).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-0004");
    xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap();
    let fatca = xpollens.fatca_submit(&user, &taxes(true, "FR")).await.unwrap();
    assert!(!fatca.accepted);
    assert_eq!(fatca.expected_documents, ["W9"]);
    let booked = xpollens.sct_in_book(&user).await.unwrap();
    let transfer = json!({ "iban": booked.iban, "amountCents": 1000, "debtorName": "Corinne Berthier" });
    reqwest::Client::new().post(format!("{base}/sandbox/sct-in")).json(&transfer).send().await.unwrap();
    xpollens.declarative_submit(&user, &corinne("corinne@example.com")).await.unwrap();
    xpollens.cgu_accept(&user, &now()).await.unwrap();
    assert_eq!(xpollens.kyc_status(&user).await.unwrap().status, KycStatus::Complete);
    assert_eq!(xpollens.prospect_show(&user).await.unwrap().status, UserRecordStatus::InProgress);
}

#[tokio::test]
async fn the_same_app_user_id_twice_is_refused_not_an_outage() {
    let base = simulator(None).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-0005");
    xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap();
    let err = xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap_err();
    assert!(matches!(err, ProviderError::Refused(_)), "{err:?}");
}

#[tokio::test]
async fn wrong_credentials_are_an_unexpected_answer_not_an_outage() {
    let base = simulator(None).await;
    let err = client(&base, "wrong").prospect_create(&id("partner-0006"), &corinne("c@example.com")).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable() {
    // Bind and drop to get a loopback port with nobody listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let xpollens = client(&format!("http://127.0.0.1:{port}/xpollens"), "x");
    let err = xpollens.prospect_show(&id("partner-0007")).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unavailable(_)), "{err:?}");
}

#[tokio::test]
async fn the_webview_ends_on_the_partners_own_return_page_when_it_names_one() {
    let (callback_url, mut rx) = receiver().await;
    let base = simulator(Some(callback_url)).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-return");
    xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap();
    let code = activation_code(&mut rx).await;
    let webview = xpollens.webview_url(&code).await.unwrap();
    // The app cannot read a cross-origin frame's URL; its own page at the end can tell it.
    let with_return = format!("{webview}&returnUrl=https%3A%2F%2Fkyc.example%2Fwebview-return.html");
    assert_eq!(finish_webview(&with_return, "failure").await, "https://kyc.example/webview-return.html#SUCCESS");
    // Even a failure ends on #SUCCESS; the result comes by callback, after a new wallet code.
    assert_ne!(activation_code(&mut rx).await, code, "a failed identification replaces the wallet's code");
    let refused =
        wait_for(&mut rx, |c| matches!(c, Callback::Kyc { demand, .. } if demand.status == KycStatus::Incomplete))
            .await;
    let Callback::Kyc { demand, .. } = refused else { unreachable!() };
    assert!(demand.diligences.iter().any(|d| d.status == DiligenceStatus::Refused));
}
