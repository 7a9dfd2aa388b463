//! The Xpollens adapter against the simulator over real HTTP: steps in different orders, a
//! refused diligence, the callbacks (parsed from our fixtures of the guide's examples, and the
//! simulator's compared with them key by key), `PUT` user, credentials and outages.

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

/// Our fixtures of the guide's example callbacks (`tests/fixtures/xpollens`).
const FIXTURE_34: &str = include_str!("fixtures/xpollens/callback_34.json");
const FIXTURE_4: &str = include_str!("fixtures/xpollens/callback_4.json");
const FIXTURE_35: &str = include_str!("fixtures/xpollens/callback_35.json");
const FIXTURE_4_CATALOGUE: &str = include_str!("fixtures/xpollens/callback_4_catalogue.json");

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

/// The next callback's body about anyone, checked for the agreed credentials.
async fn next_body(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> Vec<u8> {
    let (authorization, body) =
        tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.expect("a callback in time").unwrap();
    let credentials = CallbackCredentials { username: "partner".into(), password: "callback-secret".to_owned().into() };
    assert!(credentials.accepts(authorization.as_deref()), "callback without the agreed credentials");
    body
}

/// The next callback about anyone, parsed.
async fn next_callback(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> Callback {
    Callback::parse(&next_body(rx).await).unwrap()
}

/// The phone: the app's SDK binds the wallet with `code` and `getIssuerData()` gives the webview
/// (the sandbox's trigger; Xpollens's API has no such call, and the adapter none either).
async fn phone_webview(base: &str, code: &ActivationCode) -> Result<String, reqwest::StatusCode> {
    let body = json!({ "activationCode": code.as_str() });
    let answer =
        reqwest::Client::new().post(format!("{base}/sandbox/phone/provision")).json(&body).send().await.unwrap();
    if !answer.status().is_success() {
        return Err(answer.status());
    }
    Ok(answer.json::<serde_json::Value>().await.unwrap()["webviewUrl"].as_str().unwrap().to_owned())
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

    let webview = phone_webview(&base, &code).await.unwrap();
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
    let webview = phone_webview(&base, &code).await.unwrap();
    assert_eq!(finish_webview(&webview, "success").await, format!("{webview}#SUCCESS"));

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
    assert_eq!(phone_webview(&base, &code).await, Err(reqwest::StatusCode::NOT_FOUND), "the killed wallet's code");
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

#[test]
fn every_example_callback_of_the_guide_parses() {
    let Callback::UserStatus { app_user_id, public_user_code, status } =
        Callback::parse(FIXTURE_34.as_bytes()).unwrap()
    else {
        panic!("34 is the overall status")
    };
    assert_eq!(
        (app_user_id, public_user_code.as_str(), status),
        (id("z32er24f4"), "1234der14ft2", UserRecordStatus::InProgress)
    );

    let Callback::Kyc { app_user_id, demand } = Callback::parse(FIXTURE_4.as_bytes()).unwrap() else {
        panic!("4 is the KYC demand")
    };
    assert_eq!((app_user_id, demand.status), (id("559d7e85J"), KycStatus::Incomplete));
    assert_eq!(demand.diligences.len(), 1);
    let diligence = &demand.diligences[0];
    assert_eq!(
        (diligence.kind.as_str(), diligence.status, diligence.reason.as_deref()),
        ("ID_CARD", DiligenceStatus::Validated, None)
    );

    let Callback::ActivationCode { app_user_id, code } = Callback::parse(FIXTURE_35.as_bytes()).unwrap() else {
        panic!("35 is the activation code")
    };
    assert_eq!((app_user_id, code.unwrap().as_str()), (id("e87bd13dJ"), "f825f1646665490aa7ef7942c6f2f159"));

    let Callback::Kyc { demand, .. } = Callback::parse(FIXTURE_4_CATALOGUE.as_bytes()).unwrap() else { panic!() };
    assert_eq!(
        (demand.diligences[0].kind.as_str(), demand.diligences[0].reason.as_deref()),
        ("PASSPORT", Some("Document checked"))
    );
}

#[tokio::test]
async fn the_simulators_callbacks_have_the_shape_of_the_guides_examples() {
    let (callback_url, mut rx) = receiver().await;
    let base = simulator(Some(callback_url)).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-shapes");
    xpollens.prospect_create(&user, &corinne("corinne+LC_FRAUD@example.com")).await.unwrap();
    // Creation: 35 and 34; a refused facial recognition: 4 with its diligences.
    let mut seen = std::collections::BTreeMap::new();
    let mut code = None;
    while seen.len() < 3 {
        let body: serde_json::Value = serde_json::from_slice(&next_body(&mut rx).await).unwrap();
        let kind = body["Payload"]["type"].as_str().unwrap_or_default().to_owned();
        if kind == "35" && code.is_none() {
            code = Some(ActivationCode::parse(body["Payload"]["ActivationCode"].as_str().unwrap()).unwrap());
            let webview = phone_webview(&base, code.as_ref().unwrap()).await.unwrap();
            finish_webview(&webview, "success").await;
        }
        // The KYC demand with a diligence, not the empty "Pending" one.
        let with_diligences = body["Payload"]["diligences"].as_array().is_some_and(|d| !d.is_empty());
        if kind != "4" || with_diligences {
            seen.entry(kind).or_insert(body);
        }
    }
    for (kind, fixture) in [("34", FIXTURE_34), ("4", FIXTURE_4), ("35", FIXTURE_35)] {
        let fixture: serde_json::Value = serde_json::from_str(fixture).unwrap();
        let gaps = kyc_sandbox::shape::departures(&fixture, &seen[kind]);
        assert!(gaps.is_empty(), "callback {kind}: {gaps:?} in {}", seen[kind]);
    }
}

#[tokio::test]
async fn put_user_changes_the_prospect_until_the_identity_is_validated() {
    let base = simulator(None).await;
    let xpollens = client(&base, "sandbox-xpollens-secret");
    let user = id("partner-put");
    xpollens.prospect_create(&user, &corinne("corinne@example.com")).await.unwrap();
    let moved = corinne("corinne.berthier@example.org");
    let updated = xpollens.prospect_update(&user, &moved).await.unwrap();
    assert_eq!(updated.app_user_id, user);
    // What the API keeps is what was sent.
    let token = reqwest::Client::new()
        .post(format!("{base}/connect/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "sandbox-xpollens-client"),
            ("client_secret", "sandbox-xpollens-secret"),
        ])
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let kept: serde_json::Value = reqwest::Client::new()
        .get(format!("{base}/api/v1.1/users/{user}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(kept["profile"]["email"], "corinne.berthier@example.org");
    // Identified by transfer: the name is locked, at Xpollens too.
    let booked = xpollens.sct_in_book(&user).await.unwrap();
    let transfer = json!({ "iban": booked.iban, "amountCents": 1000, "debtorName": "Corinne Berthier" });
    reqwest::Client::new().post(format!("{base}/sandbox/sct-in")).json(&transfer).send().await.unwrap();
    let renamed = PersonalData { last_name: kyc_core::PersonName::parse("Martin").unwrap(), ..moved };
    let err = xpollens.prospect_update(&user, &renamed).await.unwrap_err();
    assert!(matches!(err, ProviderError::Refused(ref d) if d.contains("identification_locked")), "{err:?}");
    let unknown = xpollens.prospect_update(&id("partner-nobody"), &renamed).await.unwrap_err();
    assert!(matches!(unknown, ProviderError::Unexpected(_)), "{unknown:?}");
}
