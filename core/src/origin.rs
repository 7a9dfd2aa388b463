//! Web origins (`https://bank.example:8443`), as product teams name the pages that may embed
//! the flow, and the origin of an absolute URL.

use serde::{Deserialize, Serialize};

/// A web origin: `http` or `https`, a host name or IPv4 address, an optional port; lowercase,
/// no path. Safe to write into a CSP header or an HTML attribute as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Origin(String);

impl Origin {
    /// An origin as `scheme://host[:port]`; one trailing `/` is tolerated.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.strip_suffix('/').unwrap_or(text).to_ascii_lowercase();
        let (scheme, rest) = text.split_once("://")?;
        if !matches!(scheme, "http" | "https") {
            return None;
        }
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        };
        let host_ok = !host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|l| {
                !l.is_empty() && !l.starts_with('-') && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0) && !p.starts_with('0'));
        (host_ok && port_ok).then_some(Self(text))
    }

    /// The origin of an absolute http(s) URL without spaces, quotes or angle brackets.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\')) {
            return None;
        }
        let (scheme, rest) = url.split_once("://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        Self::parse(&format!("{scheme}://{}", &rest[..end]))
    }

    /// The origin as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the origin is `https://`, or `http://` on the local machine (`localhost`,
    /// `127.x.x.x`): the only plain-text origins a deployment may trust (development, tests).
    pub fn is_secure_or_loopback(&self) -> bool {
        let Some((scheme, rest)) = self.0.split_once("://") else { return false };
        let host = rest.rsplit_once(':').map_or(rest, |(host, _)| host);
        scheme == "https"
            || host == "localhost"
            || host.split('.').next() == Some("127") && host.split('.').count() == 4
    }
}

impl TryFrom<String> for Origin {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or("an origin like https://bank.example")
    }
}

impl From<Origin> for String {
    fn from(o: Origin) -> String {
        o.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_have_a_scheme_a_host_and_at_most_a_port() {
        assert_eq!(Origin::parse("https://Bank.example/").unwrap().as_str(), "https://bank.example");
        assert!(Origin::parse("http://127.0.0.1:18081").is_some());
        for bad in [
            "bank.example",
            "ftp://bank.example",
            "https://bank.example/app",
            "https://*.bank.example",
            "https://bank.example:0",
            "https://bank.example:99999",
            "https://",
            "https://a b",
            "*",
        ] {
            assert!(Origin::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_origin_of_a_url_ignores_path_query_and_fragment() {
        assert_eq!(
            Origin::of_url("https://cdn.bank.example/img/logo.svg?v=2").unwrap().as_str(),
            "https://cdn.bank.example"
        );
        assert!(Origin::of_url("https://bank.example/\"onload=x").is_none());
        assert!(Origin::of_url("javascript:alert(1)").is_none());
    }
}

#[cfg(test)]
mod secure_tests {
    use super::Origin;

    #[test]
    fn only_https_or_the_local_machine_counts_as_secure() {
        for ok in ["https://bank.example", "http://localhost:3000", "http://127.0.0.1", "http://127.1.2.3:8080"] {
            assert!(Origin::parse(ok).unwrap().is_secure_or_loopback(), "{ok}");
        }
        for no in ["http://bank.example", "http://localhost.bank.example", "http://127.bank.example", "http://10.0.0.1"]
        {
            assert!(!Origin::parse(no).unwrap().is_secure_or_loopback(), "{no}");
        }
    }
}
