//! Signed `IDENTIFICATION` webhooks with Solaris's delivery rules: 2xx delivered, 410 ends the
//! subscription, 422 is final, anything else is retried with exponential backoff.

mod dispatcher;

pub(crate) use dispatcher::Dispatcher;

use serde_json::Value;
use std::time::Duration;

/// A webhook subscription: the receiver's URL and the secret the payloads are signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookTarget {
    /// Receiver, e.g. `http://127.0.0.1:8080/webhooks/solaris`.
    pub url: String,
    /// Shared secret for `Solaris-Webhook-Signature`.
    pub secret: String,
}

/// First retry delay; it doubles with every failed attempt.
pub const FIRST_RETRY_DELAY: Duration = Duration::from_millis(500);
/// Longest delay between two attempts.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(30);
/// Attempts per event before the simulator gives up by default, about three minutes after the
/// first. (Solaris keeps trying for days; a local simulator need not.)
pub const MAX_ATTEMPTS: u32 = 12;

/// `Solaris-Webhook-Signature` for `body`: `sha256=` and the lowercase hex HMAC-SHA256 of the
/// exact body bytes, keyed with the subscription secret.
pub fn sign(secret: &str, body: &[u8]) -> String {
    format!("sha256={}", crate::delivery::hmac_sha256_hex(secret, body))
}

/// Delay before attempt `attempt + 1` after attempt `attempt` (counted from 1) failed.
pub fn retry_delay(attempt: u32) -> Duration {
    FIRST_RETRY_DELAY.saturating_mul(1 << attempt.saturating_sub(1).min(16)).min(MAX_RETRY_DELAY)
}

/// One event to deliver: the entity it is about and the exact bytes that are signed and sent.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub(crate) entity_id: String,
    pub(crate) body: Vec<u8>,
}

impl Event {
    /// An `IDENTIFICATION` event, serialised once as compact JSON.
    pub fn identification(id: &str, payload: &Value) -> Self {
        Self { entity_id: id.to_owned(), body: payload.to_string().into_bytes() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_starts_at_half_a_second_doubles_and_is_capped() {
        let delays: Vec<u64> = (1..=8).map(|a| retry_delay(a).as_millis() as u64).collect();
        assert_eq!(delays, [500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    }

    #[test]
    fn the_rfc_4231_vector_matches() {
        // RFC 4231, test case 2.
        let expected = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assert_eq!(sign("Jefe", b"what do ya want for nothing?"), expected);
    }
}
