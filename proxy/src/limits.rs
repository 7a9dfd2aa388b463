//! Rate limits in each instance's memory (GCRA, the `governor` crate), keyed by the client's
//! address as [`crate::client_ip`] finds it behind trusted proxies, or by session. Over a limit
//! the answer is `429 too_many_requests` with `Retry-After`. Per instance is enough for what
//! they guard (floods, guessing, provider calls): N instances allow N times as much. Text
//! messages per mobile number, which cost the bank money, are counted in the store instead.

mod settings;

pub use settings::{Rate, RateLimits};

use crate::error::AppError;
use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

fn keyed<K: Clone + Hash + Eq>(rate: Rate) -> Keyed<K> {
    let quota = Quota::with_period(rate.period / rate.burst.get())
        .map_or_else(|| Quota::per_second(rate.burst), |quota| quota.allow_burst(rate.burst));
    RateLimiter::keyed(quota)
}

/// The limiters of one instance.
pub struct Limits {
    settings: RateLimits,
    sessions: Keyed<IpAddr>,
    codes: Keyed<IpAddr>,
    address: Keyed<i64>,
    polls: Keyed<i64>,
    partner_failures: Keyed<IpAddr>,
    /// Addresses whose wrong partner keys used up their quota, until when.
    partner_blocked: Mutex<HashMap<IpAddr, Instant>>,
    clock: DefaultClock,
}

impl Limits {
    /// Limiters for `settings`.
    pub fn new(settings: RateLimits) -> Self {
        Self {
            sessions: keyed(settings.sessions),
            codes: keyed(settings.codes),
            address: keyed(settings.address),
            polls: keyed(settings.polls),
            partner_failures: keyed(settings.partner_failures),
            partner_blocked: Mutex::default(),
            clock: DefaultClock::default(),
            settings,
        }
    }

    /// The settings they were made from.
    pub fn settings(&self) -> &RateLimits {
        &self.settings
    }

    fn take<K: Clone + Hash + Eq>(&self, limiter: &Keyed<K>, key: &K) -> Result<(), AppError> {
        if !self.settings.enabled {
            return Ok(());
        }
        limiter.check_key(key).map_err(|not_until| AppError::rate_limited(not_until.wait_time_from(self.clock.now())))
    }

    /// One more session created from `ip`.
    pub fn session_create(&self, ip: IpAddr) -> Result<(), AppError> {
        self.take(&self.sessions, &ip)
    }

    /// One more link or hand-off code redeemed from `ip`.
    pub fn code_redeem(&self, ip: IpAddr) -> Result<(), AppError> {
        self.take(&self.codes, &ip)
    }

    /// One more address lookup for session `session`.
    pub fn address_lookup(&self, session: i64) -> Result<(), AppError> {
        self.take(&self.address, &session)
    }

    /// Whether this status poll of `session` may ask the provider; if not, the stored status is
    /// fresh enough (the webhooks and the reconciliation keep it so).
    pub fn provider_poll(&self, session: i64) -> bool {
        self.take(&self.polls, &session).is_ok()
    }

    /// Refuses a partner request from an address whose wrong keys used up their quota.
    pub fn partner_admit(&self, ip: IpAddr) -> Result<(), AppError> {
        if !self.settings.enabled {
            return Ok(());
        }
        let blocked = self.partner_blocked.lock().unwrap_or_else(|e| e.into_inner()).get(&ip).copied();
        match blocked.map(|until| until.saturating_duration_since(Instant::now())) {
            Some(wait) if !wait.is_zero() => Err(AppError::rate_limited(wait)),
            _ => Ok(()),
        }
    }

    /// A wrong partner key from `ip`: counted, and once over the quota the address waits.
    pub fn partner_failure(&self, ip: IpAddr) {
        if let Err(AppError::TooManyRequests { retry_after, .. }) = self.take(&self.partner_failures, &ip) {
            let mut blocked = self.partner_blocked.lock().unwrap_or_else(|e| e.into_inner());
            blocked.insert(ip, Instant::now() + retry_after);
        }
    }

    /// Forgets the keys that have been quiet long enough to be full again, so that memory
    /// follows the active clients, not every client ever seen.
    pub fn sweep(&self) {
        self.sessions.retain_recent();
        self.codes.retain_recent();
        self.address.retain_recent();
        self.polls.retain_recent();
        self.partner_failures.retain_recent();
        let now = Instant::now();
        self.partner_blocked.lock().unwrap_or_else(|e| e.into_inner()).retain(|_, until| *until > now);
    }

    /// Sweeps every `every` for as long as the process runs (memory only: nothing to resume).
    pub async fn sweep_every(self: std::sync::Arc<Self>, every: Duration) {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            self.sweep();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(text: &str) -> Limits {
        Limits::new(RateLimits::parse(Some(text)).unwrap())
    }

    #[test]
    fn a_burst_passes_then_the_next_waits_with_its_retry_time() {
        let limits = limits("sessions=3/1m");
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for _ in 0..3 {
            limits.session_create(ip).unwrap();
        }
        let Err(AppError::TooManyRequests { retry_after, .. }) = limits.session_create(ip) else { panic!() };
        assert!(retry_after > Duration::from_secs(15) && retry_after <= Duration::from_secs(20), "{retry_after:?}");
        // Another address has its own quota.
        limits.session_create("192.0.2.8".parse().unwrap()).unwrap();
    }

    #[test]
    fn wrong_partner_keys_block_the_address_until_the_quota_refills() {
        let limits = limits("partner_failures=2/1m");
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        limits.partner_failure(ip);
        limits.partner_failure(ip);
        limits.partner_admit(ip).unwrap();
        limits.partner_failure(ip);
        assert!(matches!(limits.partner_admit(ip), Err(AppError::TooManyRequests { .. })));
        limits.partner_admit("198.51.100.2".parse().unwrap()).unwrap();
    }

    #[test]
    fn off_means_off() {
        let limits = limits("off");
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for _ in 0..1000 {
            limits.session_create(ip).unwrap();
        }
        assert!((0..10).all(|_| limits.provider_poll(1)));
    }
}
