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
    assert!(html.contains("<html lang=de dir=ltr>"));
    assert!(html.contains(r#"<body><div id="kyc-shell""#));
    assert!(html.contains("Identitätsprüfung") && html.contains("Wird geladen …"));
    // What to do when the app does not load, in the same language, without a script.
    assert!(html.contains("Die Seite konnte nicht geladen werden.") && html.contains("Seite neu laden"));
    let vary = headers["vary"].to_str().unwrap();
    assert!(vary.contains("accept-language") && vary.contains("accept-encoding"), "{vary}");

    // The host's `?lang=` comes first, as in the app; the second page gets its frame too.
    let (_, html) = page_in(&app, "/consents?lang=fr", "de").await;
    assert!(html.contains("<html lang=fr dir=ltr>") && html.contains("Chargement…"));
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
    let files = |part: &str| -> Vec<String> {
        kyc_core::Language::ALL.iter().map(|l| format!("/texts/{part}-{}-0123456789abcdef.txt", l.code())).collect()
    };
    for (path, accept_language, code, parts) in [
        ("/", "de-AT,de;q=0.9", "de", &["main"][..]),
        ("/", "ja", "en", &["main"]),
        ("/consents?lang=fr", "de", "fr", &["main", "rest", "capture"]),
        ("/identity", "nl", "nl", &["main", "rest", "account"]),
    ] {
        let (_, html) = page_in(&app, path, accept_language).await;
        let named: Vec<String> = parts.iter().flat_map(|part| files(part)).collect();
        assert!(html.contains(&format!(r#"<meta name="kyc-texts" content="{}">"#, named.join(" "))), "{path}");
        for part in parts {
            let own = format!(r#"<template id="kyc-texts-{part}">kyc-texts 2 {part} {code} 1"#);
            assert!(html.contains(&own), "{path} {accept_language}: {part}");
        }
        assert_eq!(html.matches("<template").count(), parts.len(), "{path}: its own language only");
    }
    // A switch fetches another language's file: named by its content, kept for a year.
    let (status, headers, body) = app.get_with("/texts/main-fr-0123456789abcdef.txt", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().starts_with("kyc-texts 2 main fr 1\nFrançais\n"));
    assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
}

#[tokio::test]
async fn a_providers_return_page_speaks_the_browsers_language_with_its_own_security_headers() {
    let app = TestApp::spawn().await;
    for (path, accept_language, language) in [
        ("/ident-return.html?transaction=7", "pl-PL,pl;q=0.9", kyc_core::Language::Pl),
        ("/bank-return.html", "ar", kyc_core::Language::Ar),
        ("/ident-return.html", "ja", kyc_core::Language::En),
    ] {
        let (status, headers, body) = app.get_with(path, &[("accept-language", accept_language)]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let html = String::from_utf8(body).unwrap();
        let t = language.shell();
        let heading = if path.starts_with("/ident") { t.ident_ended } else { t.bank_finished };
        let dir = language.direction().attribute();
        assert!(html.contains(&format!(r#"<html lang="{}" dir="{dir}">"#, language.code())), "{path}: {html}");
        assert!(html.contains(&format!(r#"<h1 id="title">{heading}</h1>"#)), "{path}: {html}");
        assert!(html.contains(&format!(r#"data-close="{}">{}</p>"#, t.close_window, t.one_moment)), "{path}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("default-src 'none'; script-src 'self'"), "{path}: {csp}");
    }
}
