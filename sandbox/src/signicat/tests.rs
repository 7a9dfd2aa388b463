//! The simulator through its router: tokens, statuses, the bank page, matching, deletion.

use super::{router, Config};
use crate::faults::Faults;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};
use std::time::Duration;
use tower::ServiceExt;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

fn app() -> Router {
    router(Config::local("http://sim.test"), Faults::default())
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Option<String>, Vec<u8>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let location = response.headers().get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, location, bytes.to_vec())
}

async fn token(app: &Router, secret: &str) -> (StatusCode, Value) {
    let basic = STANDARD.encode(format!("sandbox-signicat-client:{secret}"));
    let request = Request::post("/auth/open/connect/token")
        .header(header::AUTHORIZATION, format!("Basic {basic}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("grant_type=client_credentials&scope=signicat-api"))
        .unwrap();
    let (status, _, body) = send(app, request).await;
    (status, serde_json::from_slice(&body).unwrap())
}

/// An authorised API call; `Value::Null` when the answer has no body.
async fn call(app: &Router, bearer: &str, method: &str, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {bearer}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.map(|b| Body::from(b.to_string())).unwrap_or_default())
        .unwrap();
    let (status, _, bytes) = send(app, request).await;
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

struct Session {
    app: Router,
    bearer: String,
    dossier: String,
}

impl Session {
    async fn new(first: &str, last: &str, birth: &str) -> Self {
        Self::on(app(), first, last, birth).await
    }

    /// A dossier with user data in the simulator `app`.
    async fn on(app: Router, first: &str, last: &str, birth: &str) -> Self {
        let bearer = token(&app, "sandbox-signicat-secret").await.1["access_token"].as_str().unwrap().to_owned();
        let (status, created) = call(&app, &bearer, "POST", "/assure/dossiers", Some(json!({}))).await;
        assert_eq!(status, StatusCode::CREATED);
        let dossier = created["dossierId"].as_str().unwrap().to_owned();
        let user_data = json!({"firstName": first, "lastName": last, "dateOfBirth": birth, "address": {
            "street": "Oudegracht", "houseNumber": "45", "postalCode": "3511AB", "city": "Utrecht", "country": "NL"}});
        let (status, _) =
            call(&app, &bearer, "PUT", &format!("/assure/dossiers/{dossier}/userdata"), Some(user_data)).await;
        assert_eq!(status, StatusCode::OK);
        Self { app, bearer, dossier }
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        call(&self.app, &self.bearer, method, &format!("/assure/dossiers/{}{path}", self.dossier), body).await
    }

    /// Creates a document process, uploads a front and a selfie, requests verification and
    /// waits for the decision; returns the process id and the final process.
    async fn verified_document(&self) -> (String, Value) {
        let body = json!({"provider": "pictureid", "processType": "documentSelfie"});
        let (_, process) = self.call("POST", "/processes", Some(body)).await;
        let id = process["processId"].as_str().unwrap().to_owned();
        let picture = format!("data:image/jpeg;base64,{}", STANDARD.encode(JPEG));
        let images = json!({"front": picture, "selfie": picture});
        assert_eq!(self.call("POST", &format!("/processes/{id}/images"), Some(images)).await.0, StatusCode::NO_CONTENT);
        let (status, processing) = self.call("POST", &format!("/processes/{id}/verify"), None).await;
        assert_eq!((status, processing["status"].as_str()), (StatusCode::ACCEPTED, Some("processing")));
        tokio::time::sleep(Duration::from_secs(1)).await;
        let (_, done) = self.call("GET", &format!("/processes/{id}"), None).await;
        (id, done)
    }

    /// Runs the iDIN login as `persona` and returns the process id and where the browser went.
    async fn idin_login(&self, persona: &str, action: &str) -> (String, String) {
        let body =
            json!({"provider": "eid", "processType": "idin", "redirectUrl": "https://product.test/back?step=idin"});
        let (status, process) = self.call("POST", "/processes", Some(body)).await;
        assert_eq!((status, process["status"].as_str()), (StatusCode::CREATED, Some("pending")));
        let id = process["processId"].as_str().unwrap().to_owned();
        let page_url = process["redirectUrl"].as_str().unwrap();
        assert_eq!(page_url, format!("http://sim.test/signicat/idin/{id}"));
        let page_path = page_url.trim_start_matches("http://sim.test/signicat");
        let (status, _, page) = send(&self.app, Request::get(page_path).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(String::from_utf8(page).unwrap().contains(&format!("value=\"{persona}\"")));
        let form = Request::post(page_path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("persona={persona}&action={action}")))
            .unwrap();
        let (status, location, _) = send(&self.app, form).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        (id, location.unwrap())
    }

    async fn matching(&self, target: &str) -> (StatusCode, Value) {
        let body = json!({"source": {"type": "userData"}, "target": {"type": "process", "processId": target}});
        self.call("POST", "/matching", Some(body)).await
    }
}

fn failing_fields(report: &Value) -> Vec<&str> {
    let fields = report["fields"].as_array().unwrap();
    fields.iter().filter(|f| f["partialMatch"] == false).map(|f| f["field"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn tokens_need_the_right_secret_and_the_api_needs_a_token() {
    let app = app();
    let (status, body) = token(&app, "wrong").await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::UNAUTHORIZED, Some("invalid_client")));
    let (status, body) = token(&app, "sandbox-signicat-secret").await;
    assert_eq!((status, body["expires_in"].as_u64()), (StatusCode::OK, Some(600)));
    let (status, problem) = call(&app, "not-a-token", "POST", "/assure/dossiers", None).await;
    assert_eq!((status, problem["type"].as_str()), (StatusCode::UNAUTHORIZED, Some("base:client-problem")));
}

#[tokio::test(start_paused = true)]
async fn an_idin_login_returns_to_the_client_and_holds_the_banks_data() {
    let session = Session::new("Bram", "Bakker", "1985-03-02").await;
    let (id, location) = session.idin_login("bram", "login").await;
    let expected =
        format!("https://product.test/back?step=idin&dossierId={}&processId={id}&status=accepted", session.dossier);
    assert_eq!(location, expected);
    let (_, process) = session.call("GET", &format!("/processes/{id}"), None).await;
    assert_eq!(process["status"], "accepted");
    assert_eq!(process["finalResult"]["address"]["city"], "Utrecht");
    assert!(process.get("redirectUrl").is_none(), "the login page is spent");
    let (status, _, _) = send(&session.app, Request::get(format!("/idin/{id}")).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::GONE);
}

#[tokio::test(start_paused = true)]
async fn a_cancelled_login_has_no_final_result_and_cannot_be_matched() {
    let session = Session::new("Claire", "de Vries", "1990-05-17").await;
    let (id, location) = session.idin_login("claire", "cancel").await;
    assert!(location.ends_with("&status=canceled"), "{location}");
    let (status, _) = session.matching(&id).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test(start_paused = true)]
async fn matching_finds_the_birth_date_the_passport_disagrees_on() {
    let session = Session::new("Bram", "Bakker", "1985-03-02").await;
    let (idin, _) = session.idin_login("bram", "login").await;
    let (eidv, document) = session.verified_document().await;
    assert_eq!(document["status"], "accepted");
    assert_eq!(document["finalResult"]["dateOfBirth"], "1985-03-20");
    let (status, with_bank) = session.matching(&idin).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((with_bank["exactMatch"].as_bool(), failing_fields(&with_bank).len()), (Some(true), 0));
    assert_eq!(with_bank["fields"].as_array().unwrap().len(), 8, "names, birth date and five address parts");
    let (_, with_passport) = session.matching(&eidv).await;
    assert_eq!(failing_fields(&with_passport), ["dateOfBirth"]);
    assert_eq!(with_passport["partialMatch"], false);
}

#[tokio::test(start_paused = true)]
async fn a_failed_liveness_rejects_the_document_process() {
    let session = Session::new("Lotte", "Smit", "1988-07-01").await;
    let (_, process) = session.verified_document().await;
    assert_eq!(process["status"], "rejected");
    assert_eq!(process["providerSpecific"]["verification"]["liveness"]["result"], "fail");
    assert_eq!(process["errors"][0]["code"], "liveness_failed");
    assert!(process.get("finalResult").is_none());
}

#[tokio::test]
async fn images_must_be_pictures_and_verification_needs_front_and_selfie() {
    let session = Session::new("Claire", "de Vries", "1990-05-17").await;
    let (_, process) = session
        .call("POST", "/processes", Some(json!({"provider": "pictureid", "processType": "documentSelfie"})))
        .await;
    let id = process["processId"].as_str().unwrap();
    let gif = format!("data:image/jpeg;base64,{}", STANDARD.encode(b"GIF89a"));
    let (status, problem) = session.call("POST", &format!("/processes/{id}/images"), Some(json!({"front": gif}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(problem["detail"].as_str().unwrap().starts_with("front "));
    let front = format!("data:image/jpeg;base64,{}", STANDARD.encode(JPEG));
    session.call("POST", &format!("/processes/{id}/images"), Some(json!({"front": front}))).await;
    let (status, _) = session.call("POST", &format!("/processes/{id}/verify"), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test(start_paused = true)]
async fn deleting_a_dossier_removes_everything_it_held() {
    let session = Session::new("Claire", "de Vries", "1990-05-17").await;
    let body = json!({"provider": "eid", "processType": "idin", "redirectUrl": "https://product.test/back"});
    let (_, process) = session.call("POST", "/processes", Some(body)).await;
    let id = process["processId"].as_str().unwrap();
    assert_eq!(session.call("DELETE", "", None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(session.call("GET", "", None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(session.call("GET", "/userdata", None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(session.call("GET", &format!("/processes/{id}"), None).await.0, StatusCode::NOT_FOUND);
    let (status, _, _) = send(&session.app, Request::get(format!("/idin/{id}")).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(session.call("DELETE", "", None).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_its_own_url_a_process_notifies_the_configured_one_without_authorization() {
    let (sender, mut received) = tokio::sync::mpsc::unbounded_channel();
    let receiver = Router::new().route(
        "/hook",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: axum::body::Bytes| async move {
            sender.send((headers.get(header::AUTHORIZATION).is_some(), body)).unwrap();
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, receiver).await.unwrap() });
    let config =
        Config { notification_url: Some(hook), decision_delay: Duration::ZERO, ..Config::local("http://sim.test") };
    let session = Session::on(router(config, Faults::default()), "Noor", "de Jong", "1995-09-30").await;
    let (id, process) = session.verified_document().await;
    assert_eq!(process["status"], "inconclusive");
    let (authorized, body) = tokio::time::timeout(Duration::from_secs(5), received.recv()).await.unwrap().unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body, json!({"dossierId": session.dossier, "processId": id, "status": "inconclusive"}));
    assert!(!authorized);
}

mod eid;
