//! The SPA ships as two pages: each step's URL is served with the page whose bundle renders it.

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
