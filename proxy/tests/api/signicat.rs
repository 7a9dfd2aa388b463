//! Signicat's flow through the proxy: a product team's session, the typed data, the bank login
//! as a real redirect round trip through the simulated bank's page, the pictures, the decision
//! with its field-by-field matching, and the deletion of every piece of personal data.

use crate::captures::picture;
use crate::helpers::{TestApp, PARTNER_KEY, SIGNICAT_NOTIFY_AUTH};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use image::ImageFormat;
use kyc_proxy::providers::signicat::{DossierId, SignicatClient, SignicatConfig};
use serde_json::{json, Value};
use std::time::Duration;
use tower::ServiceExt;

/// First name, last name, birth date, street, number, postal code, city (all in the Netherlands).
pub(crate) type Typed = [&'static str; 7];

pub(crate) const CLAIRE: Typed = ["Claire", "de Vries", "1990-05-17", "Keizersgracht", "123", "1015 CJ", "Amsterdam"];
const SANNE: Typed = ["Sanne", "Visser", "1992-11-08", "Coolsingel", "8", "3011 AD", "Rotterdam"];

/// The personal-data body of `t`, living in `country`.
pub(crate) fn personal_data(t: Typed, country: &str) -> Value {
    json!({
        "first_name": t[0], "last_name": t[1], "birth_date": t[2], "nationality": country, "street": t[3],
        "house_number": t[4], "postal_code": t[5], "city": t[6], "country": country,
        "mobile_number": "+31 6 12345678", "email": "applicant@example.com"
    })
}

/// A product team's session with the data typed and both consents given; the browser's token.
pub(crate) async fn typed(app: &TestApp, person: Typed) -> String {
    typed_in(app, person, "NL").await
}

/// [`typed`] for a resident of `country`.
pub(crate) async fn typed_in(app: &TestApp, person: Typed, country: &str) -> String {
    let token = app.partner_session(json!({ "flow": "signicat_bank" })).await;
    let view = app.session_show(&token).await.body;
    assert_eq!(view["flow"]["steps"], json!(["personal_data", "consents", "bank_login", "capture", "status"]));
    let saved = app.person_update(&token, personal_data(person, country)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    for kind in ["terms_conditions", "data_processing"] {
        assert_eq!(app.consent_update(&token, kind, "2026-11-21T10:00:00.000Z").await.status, StatusCode::OK);
    }
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "bank_login");
    token
}

pub(crate) async fn bank_login(app: &TestApp, token: &str) -> Value {
    app.request(Method::GET, "/api/session/bank-login", Some(token), None).await.body
}

/// Plays the browser on the bank's page: loads it, logs in as `persona`, and returns where the
/// bank sends it back (the `Location`, not followed).
pub(crate) async fn log_in_at_the_bank(url: &str, persona: &str) -> String {
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let html = browser.get(url).send().await.unwrap().text().await.unwrap();
    let action = html.split("action=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_owned();
    let back = browser.post(&action).form(&[("persona", persona), ("action", "login")]).send().await.unwrap();
    assert_eq!(back.status(), reqwest::StatusCode::SEE_OTHER);
    back.headers()["location"].to_str().unwrap().to_owned()
}

/// The proxy's return page: a redirect to the step's page, the bank's query left behind; where
/// it leads.
pub(crate) async fn come_back(app: &TestApp, location: &str) -> String {
    let path = location.strip_prefix("http://kyc.test").expect("the bank sends the browser back to the app");
    assert!(path.starts_with("/api/bank-login/return?"), "{path}");
    let res = app.router().oneshot(Request::builder().uri(path).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    let ours = to.starts_with("/bank-login") || to == "/bank-return.html";
    assert!(ours && !to.contains("dossierId") && !to.contains("status"), "{to}");
    to
}

/// Through the bank login as `persona` and the pictures of an ID card; the dossier's id, as the
/// bank's return URL showed it (the test's way to ask the provider about it later).
pub(crate) async fn verified(app: &TestApp, token: &str, persona: &str) -> String {
    let dossier = bank_confirmed(app, token, persona).await;
    pictures_taken(app, token).await;
    dossier
}

/// Through the bank login as `persona`; the dossier's id, as the bank's return URL showed it.
pub(crate) async fn bank_confirmed(app: &TestApp, token: &str, persona: &str) -> String {
    bank_confirmed_with(app, token, persona, "idin").await
}

/// [`bank_confirmed`] with the eID scheme `eid` (`idin`, `norwegian_bankid`).
pub(crate) async fn bank_confirmed_with(app: &TestApp, token: &str, persona: &str, eid: &str) -> String {
    assert_eq!(bank_login(app, token).await["state"], "not_started");
    let started = app.request(Method::POST, "/api/session/bank-login", Some(token), None).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    assert_eq!(started.body.as_object().unwrap().len(), 3, "state, the bank's page and its scheme, nothing else");
    assert_eq!(started.body["eid"], eid, "the scheme of the country of residence");
    let url = started.body["url"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&app.sandbox_url), "{url}");
    // Coming back without logging in, even with a forged "accepted", confirms nothing.
    assert_eq!(come_back(app, "http://kyc.test/api/bank-login/return?status=accepted").await, "/bank-login");
    assert_eq!(bank_login(app, token).await["state"], "pending");
    assert_eq!(app.session_show(token).await.body["furthest_step"], "bank_login");

    let location = log_in_at_the_bank(&url, persona).await;
    let dossier = location.split("dossierId=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    let back = come_back(app, &location).await;
    assert!(back.starts_with("/bank-login?embed=emb_"), "the product team's page again: {back}");
    assert_eq!(bank_login(app, token).await, json!({ "state": "confirmed", "url": null, "eid": eid }));
    assert_eq!(app.session_show(token).await.body["furthest_step"], "capture");
    dossier
}

/// The pictures of an ID card; the last one hands them to Assure.
pub(crate) async fn pictures_taken(app: &TestApp, token: &str) {
    app.document_choose(token, "ID_CARD").await;
    for (slot, width, height) in [("document_front", 800, 500), ("document_back", 800, 500), ("selfie", 480, 640)] {
        let path = format!("/api/captures/{slot}");
        let reply = app.upload(&path, token, "image/jpeg", picture(width, height, ImageFormat::Jpeg)).await;
        assert_eq!(reply.status, StatusCode::OK, "{slot}: {}", reply.body);
    }
    assert_eq!(app.session_show(token).await.body["furthest_step"], "status");
}

/// Polls the status as the SPA does until it is final.
pub(crate) async fn decided(app: &TestApp, token: &str) -> Value {
    app.status_final(token).await
}

pub(crate) async fn partner_detail(app: &TestApp) -> Value {
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.body);
    detail.body
}

pub(crate) fn checks(status: &Value, evidence: &str) -> Vec<(String, String)> {
    let all = status["field_checks"].as_array().unwrap();
    let of = all.iter().filter(|c| c["evidence"] == evidence);
    of.map(|c| (c["field"].as_str().unwrap().to_owned(), c["agreement"].as_str().unwrap().to_owned())).collect()
}

/// Rows holding personal data, table by table, in the whole database.
pub(crate) async fn personal_rows(app: &TestApp) -> Vec<(String, i64)> {
    app.store
        .call(|c| {
            let mut counts = Vec::new();
            for table in ["persons", "drafts", "captures", "single_use_codes", "capture_tokens"] {
                let n: i64 =
                    c.query_row(&format!("SELECT count(*) FROM {table}"), kyc_proxy::params![], |r| r.get(0))?;
                counts.push((table.to_owned(), n));
            }
            let locked: i64 =
                c.query_row("SELECT count(*) FROM sessions WHERE locked != '{}'", kyc_proxy::params![], |r| r.get(0))?;
            counts.push(("sessions.locked".to_owned(), locked));
            Ok(counts)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn claire_confirmed_by_her_bank_and_her_id_card_is_accepted_and_then_forgotten() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    let dossier = verified(&app, &token, "claire").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "successful");
    let bank = checks(&status, "bank");
    assert_eq!(bank.len(), 8, "names, birth date and the address: {bank:?}");
    assert!(bank.iter().all(|(_, agreement)| agreement == "match"));
    let document: Vec<String> = checks(&status, "document").into_iter().map(|(f, _)| f).collect();
    assert_eq!(document, ["first_name", "last_name", "birth_date"]);

    let detail = partner_detail(&app).await;
    assert_eq!(detail["signicat"]["verdict"], "accepted");
    assert_eq!(
        (detail["signicat"]["face_match"].clone(), detail["signicat"]["liveness"].clone()),
        (json!("pass"), json!("pass"))
    );
    assert_eq!((detail["person"].clone(), detail["verified_person"].clone()), (Value::Null, Value::Null));
    assert!(personal_rows(&app).await.iter().all(|(_, n)| *n == 0), "{:?}", personal_rows(&app).await);
    let progress: String = app
        .store
        .call(|c| c.query_row("SELECT state FROM progress", kyc_proxy::params![], |r| r.get(0)))
        .await
        .unwrap();
    assert!(!progress.contains("dossier_id\":\"") && !progress.contains("Claire"), "{progress}");
    let provider = SignicatClient::new(SignicatConfig {
        base_url: format!("{}/signicat", app.sandbox_url),
        token_url: format!("{}/signicat/auth/open/connect/token", app.sandbox_url),
        client_id: "sandbox-signicat-client".into(),
        client_secret: "sandbox-signicat-secret".to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    let dossier = DossierId::parse(&dossier).unwrap();
    assert_eq!(provider.dossier_show(&dossier).await.unwrap(), None, "deleted at the provider too");
    // The step's data is gone, the result is not.
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "status");
    assert_eq!(decided(&app, &token).await["status"], "successful");
}

#[tokio::test]
async fn a_passport_with_another_last_name_is_referred_and_the_field_is_named() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, SANNE).await;
    verified(&app, &token, "sanne").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "referred");
    assert!(checks(&status, "bank").iter().all(|(_, agreement)| agreement == "match"));
    let document = checks(&status, "document");
    assert!(document.contains(&("last_name".to_owned(), "mismatch".to_owned())), "{document:?}");
    assert!(document.contains(&("first_name".to_owned(), "match".to_owned())), "{document:?}");
    let detail = partner_detail(&app).await;
    assert_eq!(detail["signicat"]["reason"], "last_name differs from the ID document");
    // A person at the product team looks at the case and contacts Sanne: until their review,
    // the data stays; the review deletes it at Assure and in the proxy.
    assert_eq!(detail["person"]["last_name"], "Visser");
    let id = detail["id"].as_str().unwrap().to_owned();
    let path = format!("/partner/v1/sessions/{id}/review");
    let reply = app.request(Method::POST, &path, Some(PARTNER_KEY), Some(json!({ "outcome": "rejected" }))).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(decided(&app, &token).await["status"], "failed");
    assert_eq!(partner_detail(&app).await["person"], Value::Null);
    assert!(personal_rows(&app).await.iter().all(|(_, n)| *n == 0), "{:?}", personal_rows(&app).await);
}

#[tokio::test]
async fn another_persons_bank_account_is_a_mismatch_with_the_bank() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    verified(&app, &token, "bram").await;
    let status = decided(&app, &token).await;
    assert_eq!(status["status"], "referred");
    let bank = checks(&status, "bank");
    assert!(bank.contains(&("first_name".to_owned(), "mismatch".to_owned())), "{bank:?}");
    assert!(checks(&status, "document").iter().all(|(_, agreement)| agreement == "match"));
}

#[tokio::test]
async fn the_return_keeps_the_language_and_the_embed_marker_and_nothing_else() {
    let app = TestApp::spawn_for_signicat().await;
    let forged = "http://kyc.test/api/bank-login/return?lang=de&embed=emb_12ab&dossierId=d-1&status=accepted";
    assert_eq!(come_back(&app, forged).await, "/bank-login?lang=de&embed=emb_12ab");
    let odd = "http://kyc.test/api/bank-login/return?lang=xx&embed=%3Cscript%3E";
    assert_eq!(come_back(&app, odd).await, "/bank-login");
    // The bank's own window (the app is framed by a host page) ends on the page that closes it.
    let popup = "http://kyc.test/api/bank-login/return?lang=de&embed=emb_12ab&window=popup&status=accepted";
    assert_eq!(come_back(&app, popup).await, "/bank-return.html");
}

#[tokio::test]
async fn notifications_need_the_agreed_authorization() {
    let app = TestApp::spawn_for_signicat().await;
    let body = json!({ "dossierId": "d-1", "processId": "p-1", "status": "accepted" }).to_string();
    for (auth, expected) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some("Bearer guess"), StatusCode::UNAUTHORIZED),
        (Some(SIGNICAT_NOTIFY_AUTH), StatusCode::OK),
    ] {
        let mut req = Request::builder().method(Method::POST).uri("/webhooks/signicat");
        if let Some(auth) = auth {
            req = req.header("authorization", auth);
        }
        let res = app.router().oneshot(req.body(Body::from(body.clone())).unwrap()).await.unwrap();
        assert_eq!(res.status(), expected, "{auth:?}");
    }
}

#[tokio::test]
async fn other_flows_have_no_bank_login() {
    let app = TestApp::spawn_for_signicat().await;
    let token = app.ready_session("Jane").await;
    for method in [Method::GET, Method::POST] {
        let reply = app.request(method, "/api/session/bank-login", Some(&token), None).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn the_pictures_wait_for_the_bank() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    app.document_choose(&token, "ID_CARD").await;
    let path = "/api/captures/document_front";
    let reply = app.upload(path, &token, "image/jpeg", picture(1600, 1000, ImageFormat::Jpeg)).await;
    assert_eq!(reply.status, StatusCode::OK, "one picture is stored; nothing goes to the provider yet");
    assert_eq!(app.session_show(&token).await.body["furthest_step"], "bank_login");
}

#[tokio::test]
async fn the_other_personas_end_as_the_readme_says() {
    let app = TestApp::spawn_for_signicat().await;
    let cases: [(Typed, &str, &str, &str); 4] = [
        (
            ["Bram", "Bakker", "1985-03-02", "Oudegracht", "45", "3511 AB", "Utrecht"],
            "bram",
            "referred",
            "birth_date differs from the ID document",
        ),
        (
            ["Lotte", "Smit", "1988-07-01", "Grote Markt", "2", "9711 LV", "Groningen"],
            "lotte",
            "failed",
            "the document check was rejected (liveness_failed)",
        ),
        (
            ["Noor", "de Jong", "1995-09-30", "Lange Voorhout", "5", "2514 EA", "Den Haag"],
            "noor",
            "referred",
            "the document could not be fully verified (mrz_missing)",
        ),
        (
            ["Sem", "de Boer", "1983-12-12", "Vrijthof", "1", "6211 LD", "Maastricht"],
            "sem",
            "referred",
            "the document check ended failed",
        ),
    ];
    for (person, persona, status, reason) in cases {
        let token = typed(&app, person).await;
        verified(&app, &token, persona).await;
        assert_eq!(decided(&app, &token).await["status"], status, "{persona}");
        let detail = partner_detail(&app).await;
        assert_eq!(detail["signicat"]["reason"], reason, "{persona}");
        // Deleted at once, unless a person at the product team still has to review the case.
        let kept = status == "referred";
        assert_eq!(detail["person"] != Value::Null, kept, "{persona}: kept only for a review");
    }
}

#[tokio::test]
async fn the_providers_notification_alone_brings_the_decision_and_the_deletion() {
    let app = TestApp::spawn_for_signicat().await;
    let token = typed(&app, CLAIRE).await;
    verified(&app, &token, "claire").await;
    // Nobody polls the status: the notification makes the proxy read the process and decide.
    for _ in 0..100 {
        let detail = partner_detail(&app).await;
        if detail["status"] == "successful" {
            assert_eq!(detail["person"], Value::Null);
            assert!(personal_rows(&app).await.iter().all(|(_, n)| *n == 0));
            return;
        }
        assert_eq!(detail["status"], "pending");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the notification did not lead to a decision");
}
