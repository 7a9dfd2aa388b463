//! The pages a phone opens (SMS link, document capture): small, plain, readable on any screen.

use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};

/// Dark text on white, a visible focus ring, a large tap target (contrasts at least 4.5:1).
const STYLE: &str = "body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
main{max-width:32rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem}\
label{display:block;font-weight:600;margin-top:1rem}select,input{font:inherit;margin-top:.25rem}\
button{font:inherit;font-weight:600;margin-top:1.25rem;padding:.7rem 1.4rem;color:#fff;background:#0b4f9c;border:0;border-radius:4px}\
:focus-visible{outline:3px solid #b35900;outline-offset:2px}";

/// A page with `content` (trusted HTML) under the heading `title`.
pub(crate) fn page(status: StatusCode, title: &str, content: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{STYLE}</style></head><body><main><h1>{title}</h1>{content}</main></body></html>"
    );
    let headers = [(header::CACHE_CONTROL, "no-store"), (header::REFERRER_POLICY, "no-referrer")];
    (status, headers, Html(html)).into_response()
}

/// A page that only says something.
pub(crate) fn notice(status: StatusCode, title: &str, text: &str) -> Response {
    page(status, title, &format!("<p>{text}</p>"))
}
