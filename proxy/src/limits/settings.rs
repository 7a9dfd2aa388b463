//! `KYC_RATE_LIMITS`: the quotas, `off`, or overrides of the defaults such as
//! `sessions=20/1m,codes=20/1m,address=60/1m,polls=1/1s,partner_failures=10/1m,sms_per_number=10/1d`.

use std::num::NonZeroU32;
use std::time::Duration;

/// One quota: at most `burst` at once, refilled evenly over `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    /// How many at once.
    pub burst: NonZeroU32,
    /// In how long the whole burst is refilled.
    pub period: Duration,
}

impl Rate {
    const fn new(burst: u32, secs: u64) -> Self {
        match NonZeroU32::new(burst) {
            Some(burst) => Self { burst, period: Duration::from_secs(secs) },
            None => panic!("a rate allows at least one"),
        }
    }

    /// `N/period`, the period a number (1 when left out) and `s`, `m`, `h` or `d`.
    fn parse(text: &str) -> Option<Self> {
        let (count, period) = text.split_once('/')?;
        let burst = NonZeroU32::new(count.trim().parse().ok()?)?;
        let period = period.trim();
        let (amount, unit) = period.split_at(period.len().checked_sub(1)?);
        let amount: u64 = if amount.is_empty() { 1 } else { amount.parse().ok()? };
        let unit = match unit {
            "s" => 1,
            "m" => 60,
            "h" => 3600,
            "d" => 86_400,
            _ => return None,
        };
        (amount > 0).then(|| Self { burst, period: Duration::from_secs(amount * unit) })
    }
}

/// The deployment's quotas, per instance except `sms_per_number` (kept in the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    /// Whether any limit applies (`KYC_RATE_LIMITS=off` for load tests behind one address).
    pub enabled: bool,
    /// New sessions per client address (`POST /api/sessions`).
    pub sessions: Rate,
    /// Link and hand-off codes redeemed per client address.
    pub codes: Rate,
    /// Address lookups per session.
    pub address: Rate,
    /// Status polls per session that may ask the provider; the others answer from the store.
    pub polls: Rate,
    /// Failed partner API keys per client address before every attempt is refused for a while.
    pub partner_failures: Rate,
    /// Text messages per mobile number, over every session.
    pub sms_per_number: Rate,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            enabled: true,
            sessions: Rate::new(20, 60),
            codes: Rate::new(20, 60),
            address: Rate::new(60, 60),
            polls: Rate::new(1, 1),
            partner_failures: Rate::new(10, 60),
            sms_per_number: Rate::new(10, 86_400),
        }
    }
}

impl RateLimits {
    /// Reads `KYC_RATE_LIMITS`; the error names the entry that is wrong.
    pub fn parse(text: Option<&str>) -> Result<Self, String> {
        let mut limits = Self::default();
        let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(limits) };
        if matches!(text, "off" | "0" | "false") {
            limits.enabled = false;
            return Ok(limits);
        }
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let bad = || format!("{entry:?} is not name=N/period (period like 1m, 2s, 1d)");
            let (name, rate) = entry.split_once('=').ok_or_else(bad)?;
            let rate = Rate::parse(rate).ok_or_else(bad)?;
            let slot = match name.trim() {
                "sessions" => &mut limits.sessions,
                "codes" => &mut limits.codes,
                "address" => &mut limits.address,
                "polls" => &mut limits.polls,
                "partner_failures" => &mut limits.partner_failures,
                "sms_per_number" => &mut limits.sms_per_number,
                other => {
                    return Err(format!(
                        "{other:?} is not a limit (sessions, codes, address, polls, partner_failures, sms_per_number)"
                    ))
                }
            };
            *slot = rate;
        }
        // The retention job keeps the text messages' counts for a day (store/retention.rs).
        if limits.sms_per_number.period > std::time::Duration::from_secs(86_400) {
            return Err("sms_per_number: a period of at most a day (1d)".into());
        }
        Ok(limits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_overrides_and_off() {
        let limits = RateLimits::parse(Some("sessions=5/1m, polls=2/10s")).unwrap();
        assert_eq!(limits.sessions, Rate::new(5, 60));
        assert_eq!(limits.polls, Rate::new(2, 10));
        assert_eq!(limits.codes, RateLimits::default().codes);
        assert!(!RateLimits::parse(Some("off")).unwrap().enabled);
        assert_eq!(RateLimits::parse(Some("sms_per_number=3/d")).unwrap().sms_per_number, Rate::new(3, 86_400));
    }

    #[test]
    fn a_wrong_entry_is_named() {
        assert!(RateLimits::parse(Some("sessions=5")).unwrap_err().contains("sessions=5"));
        assert!(RateLimits::parse(Some("session=5/1m")).unwrap_err().contains("session"));
        assert!(RateLimits::parse(Some("sessions=0/1m")).is_err());
        assert!(RateLimits::parse(Some("sessions=5/0m")).is_err());
        assert!(RateLimits::parse(Some("sessions=5/1w")).is_err());
        assert!(RateLimits::parse(Some("sms_per_number=5/2d")).unwrap_err().contains("at most a day"));
    }
}
