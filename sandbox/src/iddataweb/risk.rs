//! Session risk: the device and network signals the integrator's page collected, judged before
//! the user types anything. Attributes (this simulator's shape): `IPAddress{ipAddress}`,
//! `UserAgent{userAgent}`, `DeviceFingerprint{fingerprint, webdriver}` and, for the email-risk
//! add-on, `Email{email}`.

use super::errors::ApiError;
use super::wire::VerifyRequest;
use std::net::IpAddr;

/// A small stand-in for the TOR exit list (documentation address ranges, so nothing real).
pub(crate) const TOR_EXIT_IPS: &[&str] = &["198.51.100.66", "198.51.100.67", "203.0.113.200", "2001:db8::7071"];
/// Addresses on the block list for earlier fraud.
pub(crate) const FLAGGED_IPS: &[&str] = &["203.0.113.13", "192.0.2.250"];
/// User agents of automation tools and crawlers.
const BOT_MARKERS: &[&str] = &[
    "headlesschrome",
    "phantomjs",
    "selenium",
    "puppeteer",
    "playwright",
    "bot",
    "crawler",
    "spider",
    "curl/",
    "python-requests",
];
/// Throwaway mail domains, for the email-risk add-on.
const DISPOSABLE_DOMAINS: &[&str] = &["mailinator.com", "guerrillamail.com", "10minutemail.com", "trashmail.com"];

/// What the page reported about the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Signals {
    pub ip: IpAddr,
    pub user_agent: String,
    pub fingerprint: Option<String>,
    pub webdriver: bool,
    pub email: Option<String>,
}

impl TryFrom<&VerifyRequest> for Signals {
    type Error = ApiError;

    fn try_from(request: &VerifyRequest) -> Result<Self, ApiError> {
        let ip = request.required("IPAddress", "ipAddress")?;
        let ip = ip.parse().map_err(|_| ApiError::bad_request("IPAddress.ipAddress is not an IP address."))?;
        Ok(Self {
            ip,
            user_agent: request.required("UserAgent", "userAgent")?,
            fingerprint: request.value("DeviceFingerprint", "fingerprint"),
            webdriver: request.value("DeviceFingerprint", "webdriver").is_some_and(|v| v.eq_ignore_ascii_case("true")),
            email: request.value("Email", "email"),
        })
    }
}

/// The lists and limits the rules use.
pub(crate) struct Rules<'a> {
    pub tor_exit_ips: &'a [IpAddr],
    pub flagged_ips: &'a [IpAddr],
    pub velocity_limit: usize,
    pub email_risk: bool,
}

/// Each check's assertion key and whether it passed.
pub(crate) type Checks = Vec<(&'static str, bool)>;

/// Whether the user agent belongs to automation rather than a person's browser.
pub(crate) fn is_bot(user_agent: &str, webdriver: bool) -> bool {
    let agent = user_agent.to_ascii_lowercase();
    webdriver || BOT_MARKERS.iter().any(|marker| agent.contains(marker))
}

/// Judges the session; `recent_sessions` counts this address's sessions in the velocity window,
/// this one included.
pub(crate) fn assess(signals: &Signals, rules: &Rules, recent_sessions: usize) -> Checks {
    let mut checks = vec![
        ("sessionRisk.tor", !rules.tor_exit_ips.contains(&signals.ip)),
        ("sessionRisk.ipReputation", !rules.flagged_ips.contains(&signals.ip)),
        ("sessionRisk.bot", !is_bot(&signals.user_agent, signals.webdriver)),
        ("sessionRisk.velocity", recent_sessions <= rules.velocity_limit),
    ];
    if rules.email_risk {
        let domain = signals.email.as_deref().and_then(|e| e.rsplit_once('@')).map(|(_, d)| d.to_ascii_lowercase());
        let disposable = domain.is_some_and(|d| DISPOSABLE_DOMAINS.contains(&d.as_str()));
        checks.push(("sessionRisk.emailRisk", !disposable));
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    fn signals(ip: &str, user_agent: &str) -> Signals {
        Signals {
            ip: ip.parse().unwrap(),
            user_agent: user_agent.into(),
            fingerprint: None,
            webdriver: false,
            email: None,
        }
    }

    fn failed(signals: &Signals, email_risk: bool, recent: usize) -> Vec<&'static str> {
        let tor: Vec<IpAddr> = TOR_EXIT_IPS.iter().map(|ip| ip.parse().unwrap()).collect();
        let flagged: Vec<IpAddr> = FLAGGED_IPS.iter().map(|ip| ip.parse().unwrap()).collect();
        let rules = Rules { tor_exit_ips: &tor, flagged_ips: &flagged, velocity_limit: 3, email_risk };
        assess(signals, &rules, recent).into_iter().filter(|(_, ok)| !ok).map(|(key, _)| key).collect()
    }

    #[test]
    fn an_ordinary_browser_from_an_ordinary_address_passes() {
        assert!(failed(&signals("192.0.2.10", FIREFOX), true, 1).is_empty());
    }

    #[test]
    fn tor_block_listed_addresses_bots_and_bursts_are_each_caught() {
        assert_eq!(failed(&signals("198.51.100.66", FIREFOX), false, 1), ["sessionRisk.tor"]);
        assert_eq!(failed(&signals("2001:db8::7071", FIREFOX), false, 1), ["sessionRisk.tor"]);
        assert_eq!(failed(&signals("203.0.113.13", FIREFOX), false, 1), ["sessionRisk.ipReputation"]);
        let headless = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36";
        assert_eq!(failed(&signals("192.0.2.10", headless), false, 1), ["sessionRisk.bot"]);
        let driven = Signals { webdriver: true, ..signals("192.0.2.10", FIREFOX) };
        assert_eq!(failed(&driven, false, 1), ["sessionRisk.bot"]);
        assert_eq!(failed(&signals("192.0.2.10", FIREFOX), false, 4), ["sessionRisk.velocity"]);
    }

    #[test]
    fn disposable_mail_is_judged_only_with_the_add_on() {
        let throwaway = Signals { email: Some("x@Mailinator.com".into()), ..signals("192.0.2.10", FIREFOX) };
        assert_eq!(failed(&throwaway, true, 1), ["sessionRisk.emailRisk"]);
        assert!(failed(&throwaway, false, 1).is_empty());
    }
}
