//! Local simulators of the identity providers' documented sandboxes, on one HTTP server:
//!
//! - Solaris with IDnow video identification ([`solaris`]): OAuth client credentials, the `/v1`
//!   person, identification and document API, the IDnow pages the user sees in the product's
//!   iframe, and signed `IDENTIFICATION` webhooks.
//! - ID Dataweb ([`iddataweb`]) under `/iddataweb`: session risk, PII validation, the SMS link
//!   (with a sandbox-only outbox) and the document step-up; trusted devices after approval.
//! - Signicat Assure ([`signicat`]) under `/signicat`: dossiers, user data, the iDIN bank login
//!   page, document-and-selfie processes, matching and notifications.
//! - Xpollens ([`xpollens`]) under `/xpollens`: prospects, KYC steps in any order, the
//!   identification webview, SEPA instant transfers, callbacks 34, 4 and 35, the 90-day purge.
//! - Onfido API v3.6 ([`onfido`]) under `/onfido`: applicants, document and selfie uploads,
//!   checks with the Identity Enhanced report over a small record set with fuzzy matching, and
//!   signed webhooks.
//! - Address validation ([`address`]) under `/address/v1`: suggestions while typing and a check
//!   of complete residence addresses, a small contract of this simulator's own.
//! - An SMS gateway ([`sms`]) under `/sms/v1`, with an outbox tests can read.
//!
//! The proxy talks to each exactly as it would to the provider.
//! Nothing here reads files at runtime; every fixture is compiled in.

pub mod address;
mod clock;
mod delivery;
pub mod iddataweb;
mod latin;
mod oauth;
pub mod onfido;
pub mod signicat;
mod sim;
pub mod sms;
pub mod solaris;
pub mod xpollens;

pub use solaris::webhooks::sign;

use std::time::Duration;

/// How the simulator behaves; [`SandboxConfig::local`] gives sensible defaults.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// OAuth client id accepted by `POST /oauth2/token`.
    pub client_id: String,
    /// OAuth client secret accepted by `POST /oauth2/token`.
    pub client_secret: String,
    /// Origin serving the IDnow pages (`http://127.0.0.1:8081`); identification `url`s start here.
    pub public_base_url: String,
    /// Where the IDnow page sends the browser after the call. The placeholder
    /// `{transactionnumber}` is replaced by the identification id.
    pub redirect_url: String,
    /// Origins allowed to embed the IDnow page (CSP `frame-ancestors`).
    pub frame_ancestors: Vec<String>,
    /// Delay of the simulated second-line review (the real one takes a minute or two).
    pub review_delay: Duration,
    /// Where `IDENTIFICATION` webhook events go, if anywhere.
    pub webhook: Option<WebhookTarget>,
    /// Residence countries (ISO 3166-1 alpha-2) the partner's branch may onboard; `None` allows all.
    pub allowed_residence_countries: Option<Vec<String>>,
    /// Key the address API expects in `X-Api-Key`.
    pub address_api_key: String,
    /// Key the SMS gateway expects as `Authorization: Bearer`.
    pub sms_api_key: String,
    /// The ID Dataweb simulator, mounted at `/iddataweb`.
    pub iddataweb: iddataweb::Config,
    /// The Signicat Assure simulator, mounted under `/signicat`.
    pub signicat: signicat::Config,
    /// The Xpollens simulator, mounted at `/xpollens`.
    pub xpollens: xpollens::Config,
    /// The Onfido simulator, mounted under `/onfido`.
    pub onfido: onfido::Config,
}

/// A webhook subscription: the receiver's URL and the secret the payloads are signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookTarget {
    /// Receiver, e.g. `http://127.0.0.1:8080/webhooks/solaris`.
    pub url: String,
    /// Shared secret for `Solaris-Webhook-Signature`.
    pub secret: String,
}

impl SandboxConfig {
    /// Defaults for a local setup: fixed sandbox credentials (address API key
    /// `sandbox-address-key`), a three-second review, no webhook, all residence countries, and
    /// the redirect target's origin as the only frame ancestor (the product embeds the page,
    /// and the page returns to the product).
    pub fn local(public_base_url: &str, redirect_url: &str) -> Self {
        Self {
            client_id: "sandbox-client".to_owned(),
            client_secret: "sandbox-secret".to_owned(),
            public_base_url: public_base_url.trim_end_matches('/').to_owned(),
            redirect_url: redirect_url.to_owned(),
            frame_ancestors: origin_of(redirect_url).into_iter().collect(),
            review_delay: Duration::from_secs(3),
            webhook: None,
            allowed_residence_countries: None,
            address_api_key: "sandbox-address-key".to_owned(),
            sms_api_key: "sandbox-sms-key".to_owned(),
            iddataweb: iddataweb::Config::local(&format!("{}/iddataweb", public_base_url.trim_end_matches('/'))),
            signicat: signicat::Config::local(public_base_url),
            xpollens: xpollens::Config::local(public_base_url),
            onfido: onfido::Config::local(public_base_url),
        }
    }
}

/// `scheme://host[:port]` of an absolute URL, or `None` for anything else.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!scheme.is_empty() && !authority.is_empty()).then(|| format!("{scheme}://{authority}"))
}

/// The whole simulator with its state inside: every provider's API under its own prefix (Solaris
/// at the root, as its paths are), the IDnow pages and the address API. Serve it with
/// `axum::serve`, or call it in tests with `tower::ServiceExt::oneshot`.
pub fn app(config: SandboxConfig) -> axum::Router {
    let address = address::router(&config.address_api_key);
    let sms = sms::router(&config.sms_api_key);
    let iddataweb = iddataweb::router(config.iddataweb.clone());
    let signicat = signicat::router(config.signicat.clone());
    let xpollens = xpollens::router(config.xpollens.clone());
    let onfido = onfido::router(config.onfido.clone());
    solaris::router(config)
        .nest(address::BASE_PATH, address)
        .nest(sms::BASE_PATH, sms)
        .nest("/iddataweb", iddataweb)
        .nest("/signicat", signicat)
        .nest("/xpollens", xpollens)
        .nest("/onfido", onfido)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_ancestor_is_the_origin_of_the_redirect() {
        let config = SandboxConfig::local(
            "http://127.0.0.1:8081/",
            "http://127.0.0.1:8080/ident-return.html?transaction={transactionnumber}",
        );
        assert_eq!(config.frame_ancestors, ["http://127.0.0.1:8080"]);
        assert_eq!(config.public_base_url, "http://127.0.0.1:8081");
        assert_eq!(origin_of("https://example.com?x=1").as_deref(), Some("https://example.com"));
        assert_eq!(origin_of("/relative"), None);
    }
}
