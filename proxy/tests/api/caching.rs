//! The built SPA on the wire: each file and page in the encoding the browser takes (Brotli,
//! gzip, or as it is), hashed files kept for a year, the others revalidated by their `ETag` and
//! answered `304` without a body while unchanged; API answers never cached.

use crate::helpers::{hashed_glue, TestApp, BOOT_JS, HASHED_GLUE};
use axum::http::{HeaderMap, Method, StatusCode};
use serde_json::json;
use std::io::Read;

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// The bytes a browser reads from a body sent in `encoding`.
fn decoded(encoding: &str, body: &[u8]) -> String {
    let mut text = String::new();
    match encoding {
        "br" => brotli::Decompressor::new(body, 4096).read_to_string(&mut text).unwrap(),
        "gzip" => flate2::read::GzDecoder::new(body).read_to_string(&mut text).unwrap(),
        _ => return String::from_utf8(body.to_vec()).unwrap(),
    };
    text
}

#[tokio::test]
async fn a_browser_gets_each_file_brotli_or_gzip_encoded_as_it_accepts_and_as_it_is_otherwise() {
    let app = TestApp::spawn().await;
    for (accepts, sent) in [("gzip, deflate, br, zstd", "br"), ("gzip", "gzip"), ("", ""), ("br;q=0, gzip", "gzip")] {
        for (path, content) in [(HASHED_GLUE, hashed_glue()), ("/boot.js", BOOT_JS.to_owned())] {
            let (status, headers, body) = app.get_with(path, &[("accept-encoding", accepts)]).await;
            assert_eq!(status, StatusCode::OK, "{path} {accepts}");
            assert_eq!(header(&headers, "content-encoding"), sent, "{path} {accepts}");
            assert_eq!(header(&headers, "vary"), "accept-encoding", "{path} {accepts}");
            assert_eq!(header(&headers, "content-type"), "text/javascript", "{path} {accepts}");
            assert_eq!(decoded(sent, &body), content, "{path} {accepts}");
            if !sent.is_empty() {
                assert!(body.len() < content.len(), "{path} {accepts}: {} bytes sent", body.len());
            }
        }
    }
}

#[tokio::test]
async fn a_hashed_file_is_kept_for_a_year_without_being_asked_for_again() {
    let app = TestApp::spawn().await;
    let (status, headers, _) = app.get_with(HASHED_GLUE, &[("accept-encoding", "br")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "cache-control"), "public, max-age=31536000, immutable");
    // An old build's hashed name is no file: the app's page answers it, as any route.
    let (status, headers, _) = app.get_with("/kyc-onboarding-fedcba9876543210.js", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-type"), "text/html; charset=utf-8");
    assert_eq!(header(&headers, "cache-control"), "no-cache");
}

#[tokio::test]
async fn the_loader_and_every_page_are_revalidated_and_a_browser_holding_them_gets_a_304_without_a_body() {
    let app = TestApp::spawn().await;
    for path in ["/boot.js", "/", "/index.html", "/consents?lang=de", "/rest/index.html", "/ident-return.html"] {
        for accepts in ["br", "gzip", ""] {
            let asked = [("accept-encoding", accepts)];
            let (status, headers, first) = app.get_with(path, &asked).await;
            assert_eq!(status, StatusCode::OK, "{path} {accepts}");
            assert_eq!(header(&headers, "cache-control"), "no-cache", "{path} {accepts}");
            // The app's pages and the providers' return pages speak the browser's language.
            let page = !path.ends_with(".js");
            let vary = if page { "accept-encoding, accept-language" } else { "accept-encoding" };
            assert_eq!(header(&headers, "vary"), vary, "{path} {accepts}");
            let tag = header(&headers, "etag").to_owned();
            assert!(tag.starts_with('"') && tag.ends_with('"') && tag.len() > 10, "{path} {accepts}: {tag}");

            let (status, headers, body) = app.get_with(path, &[asked[0], ("if-none-match", &tag)]).await;
            assert_eq!(status, StatusCode::NOT_MODIFIED, "{path} {accepts}");
            assert!(body.is_empty(), "{path} {accepts}");
            assert_eq!(header(&headers, "etag"), tag, "{path} {accepts}");
            assert_eq!(header(&headers, "cache-control"), "no-cache", "{path} {accepts}");

            let other = r#""0123456789abcdef0123456789abcdef""#;
            let (status, _, body) = app.get_with(path, &[asked[0], ("if-none-match", other)]).await;
            assert_eq!((status, body.len()), (StatusCode::OK, first.len()), "{path} {accepts}");
        }
    }
}

#[tokio::test]
async fn the_pages_are_sent_encoded_and_read_the_same() {
    let app = TestApp::spawn().await;
    for path in ["/", "/consents"] {
        let (_, plain_headers, plain) = app.get_with(path, &[]).await;
        assert_eq!(header(&plain_headers, "content-encoding"), "");
        for encoding in ["br", "gzip"] {
            let (status, headers, body) = app.get_with(path, &[("accept-encoding", encoding)]).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(header(&headers, "content-encoding"), encoding, "{path}");
            assert_eq!(decoded(encoding, &body), String::from_utf8(plain.clone()).unwrap(), "{path}");
            assert!(headers.contains_key("content-security-policy"), "{path}");
            assert_ne!(header(&headers, "etag"), header(&plain_headers, "etag"), "one tag per representation");
        }
    }
}

#[tokio::test]
async fn a_partner_sessions_page_has_a_tag_of_its_own() {
    let app = TestApp::spawn().await;
    let body = json!({ "allowed_origins": ["https://shop.example"] });
    let reply = app.request(Method::POST, "/partner/v1/sessions", Some(crate::helpers::PARTNER_KEY), Some(body)).await;
    let url = reply.body["url"].as_str().unwrap();
    let marker = url.split("embed=").nth(1).unwrap().split('&').next().unwrap();
    let (_, plain, _) = app.get_with("/", &[("accept-encoding", "br")]).await;
    let (status, framed, body) = app.get_with(&format!("/?embed={marker}"), &[("accept-encoding", "br")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(decoded(header(&framed, "content-encoding"), &body).contains("kyc-parent-origins"));
    assert_ne!(header(&framed, "etag"), header(&plain, "etag"));
    let (status, _, _) = app.get_with(&format!("/?embed={marker}"), &[("if-none-match", header(&plain, "etag"))]).await;
    assert_eq!(status, StatusCode::OK, "the plain page's tag is not the framed page's");
}

#[tokio::test]
async fn api_answers_are_never_cached_nor_tagged() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let bearer = format!("Bearer {token}");
    for path in ["/api/health", "/api/session", "/api/session/status"] {
        let (status, headers, _) = app.get_with(path, &[("accept-encoding", "br"), ("authorization", &bearer)]).await;
        // An error answer too (the status before any identification is a 404).
        assert!(status == StatusCode::OK || status == StatusCode::NOT_FOUND, "{path}: {status}");
        assert_eq!(header(&headers, "cache-control"), "no-store", "{path}");
        assert!(!headers.contains_key("etag"), "{path}");
    }
}
