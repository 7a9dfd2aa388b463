//! The headers of every HTML page the proxy serves, whoever made the page: the SPA's pages come
//! with their own Content-Security-Policy and Permissions-Policy ([`crate::spa`]); any other
//! page (the providers' return pages from `public/`, served as files) gets a strict policy of
//! its own here. Every page also gets `Cross-Origin-Opener-Policy`. `X-Content-Type-Options`,
//! `Referrer-Policy` ([`crate::app`]) and HSTS ([`crate::https`]) go on every answer.

use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue};
use axum::response::Response;

/// `Permissions-Policy`.
pub const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
/// `Cross-Origin-Opener-Policy`.
pub const OPENER_POLICY: HeaderName = HeaderName::from_static("cross-origin-opener-policy");

/// The return pages load one script and one style sheet of their own, nothing else.
const STATIC_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    base-uri 'none'; form-action 'none'";

/// Pages the app itself frames: a provider's frame ends on them (the video call), and that frame is inside the app's page, which a product team's page may frame in
/// turn. `frame-ancestors` checks every ancestor, and these pages cannot know the session's
/// origins (the provider's redirect carries none), so any may frame them. They have no
/// control to trick a click onto, and their one message goes to their own origin only.
const FRAMED_PAGES: [&str; 1] = ["/ident-return.html"];

/// The page the bank login's own window ends on. It closes itself through `window.opener`,
/// which an opener policy would cut (the app that opened the window is framed by another
/// origin), so it gets none.
const OPENED_PAGES: [&str; 1] = ["/bank-return.html"];

/// Whether `response` is an HTML page.
fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/html"))
}

/// Which kind of page a path is, decided before the request runs (the path is gone after).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// A return page the app frames: any ancestor may frame it.
    Framed,
    /// The bank login window's return page: no opener policy.
    Opened,
    /// Any other path.
    Other,
}

impl Page {
    /// The kind of the page at `path`.
    pub fn of(path: &str) -> Self {
        if FRAMED_PAGES.contains(&path) {
            Self::Framed
        } else if OPENED_PAGES.contains(&path) {
            Self::Opened
        } else {
            Self::Other
        }
    }

    fn static_csp(self) -> String {
        let ancestors = if self == Self::Framed { "*" } else { "'self'" };
        format!("{STATIC_CSP}; frame-ancestors {ancestors}")
    }

    /// Completes the headers of `response` when it is an HTML page (see [`crate::edge`]).
    pub fn complete(self, response: &mut Response) {
        if !is_html(response) {
            return;
        }
        let headers = response.headers_mut();
        if !headers.contains_key(CONTENT_SECURITY_POLICY) {
            if let Ok(csp) = HeaderValue::from_str(&self.static_csp()) {
                headers.insert(CONTENT_SECURITY_POLICY, csp);
            }
        }
        headers.entry(PERMISSIONS_POLICY).or_insert(HeaderValue::from_static(
            "camera=(), microphone=(), fullscreen=(), geolocation=(), payment=(), usb=()",
        ));
        if self != Self::Opened {
            // A page opened by another window (or opening one) keeps no handle on it: the
            // flow's pages never talk to a window they did not frame.
            headers.entry(OPENER_POLICY).or_insert(HeaderValue::from_static("same-origin"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_framed_return_pages_may_be_framed_by_anyone() {
        assert!(Page::of("/ident-return.html").static_csp().ends_with("frame-ancestors *"));
        assert!(Page::of("/bank-return.html").static_csp().ends_with("frame-ancestors 'self'"));
        assert!(Page::of("/other.html").static_csp().starts_with("default-src 'none';"));
    }
}
