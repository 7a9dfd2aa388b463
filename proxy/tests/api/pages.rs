//! The SPA ships as pages: each step's URL is served with the page whose bundle renders it.

use crate::helpers::TestApp;
use axum::http::StatusCode;

fn title(html: &str) -> &str {
    html.split("<title>").nth(1).and_then(|rest| rest.split("</title>").next()).unwrap_or_default()
}

#[tokio::test]
async fn each_step_is_served_with_the_page_that_renders_it() {
    let app = TestApp::spawn().await;
    for (path, page) in [
        ("/", "start"),
        ("/check", "start"),
        ("/personal-data?lang=de", "start"),
        ("/somewhere-else", "start"),
        ("/consents", "rest"),
        ("/identification", "rest"),
        ("/capture?handoff=abc", "rest"),
        ("/phone", "rest"),
        ("/status/", "rest"),
        // The account opening's own steps, and the shared ones when the URL names its page.
        ("/identity", "account"),
        ("/terms?lang=fr", "account"),
        ("/consents?page=account", "account"),
        ("/status?embed=emb_x&page=account", "account"),
        ("/consents?page=other", "rest"),
        ("/account/index.html", "account"),
    ] {
        let (status, headers, html) = app.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(title(&html), page, "{path}");
        assert!(headers.contains_key("content-security-policy"), "{path}");
    }
}

#[tokio::test]
async fn the_pages_are_never_served_as_plain_files_without_their_headers() {
    let app = TestApp::spawn().await;
    let (_, headers, html) = app.page("/rest/").await;
    assert_eq!(title(&html), "start");
    assert!(headers.contains_key("content-security-policy"));
}

/// The page as a browser with `accept_language` gets it: its `lang`, its headers and its HTML.
async fn page_in(app: &TestApp, path: &str, accept_language: &str) -> (axum::http::HeaderMap, String) {
    let (status, headers, body) = app.get_with(path, &[("accept-language", accept_language)]).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    (headers, String::from_utf8(body).unwrap())
}

#[tokio::test]
async fn the_page_frame_is_painted_in_the_browsers_language_before_the_app_runs() {
    let app = TestApp::spawn().await;
    let (headers, html) = page_in(&app, "/", "de-AT,de;q=0.9,en;q=0.8").await;
    assert!(html.contains("<html lang=de>"));
    assert!(html.contains(r#"<body><div id="kyc-shell""#));
    assert!(html.contains("Identitätsprüfung") && html.contains("Wird geladen …"));
    // What to do when the app does not load, in the same language, without a script.
    assert!(html.contains("Die Seite konnte nicht geladen werden.") && html.contains("Seite neu laden"));
    let vary = headers["vary"].to_str().unwrap();
    assert!(vary.contains("accept-language") && vary.contains("accept-encoding"), "{vary}");

    // The host's `?lang=` comes first, as in the app; the second page gets its frame too.
    let (_, html) = page_in(&app, "/consents?lang=fr", "de").await;
    assert!(html.contains("<html lang=fr>") && html.contains("Chargement…"));
    let (english, _) = page_in(&app, "/", "es-ES,ja;q=0.5").await;
    assert_ne!(english["etag"], headers["etag"], "each language is its own page for the caches");
}

#[tokio::test]
async fn the_loader_is_in_the_page_and_allowed_by_its_hash_so_nothing_else_is_asked_first() {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let app = TestApp::spawn().await;
    for path in ["/", "/consents", "/identity"] {
        let (_, headers, html) = app.page(path).await;
        let script = crate::helpers::BOOT_JS.trim_end();
        assert!(html.contains(&format!(r#"<script type="module">{script}</script>"#)), "{path}: {html}");
        assert!(!html.contains("boot.js"), "{path}");
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{path}: {csp}");
    }
}

#[tokio::test]
async fn each_page_carries_the_apps_texts_in_its_language_and_names_every_languages_file() {
    let app = TestApp::spawn().await;
    let meta = concat!(
        r#"<meta name="kyc-texts" content="en=/texts/en-0123456789abcdef.txt de=/texts/de-0123456789abcdef.txt "#,
        r#"fr=/texts/fr-0123456789abcdef.txt nl=/texts/nl-0123456789abcdef.txt">"#
    );
    for (path, accept_language, code) in
        [("/", "de-AT,de;q=0.9", "de"), ("/", "es", "en"), ("/consents?lang=fr", "de", "fr"), ("/identity", "nl", "nl")]
    {
        let (_, html) = page_in(&app, path, accept_language).await;
        assert!(html.contains(meta), "{path} {accept_language}");
        assert!(
            html.contains(&format!(r#"<template id="kyc-texts">kyc-texts 1 {code} 1"#)),
            "{path} {accept_language}"
        );
        assert_eq!(html.matches("<template").count(), 1, "{path}: its own language only");
    }
    // A switch fetches another language's file: named by its content, kept for a year.
    let (status, headers, body) = app.get_with("/texts/fr-0123456789abcdef.txt", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().starts_with("kyc-texts 1 fr 1\nFrançais\n"));
    assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
}
