//! Metrics: requests counted under their route's template (never a raw path, an id or a
//! token), provider calls by provider, the inbox by state; served by the metrics router.

use crate::helpers::{TestApp, PARTNER_KEY};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use std::time::Duration;
use tower::ServiceExt;

/// The text served at `/metrics` for `app`'s store.
async fn scrape(app: &TestApp) -> String {
    let req = Request::builder().uri("/metrics").body(Body::empty()).unwrap();
    let res = kyc_proxy::metrics::router(app.store.clone()).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

/// Whether a sample of `series` carries all of `labels` (in any order).
fn sampled(text: &str, series: &str, labels: &[&str]) -> bool {
    text.lines().any(|line| line.starts_with(&format!("{series}{{")) && labels.iter().all(|l| line.contains(l)))
}

#[tokio::test]
async fn requests_are_counted_by_route_template_without_ids_or_tokens() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("Metrica").await;
    app.identification_create(&token).await;
    assert_eq!(app.status_show(&token).await.status, StatusCode::OK);
    let id = "kyc0metricsprobe0id";
    let detail = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(PARTNER_KEY), None).await;
    assert_eq!(detail.status, StatusCode::NOT_FOUND);
    app.raw(Method::GET, "/no/such/metricsprobe/page", None).await;

    let text = scrape(&app).await;
    let requests = "kyc_http_requests_total";
    assert!(sampled(&text, requests, &[r#"route="/api/sessions""#, r#"method="POST""#, r#"status="201""#]), "{text}");
    assert!(sampled(&text, requests, &[r#"route="/api/session/status""#, r#"method="GET""#, r#"status="200""#]));
    assert!(sampled(&text, requests, &[r#"route="/partner/v1/sessions/{public_id}""#, r#"status="404""#]));
    assert!(sampled(&text, requests, &[r#"route="unmatched""#, r#"method="GET""#]));
    assert!(sampled(&text, "kyc_http_request_duration_seconds_bucket", &[r#"route="/api/session/status""#, "le="]));
    assert!(sampled(&text, "kyc_provider_requests_total", &[r#"provider="solaris""#, r#"outcome="2xx""#]));
    assert!(sampled(&text, "kyc_provider_request_duration_seconds_count", &[r#"provider="solaris""#]));
    assert!(sampled(&text, "kyc_inbox_events", &[r#"state="pending""#]));
    assert!(sampled(&text, "kyc_inbox_events", &[r#"state="failed""#]));
    // Neither the id in the path, nor the raw path of an unknown page, nor the session's token.
    for secret in [id, "metricsprobe", token.as_str(), "Metrica"] {
        assert!(!text.contains(secret), "{secret} in the metrics");
    }
}

/// Scrapes until a sample of `series` carries all of `labels`, for five seconds at most.
async fn sampled_soon(app: &TestApp, series: &str, labels: &[&str]) -> bool {
    for _ in 0..200 {
        if sampled(&scrape(app).await, series, labels) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    false
}

#[tokio::test]
async fn the_jobs_count_the_re_reads_and_the_events_applied() {
    let app = TestApp::spawn_reconciling().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let url = app.identification_create(&token).await.body["url"].as_str().unwrap().to_owned();
    crate::helpers::finish_call(&url).await;
    // No webhook: the reconciliation re-reads the identification until it is decided.
    let rereads = "kyc_reconcile_rereads_total";
    assert!(sampled_soon(&app, rereads, &[r#"provider="solaris""#, r#"outcome="changed""#]).await);
    // A late webhook is applied by the inbox worker all the same (it re-reads the provider).
    let id = url.rsplit('/').next().unwrap();
    let body = format!(r#"{{"id":"{id}"}}"#);
    assert_eq!(app.solaris_webhook(&body, "metrics-late", None).await, StatusCode::OK);
    let applied = "kyc_inbox_applied_total";
    assert!(sampled_soon(&app, applied, &[r#"provider="solaris""#, r#"outcome="done""#]).await);
}

#[tokio::test]
async fn a_document_pictures_zone_is_read_again_and_counted_without_what_it_says() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(serde_json::json!({ "capture_document": "PASSPORT" })).await;
    let zone = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
    let (luma, width) = kyc_mrz::specimen::picture(&zone, 19.0, 1.5);
    let height = (luma.len() / width) as u32;
    let picture = image::GrayImage::from_raw(width as u32, height, luma).unwrap();
    let mut png = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut png, image::ImageFormat::Png).unwrap();
    let reply = app.upload("/api/captures/document_front", &token, "image/png", png.into_inner()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let text = scrape(&app).await;
    let series = "kyc_capture_mrz_reads_total";
    assert!(sampled(&text, series, &[r#"slot="document_front""#, r#"status="valid""#]), "{text}");
    assert!(!text.contains("ERIKSSON") && !text.contains("L898902C3"));
}
