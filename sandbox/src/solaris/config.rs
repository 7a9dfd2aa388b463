//! How the Solaris simulator behaves: the OAuth client it accepts, where its IDnow pages live and
//! send the browser back to, who may frame them, the branch's residence countries, the review's
//! duration and the webhook subscription with its retries.

use super::webhooks::{retry_delay, WebhookTarget, MAX_ATTEMPTS};
use std::time::Duration;

/// How the Solaris simulator behaves; [`Config::local`] gives sensible defaults.
#[derive(Debug, Clone)]
pub struct Config {
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
    /// Pause before each retry of an event the receiver did not take. Solaris backs off
    /// exponentially for up to five days; locally the first retry comes after half a second, so
    /// a receiver restarted within seconds still gets the event (see [`retry_delay`]).
    pub retry_delays: Vec<Duration>,
    /// Residence countries (ISO 3166-1 alpha-2) the partner's branch may onboard; `None` allows all.
    pub allowed_residence_countries: Option<Vec<String>>,
}

impl Config {
    /// Defaults for a local setup with the simulator at `public_base_url`: fixed sandbox
    /// credentials, a three-second review, no webhook (retried from half a second, doubling, up to
    /// [`MAX_ATTEMPTS`] attempts), all residence countries, and the redirect
    /// target's origin as the only frame ancestor (the product embeds the page, and the page
    /// returns to the product).
    pub fn local(public_base_url: &str, redirect_url: &str) -> Self {
        Self {
            client_id: "sandbox-client".to_owned(),
            client_secret: "sandbox-secret".to_owned(),
            public_base_url: public_base_url.trim_end_matches('/').to_owned(),
            redirect_url: redirect_url.to_owned(),
            frame_ancestors: origin_of(redirect_url).into_iter().collect(),
            review_delay: Duration::from_secs(3),
            webhook: None,
            retry_delays: (1..MAX_ATTEMPTS).map(retry_delay).collect(),
            allowed_residence_countries: None,
        }
    }
}

/// `scheme://host[:port]` of an absolute URL, or `None` for anything else.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!scheme.is_empty() && !authority.is_empty()).then(|| format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_ancestor_is_the_origin_of_the_redirect() {
        let config = Config::local(
            "http://127.0.0.1:8081/",
            "http://127.0.0.1:8080/ident-return.html?transaction={transactionnumber}",
        );
        assert_eq!(config.frame_ancestors, ["http://127.0.0.1:8080"]);
        assert_eq!(config.public_base_url, "http://127.0.0.1:8081");
        assert_eq!(origin_of("https://example.com?x=1").as_deref(), Some("https://example.com"));
        assert_eq!(origin_of("/relative"), None);
    }
}
