//! Webhooks to the product teams' servers: leases due events from the store, signs each as the
//! Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`
//! over `id.timestamp.body`; during a secret's rotation both signatures), posts it, and records
//! the attempt: delivered on a 2xx, otherwise due again after a backoff, or given up once the
//! settings' patience (three days) is over. A session's events reach an endpoint in order.

use super::{stopped, JobSettings};
use crate::clock;
use crate::store::outbox::{AttemptView, Delivery};
use crate::store::Store;
use std::time::{Duration, Instant};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Events leased at once.
const BATCH: u32 = 32;
/// A receiver that has not answered by then counts as failed.
const TIMEOUT: Duration = Duration::from_secs(15);

/// Delivers until `stop`. An attempt cut short by a stop stays leased until its lease runs out
/// and is then sent again: receivers see each event at least once, and tell repeats by their id.
pub async fn run(store: Store, settings: JobSettings, mut stop: watch::Receiver<bool>) {
    let http = match reqwest::Client::builder().timeout(TIMEOUT).redirect(reqwest::redirect::Policy::none()).build() {
        Ok(http) => http,
        Err(err) => {
            tracing::error!(error = %err, "webhook client unavailable");
            return;
        }
    };
    while !*stop.borrow() {
        let now = clock::now().unix_millis();
        let batch = match store.deliveries_lease(now, settings.lease.as_millis() as i64, BATCH).await {
            Ok(batch) => batch,
            Err(err) => {
                tracing::error!(error = %err, "webhook events unreadable");
                Vec::new()
            }
        };
        if batch.is_empty() {
            tokio::select! {
                _ = tokio::time::sleep(settings.poll) => {}
                _ = stopped(&mut stop) => {}
            }
            continue;
        }
        let mut work = JoinSet::new();
        for delivery in batch {
            let (store, settings, http) = (store.clone(), settings.clone(), http.clone());
            work.spawn(async move { deliver(&store, &settings, &http, delivery).await });
        }
        tokio::select! {
            _ = async { while work.join_next().await.is_some() {} } => {}
            _ = stopped(&mut stop) => work.abort_all(),
        }
    }
}

/// The `webhook-signature` header: one `v1,` signature per secret in use.
pub fn signature(secrets: &[String], event_id: &str, timestamp: i64, body: &str) -> Option<String> {
    let signatures: Vec<String> = secrets
        .iter()
        .filter_map(|secret| {
            standardwebhooks::Webhook::new(secret).ok()?.sign(event_id, timestamp, body.as_bytes()).ok()
        })
        .collect();
    (!signatures.is_empty()).then(|| signatures.join(" "))
}

async fn deliver(store: &Store, settings: &JobSettings, http: &reqwest::Client, delivery: Delivery) {
    let timestamp = clock::now().unix_millis() / 1000;
    let started = Instant::now();
    let sent = match signature(&delivery.secrets, &delivery.event_id, timestamp, &delivery.body) {
        None => Err("the endpoint's secret is unusable".to_owned()),
        Some(signed) => http
            .post(&delivery.url)
            .header("content-type", "application/json")
            .header("webhook-id", &delivery.event_id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signed)
            .body(delivery.body.clone())
            .send()
            .await
            .map_err(|e| if e.is_timeout() { "no answer in time".to_owned() } else { "no connection".to_owned() }),
    };
    let (status, error) = match &sent {
        Ok(answer) if answer.status().is_success() => (Some(i64::from(answer.status().as_u16())), None),
        Ok(answer) => {
            (Some(i64::from(answer.status().as_u16())), Some(format!("answered {}", answer.status().as_u16())))
        }
        Err(why) => (None, Some(why.clone())),
    };
    let delivered = error.is_none();
    let now = clock::now();
    let attempt = AttemptView { at: now.to_string(), status, error, duration_ms: started.elapsed().as_millis() as i64 };
    let outcome = if delivered {
        Ok("delivered")
    } else if now.unix_millis() - delivery.created_at_ms >= settings.webhook_patience.as_millis() as i64 {
        Ok("failed")
    } else {
        let delay = settings.webhook_backoff.delay(u32::try_from(delivery.attempts).unwrap_or(u32::MAX));
        Err(now.unix_millis() + delay.as_millis() as i64)
    };
    crate::metrics::webhook_delivered(if delivered { "delivered" } else { "retry" });
    if let Err(err) = store.delivery_record(delivery.row, attempt, outcome).await {
        tracing::error!(error = %err, "webhook attempt not recorded");
    }
}
