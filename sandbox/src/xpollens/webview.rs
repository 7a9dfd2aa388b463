//! The identification webview: a small accessible page standing in for the facial recognition.
//! Finishing it, whatever the outcome, sends the browser to the same URL with `#SUCCESS`
//! appended, as Xpollens does for security: the result only comes through the callbacks.

use super::identity::{finish_webview, Finished};
use super::prospect::Webview;
use super::Sim;
use axum::extract::rejection::FormRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;

pub(crate) use super::prospect::WEBVIEW_PATH as PATH;

/// The tag the URL gets when the webview is done, success or not.
const DONE_TAG: &str = "#SUCCESS";

/// The webview's query: which webview, and its token. Nothing else is read: Xpollens documents
/// no return URL, the app's WebView watches the URL for `#SUCCESS` itself.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct Link {
    technical_id: String,
    token: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Outcome {
    outcome: String,
}

const STYLE: &str = "body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
main{max-width:36rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem;line-height:1.25}\
.actions{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1.5rem}\
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:4px;cursor:pointer}\
.ok{color:#fff;background:#0b4f9c;border:2px solid #0b4f9c}.ko{color:#a4000f;background:#fff;border:2px solid #a4000f}\
:focus-visible{outline:3px solid #b35900;outline-offset:2px}";

fn page(status: StatusCode, title: &str, content: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{STYLE}</style></head><body><main><h1>{title}</h1>{content}</main></body></html>"
    );
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // The URL carries the webview token: never pass it on.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    response
}

fn gone() -> Response {
    let text = "<p>This identification link has expired or was already used. Go back to the app to continue.</p>";
    page(StatusCode::GONE, "Identification link no longer valid", text)
}

/// Whether the link names a live webview, and whether it is finished.
fn state(sim: &Sim, link: &Link) -> Option<bool> {
    let mut store = sim.store();
    let prospect = store.by_webview(&link.technical_id, &link.token)?;
    prospect.webview.as_ref().map(|w| w.finished)
}

/// `GET` the webview: the two simulated outcomes, or a notice once finished.
pub(crate) async fn page_show(State(sim): State<Sim>, Query(link): Query<Link>) -> Response {
    match state(&sim, &link) {
        None => gone(),
        Some(true) => page(
            StatusCode::OK,
            "Identification finished",
            "<p role=\"status\">Thank you. You can close this window; the app will tell you the result.</p>",
        ),
        Some(false) => {
            // Relative, so the form works wherever the simulator is mounted. The ids matched a
            // live webview, so they are the simulator's own hex and alphanumerics.
            let page_name = PATH.rsplit('/').next().unwrap_or_default();
            let action = format!("{page_name}?technicalId={}&amp;token={}", link.technical_id, link.token);
            let content = format!(
                "<p>This sandbox page stands in for the facial recognition (ID document and selfie video). \
Choose how the simulated recognition ends. The result reaches the app through its callbacks, \
a few moments later.</p>\
<form method=\"post\" action=\"{action}\"><div class=\"actions\">\
<button class=\"ok\" type=\"submit\" name=\"outcome\" value=\"success\">Simulate a successful facial recognition</button>\
<button class=\"ko\" type=\"submit\" name=\"outcome\" value=\"failure\">Simulate a failed facial recognition</button>\
</div></form>"
            );
            page(StatusCode::OK, "Simulate the facial recognition", &content)
        }
    }
}

/// `POST` the webview: records the outcome and sends the browser to the URL tagged `#SUCCESS`.
pub(crate) async fn page_finish(
    State(sim): State<Sim>,
    Query(link): Query<Link>,
    form: Result<Form<Outcome>, FormRejection>,
) -> Response {
    if state(&sim, &link) != Some(false) {
        return gone();
    }
    let Form(Outcome { outcome }) = form.unwrap_or_default();
    let succeeded = match outcome.as_str() {
        "success" => true,
        "failure" => false,
        _ => {
            return page(StatusCode::UNPROCESSABLE_ENTITY, "Choose an outcome", "<p>Go back and choose an outcome.</p>")
        }
    };
    let view = Webview { technical_id: link.technical_id.clone(), token: link.token.clone(), finished: true };
    match finish_webview(&sim, &link.technical_id, &link.token, succeeded) {
        Finished::Gone => gone(),
        Finished::Done => {
            let location = format!("{}{DONE_TAG}", view.url(&sim.config.public_base_url));
            let mut response = StatusCode::SEE_OTHER.into_response();
            if let Ok(value) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, value);
            }
            response
        }
    }
}
