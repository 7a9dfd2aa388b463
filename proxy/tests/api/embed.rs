//! Sessions a product team embeds: theme with its contrast check, redirect URL, the origins
//! allowed to frame the flow (CSP `frame-ancestors`, kept across reloads by the URL's marker),
//! and a new link to the same session when the first one expired.

use crate::helpers::{TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

async fn create(app: &TestApp, body: Value) -> crate::helpers::Reply {
    app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(body)).await
}

fn param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    url.split(['?', '&']).find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
}

/// The path and query of a launch URL, as the browser asks the proxy for it.
fn local(url: &str) -> &str {
    url.strip_prefix("http://kyc.test").unwrap()
}

async fn launch(app: &TestApp, code: &str) -> crate::helpers::Reply {
    app.request(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await
}

fn csp(headers: &axum::http::HeaderMap) -> String {
    headers["content-security-policy"].to_str().unwrap().to_owned()
}

fn directive(csp: &str, name: &str) -> String {
    csp.split("; ").find(|d| d.starts_with(name)).unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_theme_below_wcag_aa_is_accepted_with_warnings_and_a_good_one_without() {
    let app = TestApp::spawn().await;
    let pale = json!({ "theme": { "colors": { "primary": "#ffcc00", "on_primary": "#ffffff" } } });
    let reply = create(&app, pale).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
    let warnings = reply.body["warnings"].as_array().unwrap();
    let pairs: Vec<_> = warnings.iter().map(|w| w["pair"].as_str().unwrap()).collect();
    assert_eq!(pairs, ["primary/background", "on_primary/primary"]);
    assert_eq!(warnings[1]["scheme"], "light");
    assert_eq!(warnings[1]["minimum"], 4.5);
    assert!(warnings[1]["ratio"].as_f64().unwrap() < 2.0);

    let dark_only_bad = json!({ "theme": {
        "colors": { "primary": "#006e52" },
        "dark_colors": { "text": "#333333" },
        "font": "\"Bank Sans\", system-ui, sans-serif", "radius_px": 4 } });
    let reply = create(&app, dark_only_bad).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
    assert_eq!(
        reply.body["warnings"],
        json!([{ "code": "low_contrast", "scheme": "dark", "pair": "text/background",
        "ratio": reply.body["warnings"][0]["ratio"], "minimum": 4.5 }])
    );

    let good = json!({ "theme": { "colors": { "primary": "#006e52", "on_primary": "#ffffff" } } });
    assert_eq!(create(&app, good).await.body["warnings"], json!([]));
}

#[tokio::test]
async fn malformed_themes_origins_and_redirects_are_refused_with_the_key_named() {
    let app = TestApp::spawn().await;
    let cases = [
        (json!({ "theme": { "colors": { "primary": "blue" } } }), "primary"),
        (json!({ "theme": { "font": "x;} body{display:none" } }), "theme.font"),
        (json!({ "theme": { "logo_url": "https://bank.example/logo.svg" } }), "theme.logo_alt"),
        (json!({ "theme": { "radius_px": 99 } }), "theme.radius_px"),
        (json!({ "theme": { "colour": {} } }), "colour"),
        (json!({ "allowed_origins": ["https://bank.example/app"] }), "allowed_origins"),
        (json!({ "allowed_origins": ["*"] }), "allowed_origins"),
        (json!({ "redirect_url": "javascript:alert(1)" }), "redirect_url"),
        (json!({ "redirect_url": "https://bank.example/kyc#done" }), "redirect_url"),
    ];
    for (body, named) in cases {
        let reply = create(&app, body.clone()).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{body}");
        let message = reply.body["error"]["message"].as_str().unwrap();
        assert!(message.contains(named), "{body}: {message}");
    }
}

#[tokio::test]
async fn only_the_sessions_allowed_origins_may_frame_it_on_every_load_of_the_tab() {
    let app = TestApp::spawn().await;
    let body = json!({ "allowed_origins": ["https://shop.example", "http://127.0.0.1:9000"],
        "theme": { "logo_url": "https://cdn.shop.example/logo.svg?v=2", "logo_alt": "Shop" } });
    let reply = create(&app, body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
    let url = reply.body["url"].as_str().unwrap().to_owned();
    let marker = param(&url, "embed").expect("a marker in the link").to_owned();
    assert!(marker.starts_with("emb_") && !url.contains(reply.body["id"].as_str().unwrap()));

    // The link, then a reload on a later step (the SPA keeps the query in its URL).
    for path in [local(&url).to_owned(), format!("/consents?embed={marker}&lang=de")] {
        let (status, headers, html) = app.page(&path).await;
        assert_eq!(status, StatusCode::OK);
        let csp = csp(&headers);
        assert_eq!(
            directive(&csp, "frame-ancestors"),
            "frame-ancestors 'self' https://shop.example http://127.0.0.1:9000"
        );
        assert_eq!(directive(&csp, "img-src"), "img-src 'self' data: https://cdn.shop.example");
        assert!(
            html.contains(r#"<meta name="kyc-parent-origins" content="https://shop.example http://127.0.0.1:9000">"#)
        );
    }
    // Without the marker, or with one that names nothing, the app cannot be framed by others.
    for path in ["/", "/consents", "/?embed=emb_000000000000000000000000", "/?launch=x"] {
        let (_, headers, html) = app.page(path).await;
        assert_eq!(directive(&csp(&headers), "frame-ancestors"), "frame-ancestors 'self'", "{path}");
        assert!(!html.contains("kyc-parent-origins"));
    }
}

#[tokio::test]
async fn a_plain_link_has_no_marker_and_a_full_page_session_returns_with_its_id_only() {
    let app = TestApp::spawn().await;
    let plain = create(&app, json!({ "language": "fr" })).await;
    assert_eq!(plain.body["url"].as_str().unwrap().matches('&').count(), 1, "launch and lang only");

    let reply = create(&app, json!({ "redirect_url": "https://bank.example/kyc/done?case=7" })).await;
    let (id, url) = (reply.body["id"].as_str().unwrap(), reply.body["url"].as_str().unwrap());
    let (_, headers, html) = app.page(local(url)).await;
    let expected =
        format!(r#"<meta name="kyc-return-url" content="https://bank.example/kyc/done?case=7&amp;kyc_session={id}">"#);
    assert!(html.contains(&expected), "{html}");
    assert_eq!(directive(&csp(&headers), "frame-ancestors"), "frame-ancestors 'self'", "no origins: no framing");
}

#[tokio::test]
async fn an_expired_link_is_replaced_by_a_new_one_to_the_same_session_and_nothing_is_lost() {
    let app = TestApp::spawn().await;
    let body = json!({ "language": "de", "prefill": { "first_name": "Zoë" },
        "allowed_origins": ["https://shop.example"],
        "theme": { "colors": { "primary": "#006e52" }, "radius_px": 2 } });
    let first = create(&app, body).await;
    let id = first.body["id"].as_str().unwrap().to_owned();
    let code = param(first.body["url"].as_str().unwrap(), "launch").unwrap().to_owned();
    let token = launch(&app, &code).await.body["token"].as_str().unwrap().to_owned();
    let draft = json!({ "first_name": "Zoë", "last_name": "Okafor" });
    assert!(app.request(Method::PUT, "/api/session/draft", Some(&token), Some(draft)).await.status.is_success());
    assert_eq!(launch(&app, &code).await.status, StatusCode::GONE, "the link works once");

    let renewed = app.request(Method::POST, &format!("/partner/v1/sessions/{id}/links"), Some(PARTNER_KEY), None).await;
    assert_eq!(renewed.status, StatusCode::CREATED, "{:?}", renewed.body);
    assert_eq!(renewed.body["id"], id.as_str());
    let url = renewed.body["url"].as_str().unwrap();
    assert_eq!(param(url, "lang"), Some("de"), "the session's language again");
    assert_eq!(param(url, "embed"), param(first.body["url"].as_str().unwrap(), "embed"), "the same marker");
    let token = launch(&app, param(url, "launch").unwrap()).await.body["token"].as_str().unwrap().to_owned();
    let view = app.session_show(&token).await.body;
    assert_eq!(view["draft"]["last_name"], "Okafor", "what was typed is still there");
    assert_eq!(view["theme"]["colors"]["primary"], "#006e52");
    assert_eq!(view["theme"]["radius_px"], 2);

    let unknown = app.request(Method::POST, "/partner/v1/sessions/ses_nothing/links", Some(PARTNER_KEY), None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let browser = app.request(Method::POST, &format!("/partner/v1/sessions/{id}/links"), Some(&token), None).await;
    assert_eq!(browser.status, StatusCode::UNAUTHORIZED, "never with a browser's token");
}

#[tokio::test]
async fn the_demo_host_page_gets_sessions_from_its_server_and_never_sees_the_key() {
    use tower::ServiceExt;
    let app = TestApp::spawn().await;
    let demo = kyc_proxy::demo::router(kyc_proxy::demo::DemoConfig {
        partner_api: app.proxy_url.clone(),
        partner_key: PARTNER_KEY.to_owned().into(),
        kyc_origin: "http://kyc.test".into(),
        own_origin: "https://shop.test".into(),
    });
    let call = |method: Method, path: &str, body: &str| {
        let req = axum::http::Request::builder().method(method).uri(path).header("content-type", "application/json");
        demo.clone().oneshot(req.body(axum::body::Body::from(body.to_owned())).unwrap())
    };
    let page = call(Method::GET, "/demo/", "").await.unwrap();
    let page_csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(page_csp.contains("script-src 'self' http://kyc.test;") && page_csp.contains("frame-src http://kyc.test;"));
    assert!(!page_csp.contains("unsafe"));
    for path in ["/demo/", "/demo/host.js"] {
        let res = call(Method::GET, path, "").await.unwrap();
        let bytes = http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes();
        assert!(!String::from_utf8_lossy(&bytes).contains(PARTNER_KEY), "{path}");
    }

    let res = call(Method::POST, "/demo/api/sessions", r#"{"language": "en"}"#).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let bytes = http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes();
    let created: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(created["warnings"], json!([]), "the demo's own theme passes AA");
    let (_, headers, _) = app.page(local(created["url"].as_str().unwrap())).await;
    assert_eq!(directive(&csp(&headers), "frame-ancestors"), "frame-ancestors 'self' https://shop.test");
    assert_eq!(directive(&csp(&headers), "img-src"), "img-src 'self' data: https://shop.test", "its logo");
    let renewed = call(Method::POST, &format!("/demo/api/sessions/{}/links", created["id"].as_str().unwrap()), "");
    assert_eq!(renewed.await.unwrap().status(), StatusCode::CREATED);
    assert_eq!(
        call(Method::POST, "/demo/api/sessions/..%2Fx/links", "").await.unwrap().status(),
        StatusCode::BAD_REQUEST
    );
}
