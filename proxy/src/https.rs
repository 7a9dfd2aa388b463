//! HTTPS as the browser sees it. A request came over HTTPS when it reached the proxy's own TLS
//! listener ([`TlsConnection`], `KYC_TLS_CERT`) or when a trusted reverse proxy
//! (`KYC_TRUSTED_PROXIES`, see [`crate::client_ip`]) says so in `X-Forwarded-Proto`; from anyone
//! else the header is ignored, as anyone can write it. Answers over HTTPS carry HSTS; a request
//! a trusted proxy received over plain HTTP is redirected to `KYC_PUBLIC_URL` when that is
//! `https://`. The plain listener beside the TLS one (`KYC_REDIRECT_LISTEN`) only redirects.
//!
//! A request with neither (a load balancer's probe on the private port, a test) is left alone:
//! nothing says how the browser reached it.

use crate::client_ip::TrustedProxies;
use axum::extract::ConnectInfo;
use axum::http::header::LOCATION;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;

/// One year, without `includeSubDomains`: the deployment's other hosts are not ours to pin.
pub const HSTS: &str = "max-age=31536000";

/// Marks the requests of the proxy's own TLS listener (put in their extensions at start-up).
#[derive(Debug, Clone, Copy)]
pub struct TlsConnection;

/// How the browser reached the proxy, when something trustworthy says so: `Some(true)` over
/// HTTPS, `Some(false)` over plain HTTP, `None` when nothing says.
pub fn over_https(extensions: &axum::http::Extensions, headers: &HeaderMap) -> Option<bool> {
    if extensions.get::<TlsConnection>().is_some() {
        return Some(true);
    }
    let peer = extensions.get::<ConnectInfo<SocketAddr>>()?.0.ip();
    if !extensions.get::<TrustedProxies>()?.contains(peer) {
        return None;
    }
    // The right-most value is what the nearest proxy, the trusted one, wrote.
    let lines: Vec<&str> = headers.get_all("x-forwarded-proto").iter().filter_map(|v| v.to_str().ok()).collect();
    let proto = lines.last()?.rsplit(',').next()?.trim();
    match proto.to_ascii_lowercase().as_str() {
        "https" => Some(true),
        "http" => Some(false),
        _ => None,
    }
}

/// `public_url` with the path and query of `uri`: where a plain-HTTP request goes. Built from
/// the configured origin, never from the request's `Host`, so it cannot point elsewhere.
fn https_location(public_url: &str, uri: &Uri) -> Option<HeaderValue> {
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    HeaderValue::from_str(&format!("{}{path}", public_url.trim_end_matches('/'))).ok()
}

/// A permanent redirect to the HTTPS origin (308: the method and body are kept).
pub(crate) fn redirect(public_url: &str, uri: &Uri) -> Response {
    match https_location(public_url, uri) {
        Some(location) => (StatusCode::PERMANENT_REDIRECT, [(LOCATION, location)]).into_response(),
        None => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// The plain-HTTP listener's whole router: every request redirected to `public_url`.
pub fn redirect_router(public_url: Arc<str>) -> Router {
    Router::new().fallback(move |uri: Uri| {
        let public_url = public_url.clone();
        async move { redirect(&public_url, &uri) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extensions(peer: &str, trusted: &str) -> axum::http::Extensions {
        let mut e = axum::http::Extensions::new();
        e.insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        e.insert(TrustedProxies::parse(trusted).unwrap());
        e
    }

    fn proto(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-proto", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn forwarded_proto_counts_only_from_a_trusted_proxy_and_its_own_value() {
        let trusted = extensions("10.0.0.2:4000", "10.0.0.0/8");
        assert_eq!(over_https(&trusted, &proto(&["https"])), Some(true));
        assert_eq!(over_https(&trusted, &proto(&["HTTP"])), Some(false));
        // A client's own value sits left of the proxy's.
        assert_eq!(over_https(&trusted, &proto(&["https, http"])), Some(false));
        assert_eq!(over_https(&trusted, &proto(&["https", "http"])), Some(false));
        assert_eq!(over_https(&trusted, &proto(&[])), None);
        assert_eq!(over_https(&trusted, &proto(&["wss"])), None);
        let stranger = extensions("192.0.2.7:4000", "10.0.0.0/8");
        assert_eq!(over_https(&stranger, &proto(&["https"])), None);
        assert_eq!(over_https(&axum::http::Extensions::new(), &proto(&["https"])), None);
        let mut tls = stranger;
        tls.insert(TlsConnection);
        assert_eq!(over_https(&tls, &proto(&["http"])), Some(true));
    }

    #[test]
    fn the_redirect_goes_to_the_configured_origin_with_path_and_query() {
        let uri: Uri = "/consents?lang=de".parse().unwrap();
        assert_eq!(
            https_location("https://kyc.example.com/", &uri).unwrap(),
            "https://kyc.example.com/consents?lang=de"
        );
        let absolute: Uri = "http://evil.example/x".parse().unwrap();
        assert_eq!(https_location("https://kyc.example.com", &absolute).unwrap(), "https://kyc.example.com/x");
    }
}
