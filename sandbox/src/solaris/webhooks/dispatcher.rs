//! Delivery of webhook events: one background task per batch, so a batch arrives in order, and
//! retries with backoff per event.

use super::{sign, Event, WebhookTarget};
use crate::delivery::{self, Attempt};
use crate::faults::{Faults, Provider};
use crate::solaris::store::random_hex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long a receiver may take to answer, as Solaris allows.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends events to the configured subscription, each batch in order in a background task.
pub(crate) struct Dispatcher {
    target: Option<Arc<WebhookTarget>>,
    client: reqwest::Client,
    subscription_id: String,
    /// Set by a 410 answer: the receiver ended the subscription, so nothing more is sent.
    cancelled: Arc<AtomicBool>,
    retry_delays: Arc<[Duration]>,
    faults: Faults,
}

impl Dispatcher {
    pub fn new(target: Option<WebhookTarget>, retry_delays: Vec<Duration>, faults: Faults) -> Self {
        let client = reqwest::Client::builder().timeout(RESPONSE_TIMEOUT).build().unwrap_or_default();
        let (subscription_id, cancelled, retry_delays) = (random_hex(), Arc::default(), retry_delays.into());
        Self { target: target.map(Arc::new), client, subscription_id, cancelled, retry_delays, faults }
    }

    /// Queues `events` for delivery; does nothing without a subscription.
    pub fn send(&self, events: Vec<Event>) {
        let Some(target) = self.target.clone() else {
            return;
        };
        if events.is_empty() || self.cancelled.load(Ordering::Relaxed) {
            return;
        }
        let (client, cancelled, subscription_id) =
            (self.client.clone(), self.cancelled.clone(), self.subscription_id.clone());
        let (delays, faults) = (self.retry_delays.clone(), self.faults.clone());
        tokio::spawn(async move {
            for event in events {
                if !faults.drop_delivery(Provider::Solaris) {
                    deliver(&client, &target, &subscription_id, &cancelled, &delays, event).await;
                }
            }
        });
    }
}

async fn deliver(
    client: &reqwest::Client,
    target: &WebhookTarget,
    subscription_id: &str,
    cancelled: &AtomicBool,
    delays: &[Duration],
    event: Event,
) {
    let (delivery_id, signature) = (&random_hex(), &sign(&target.secret, &event.body));
    let event = &event;
    let outcome = delivery::with_retries(delays, |attempt| async move {
        if cancelled.load(Ordering::Relaxed) {
            return Attempt::Final;
        }
        let answer = client
            .post(&target.url)
            .header("Content-Type", "application/json")
            .header("Solaris-Webhook-Event-Type", "IDENTIFICATION")
            .header("Solaris-Entity-Id", &event.entity_id)
            .header("Solaris-Webhook-Id", delivery_id)
            .header("Solaris-Webhook-Attempt", attempt.to_string())
            .header("Solaris-Webhook-Subscription-Id", subscription_id)
            .header("Solaris-Webhook-Signature", signature)
            .body(event.body.clone())
            .send()
            .await
            .map(|a| a.status());
        match answer.as_ref().map(|s| s.as_u16()) {
            Ok(410) => {
                tracing::warn!(url = %target.url, "webhook receiver answered 410; subscription cancelled");
                cancelled.store(true, Ordering::Relaxed);
                Attempt::Final
            }
            Ok(422) => {
                tracing::warn!(url = %target.url, entity = %event.entity_id, "webhook rejected with 422; not retried");
                Attempt::Final
            }
            _ => delivery::retry_unless_2xx("solaris webhook", attempt, answer),
        }
    })
    .await;
    if outcome == Attempt::Retry {
        let attempts = delays.len() + 1;
        tracing::warn!(url = %target.url, entity = %event.entity_id, "webhook given up after {attempts} attempts");
    }
}
