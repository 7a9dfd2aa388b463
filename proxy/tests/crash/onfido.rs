//! The document-and-selfie flow at Onfido across crashes: a SIGKILL while a picture is being
//! uploaded, and one while Onfido has made the applicant but the proxy has not yet stored it.

use crate::harness::{json_of, Deployment, PARTNER_KEY};
use crate::DECISION;
use image::RgbImage;
use reqwest::Method;
use serde_json::{json, Value};
use std::io::Cursor;
use std::time::Duration;
use tokio::io::AsyncWriteExt;

const ONFIDO_TOKEN: &str = "Token token=api_sandbox.local-onfido-token";

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

/// A product team's Onfido session with Catherine's data and both consents: the user's token.
async fn onfido_session(d: &Deployment) -> String {
    let options = json!({ "flow": "onfido_documents", "capture_document": "PASSPORT" });
    let launch =
        json_of(d.http.post(format!("{}/partner/v1/sessions", d.proxy_url)).bearer_auth(PARTNER_KEY).json(&options))
            .await;
    let code = launch["url"].as_str().unwrap().split("launch=").nth(1).unwrap().split('&').next().unwrap();
    let (status, created) = d.call(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await;
    assert_eq!(status, 201, "{created}");
    let token = created["token"].as_str().unwrap().to_owned();
    let person = json!({
        "first_name": "Catherine", "last_name": "Stanley", "birth_date": "1985-03-14", "nationality": "GB",
        "street": "Rowland Close", "house_number": "26", "postal_code": "OX2 9PL", "city": "Oxford",
        "country": "GB", "state": "", "ssn": "", "mobile_number": "+447911123456", "email": "applicant@example.com"
    });
    let (status, saved) = d.call(Method::PUT, "/api/session/person", Some(&token), Some(person)).await;
    assert_eq!(status, 200, "{saved}");
    for kind in ["terms_conditions", "data_processing"] {
        let body = json!({ "given_at": "2026-11-21T10:00:00.000Z", "text_version": 1, "language": "en" });
        assert_eq!(
            d.call(Method::PUT, &format!("/api/session/consents/{kind}"), Some(&token), Some(body)).await.0,
            200
        );
    }
    token
}

async fn upload(d: &Deployment, token: &str, slot: &str, bytes: Vec<u8>) -> u16 {
    let url = format!("{}/api/captures/{slot}", d.proxy_url);
    let answer = d.http.put(url).bearer_auth(token).header("content-type", "image/jpeg").body(bytes).send().await;
    answer.unwrap().status().as_u16()
}

/// The applicant the proxy stored for the session (its Onfido progress; once decided, the
/// check's applicant at Onfido).
async fn applicant_of(d: &Deployment) -> String {
    let state: String = d.db().query_row("SELECT state FROM progress", [], |r| r.get(0)).unwrap();
    let progress: Value = serde_json::from_str(&state).unwrap();
    if let Some(applicant) = progress["applicant_id"].as_str() {
        return applicant.to_owned();
    }
    let url = format!("{}/onfido/v3.6/checks/{}", d.sandbox_url, progress["check_id"].as_str().unwrap());
    let check: Value =
        d.http.get(url).header("authorization", ONFIDO_TOKEN).send().await.unwrap().json().await.unwrap();
    check["applicant_id"].as_str().unwrap().to_owned()
}

/// The checks Onfido holds for an applicant.
async fn checks_of(d: &Deployment, applicant: &str) -> usize {
    let url = format!("{}/onfido/v3.6/checks?applicant_id={applicant}", d.sandbox_url);
    let list = json_of(d.http.get(url).header("authorization", ONFIDO_TOKEN)).await;
    list["checks"].as_array().map_or(0, Vec::len)
}

async fn decided(d: &Deployment, token: &str) {
    let started = std::time::Instant::now();
    loop {
        let (_, view) = d.call(Method::GET, "/api/session/status", Some(token), None).await;
        if view["status"] == "successful" {
            return;
        }
        assert!(started.elapsed() < DECISION, "no decision: {view}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_kill_during_a_picture_upload_loses_only_that_upload() {
    let mut d = Deployment::start("upload", &[]).await;
    let token = onfido_session(&d).await;
    assert_eq!(upload(&d, &token, "document_front", jpeg(1600, 1000)).await, 200);
    // Half of the selfie is on its way when the proxy dies.
    let selfie = jpeg(720, 960);
    let address = d.proxy_url.trim_start_matches("http://").to_owned();
    let mut socket = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "PUT /api/captures/selfie HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: image/jpeg\r\nContent-Length: {}\r\n\r\n",
        selfie.len()
    );
    socket.write_all(head.as_bytes()).await.unwrap();
    socket.write_all(&selfie[..selfie.len() / 2]).await.unwrap();
    socket.flush().await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    d.proxy_kill();
    drop(socket);
    d.proxy_start().await;
    // The document survived; the selfie is simply sent again, and the flow goes on.
    let (_, captures) = d.call(Method::GET, "/api/captures", Some(&token), None).await;
    assert_eq!(captures["done"], json!(["document_front"]), "{captures}");
    assert_eq!(upload(&d, &token, "selfie", selfie).await, 200);
    decided(&d, &token).await;
    assert_eq!(checks_of(&d, &applicant_of(&d).await).await, 1);
}

#[tokio::test]
async fn a_kill_after_onfido_made_the_check_but_before_it_was_stored_makes_no_second() {
    let mut d = Deployment::start("check", &[]).await;
    let token = onfido_session(&d).await;
    assert_eq!(upload(&d, &token, "document_front", jpeg(1600, 1000)).await, 200);
    // Onfido makes the check, then holds its answer: the proxy dies before it hears it.
    d.fault(json!({ "action": "delay_after", "ms": 5_000, "method": "POST", "path_prefix": "/onfido/v3.6/checks" }))
        .await;
    let proxy_url = d.proxy_url.clone();
    let (http, t) = (d.http.clone(), token.clone());
    let selfie = tokio::spawn(async move {
        let url = format!("{proxy_url}/api/captures/selfie");
        http.put(url).bearer_auth(t).header("content-type", "image/jpeg").body(jpeg(720, 960)).send().await
    });
    let applicant = loop {
        let progress: Option<String> = d.db().query_row("SELECT state FROM progress", [], |r| r.get(0)).ok();
        if progress.is_some_and(|p| p.contains("uploaded")) {
            break applicant_of(&d).await;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    while checks_of(&d, &applicant).await == 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    d.proxy_kill();
    let _ = selfie.await;
    d.faults_clear().await;
    d.proxy_start().await;
    // The user is gone: the hand-over held in the inbox is finished by the restarted proxy's
    // worker, which finds the check made before the crash instead of making a second.
    let started = std::time::Instant::now();
    while d.shown_status(&token).await != "successful" {
        assert!(started.elapsed() < DECISION, "no decision without the user");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(checks_of(&d, &applicant).await, 1, "one check at Onfido");
}
