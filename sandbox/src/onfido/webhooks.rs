//! Webhook events: `{"payload": {"resource_type", "action", "object"}}`, signed with
//! `X-SHA2-Signature` (lowercase hex HMAC-SHA256 of the raw body, keyed with the webhook token),
//! delivered in order and retried with backoff until the receiver answers 2xx.

use crate::delivery::{self, Attempt};
use crate::faults::{Faults, Provider};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;

/// Header carrying the signature.
pub const SIGNATURE_HEADER: &str = "X-SHA2-Signature";
/// Attempts per event before the simulator gives up by default (Onfido resends a failed event
/// a few times, backing off exponentially): about half a minute in all, so that a receiver
/// restarted within seconds still gets it.
pub const MAX_ATTEMPTS: u32 = 8;
/// Delay after the first failed attempt by default; it doubles with every further one.
pub const FIRST_RETRY_DELAY: Duration = Duration::from_millis(250);
/// Longest delay between two attempts by default.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(30);
/// How long a receiver may take to answer, as Onfido allows.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(10);

/// The default pause before each retry: [`FIRST_RETRY_DELAY`], doubling, [`MAX_ATTEMPTS`] in all.
pub fn retry_delays() -> Vec<Duration> {
    delivery::doubling(FIRST_RETRY_DELAY, MAX_RETRY_DELAY, MAX_ATTEMPTS)
}

/// The `X-SHA2-Signature` value for `body`.
pub fn sign(token: &str, body: &[u8]) -> String {
    delivery::hmac_sha256_hex(token, body)
}

/// One event, serialised once: the signed bytes are the sent bytes.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    body: Vec<u8>,
}

impl Event {
    /// `action` (`report.completed`, `check.completed`) about `object`.
    pub fn new(resource_type: &str, action: &str, object: Value) -> Self {
        let payload = json!({ "payload": { "resource_type": resource_type, "action": action, "object": object } });
        Self { body: payload.to_string().into_bytes() }
    }
}

/// Sends events to the configured receiver, each batch in order in a background task.
pub(crate) struct Dispatcher {
    target: Option<Arc<(String, String)>>,
    client: reqwest::Client,
    retry_delays: Arc<[Duration]>,
    faults: Faults,
}

impl Dispatcher {
    pub fn new(url: Option<String>, token: String, retry_delays: Vec<Duration>, faults: Faults) -> Self {
        let client = reqwest::Client::builder().timeout(RESPONSE_TIMEOUT).build().unwrap_or_default();
        Self { target: url.map(|url| Arc::new((url, token))), client, retry_delays: retry_delays.into(), faults }
    }

    /// Queues `events`; does nothing without a receiver.
    pub fn send(&self, events: Vec<Event>) {
        let Some(target) = self.target.clone() else { return };
        let (client, delays, faults) = (self.client.clone(), self.retry_delays.clone(), self.faults.clone());
        tokio::spawn(async move {
            for event in events {
                if !faults.drop_delivery(Provider::Onfido) {
                    deliver(&client, &target.0, &target.1, &delays, &event).await;
                }
            }
        });
    }
}

async fn deliver(client: &reqwest::Client, url: &str, token: &str, delays: &[Duration], event: &Event) {
    let signature = &sign(token, &event.body);
    let outcome = delivery::with_retries(delays, |attempt| async move {
        let answer = client
            .post(url)
            .header("Content-Type", "application/json")
            .header(SIGNATURE_HEADER, signature)
            .body(event.body.clone())
            .send()
            .await;
        delivery::retry_unless_2xx("onfido webhook", attempt, answer.map(|a| a.status()))
    })
    .await;
    if outcome == Attempt::Retry {
        tracing::warn!(%url, "onfido webhook given up after {} attempts", delays.len() + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_bare_hex_hmac_of_the_body() {
        // RFC 4231, test case 2.
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assert_eq!(sign("Jefe", b"what do ya want for nothing?"), expected);
    }
}
