//! What the pages know about an identification, and how their answers are framed: HTML with a
//! CSP that lets only the product embed it, and the notices for closed identifications.

use super::pages;
use super::test_case::Mode;
use super::text::{self, Texts};
use super::COMPANY;
use crate::solaris::lifecycle::transition;
use crate::solaris::Sim;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kyc_core::IdentificationStatus::{self, *};

/// What a page needs to know about an identification.
pub(crate) struct View {
    pub status: IdentificationStatus,
    pub mode: Mode,
    pub texts: &'static Texts,
}

/// Looks the identification up (applying its deadlines). With `begin`, an aborted or canceled
/// identification starts a new attempt. `None` for unknown ones and those never requested.
pub(crate) fn look_up(sim: &Sim, company: &str, id: &str, begin: bool) -> Option<View> {
    if company != COMPANY {
        return None;
    }
    sim.update(id, |store, events| {
        let ident = store.identifications.get_mut(id).filter(|i| i.status != Created)?;
        if begin && matches!(ident.status, Aborted | Canceled) {
            transition(ident, Pending, None, events);
        }
        Some(View {
            status: ident.status,
            mode: ident.test_case.mode,
            texts: text::for_language(ident.language.as_deref()),
        })
    })?
}

/// An HTML answer that only the configured origins may frame.
pub(crate) fn html(sim: &Sim, status: StatusCode, body: String) -> Response {
    let ancestors = &sim.config.frame_ancestors;
    let csp = if ancestors.is_empty() {
        "frame-ancestors 'none'".to_owned()
    } else {
        format!("frame-ancestors {}", ancestors.join(" "))
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// The page for an identification that cannot (or can no longer) be started, if it is one.
pub(crate) fn closed_page(sim: &Sim, view: Option<&View>) -> Option<Response> {
    let Some(view) = view else {
        return Some(html(
            sim,
            StatusCode::NOT_FOUND,
            pages::notice(&text::EN, text::EN.not_found_heading, text::EN.not_found_text),
        ));
    };
    let t = view.texts;
    match view.status {
        Pending | Aborted | Canceled => None,
        Expired => Some(html(sim, StatusCode::GONE, pages::notice(t, t.expired_heading, t.expired_text))),
        _ => Some(html(sim, StatusCode::OK, pages::notice(t, t.finished_heading, t.finished_text))),
    }
}

pub(crate) fn action(id: &str, step: &str) -> String {
    format!("/idnow/{COMPANY}/identifications/{id}/{step}")
}
