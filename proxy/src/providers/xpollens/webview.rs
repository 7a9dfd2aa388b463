//! The identification webview's URL, as a product team's mobile app hands it in. Xpollens's
//! API has no call that gives it: the mobile SDK's `getIssuerData()` does, on the phone, once
//! the security wallet is bound with callback 35's activation code. So the app (whose WebView
//! hosts the flow) passes it to the flow through the embed bridge, and the flow frames it.
//!
//! The guide shows one example host (`https://pad-staging.api-ot.com/api/v2/static/...`) and is
//! silent on the production host and on any rule for the URL. What a bank would expect, then: the
//! URL is only framed when it is HTTPS (plain HTTP only on loopback, for the local simulator),
//! carries no credentials and no fragment yet (`#SUCCESS` marks its end), and its origin is one
//! the deployment lists (`XPOLLENS_WEBVIEW_ORIGINS`), which the page's CSP `frame-src` allows too.

use std::fmt;

/// Longest URL accepted (the guide's example is about 200 characters).
const MAX_LEN: usize = 2048;

/// A webview URL fit to be framed.
#[derive(Clone, PartialEq, Eq)]
pub struct WebviewUrl(String);

/// Why a handed-in URL is not framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidWebviewUrl {
    /// Not an absolute URL, too long, or with credentials or a fragment.
    #[error("url: not an absolute URL without credentials or fragment")]
    Malformed,
    /// Not HTTPS (and not the loopback simulator).
    #[error("url: the webview must be served over HTTPS")]
    NotHttps,
    /// Not an origin this deployment lists for Xpollens's webview.
    #[error("url: not an origin of Xpollens's identification webview")]
    OriginNotAllowed,
}

/// Whether `origin` may serve the webview at all: HTTPS, or HTTP on a loopback host.
pub fn secure_origin(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let ip = host.trim_start_matches('[').trim_end_matches(']').parse::<std::net::IpAddr>();
    let loopback = host == "localhost" || ip.is_ok_and(|ip| ip.is_loopback());
    url.scheme() == "https" || (url.scheme() == "http" && loopback)
}

impl WebviewUrl {
    /// Checks `raw` against the deployment's webview `origins` (`https://host[:port]`).
    pub fn parse(raw: &str, origins: &[String]) -> Result<Self, InvalidWebviewUrl> {
        if raw.len() > MAX_LEN {
            return Err(InvalidWebviewUrl::Malformed);
        }
        let url = reqwest::Url::parse(raw).map_err(|_| InvalidWebviewUrl::Malformed)?;
        if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
            return Err(InvalidWebviewUrl::Malformed);
        }
        if !secure_origin(&url) {
            return Err(InvalidWebviewUrl::NotHttps);
        }
        let origin = url.origin().ascii_serialization();
        if !origins.iter().any(|o| o.trim_end_matches('/') == origin) {
            return Err(InvalidWebviewUrl::OriginNotAllowed);
        }
        Ok(Self(url.into()))
    }

    /// The URL, to frame.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for WebviewUrl {
    // The query carries the webview's token: keep it out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebviewUrl(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str =
        "https://pad-staging.api-ot.com/api/v2/static/dist/index.html?technicalId=DC0A9829DF8D544A&token=J5Ti9Y9p";

    fn origins() -> Vec<String> {
        vec!["https://pad-staging.api-ot.com".into(), "http://127.0.0.1:8081".into()]
    }

    #[test]
    fn the_guides_example_and_the_local_simulator_are_framed() {
        assert_eq!(WebviewUrl::parse(EXAMPLE, &origins()).unwrap().as_str(), EXAMPLE);
        let local = "http://127.0.0.1:8081/xpollens/pad/api/v2/static/dist/index.html?technicalId=A&token=B";
        assert!(WebviewUrl::parse(local, &origins()).is_ok());
    }

    #[test]
    fn other_origins_plain_http_credentials_and_fragments_are_refused() {
        let cases = [
            ("https://evil.example/api/v2/static/dist/index.html?token=x", InvalidWebviewUrl::OriginNotAllowed),
            ("https://pad-staging.api-ot.com.evil.example/", InvalidWebviewUrl::OriginNotAllowed),
            ("https://pad-staging.api-ot.com:8443/", InvalidWebviewUrl::OriginNotAllowed),
            ("http://pad-staging.api-ot.com/api/v2/static/dist/index.html", InvalidWebviewUrl::NotHttps),
            ("javascript:alert(1)", InvalidWebviewUrl::NotHttps),
            ("https://user:pw@pad-staging.api-ot.com/", InvalidWebviewUrl::Malformed),
            ("https://pad-staging.api-ot.com/index.html#SUCCESS", InvalidWebviewUrl::Malformed),
            ("/api/v2/static/dist/index.html", InvalidWebviewUrl::Malformed),
        ];
        for (raw, expected) in cases {
            assert_eq!(WebviewUrl::parse(raw, &origins()), Err(expected), "{raw}");
        }
        let long = format!("{EXAMPLE}&pad={}", "a".repeat(MAX_LEN));
        assert_eq!(WebviewUrl::parse(&long, &origins()), Err(InvalidWebviewUrl::Malformed));
    }
}
