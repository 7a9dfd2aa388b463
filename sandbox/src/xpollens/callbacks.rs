//! Callbacks 34 (overall status), 4 (KYC diligences) and 35 (activation code): built from what
//! a change did to a prospect, and POSTed as JSON to the partner's endpoint with HTTP Basic
//! credentials, retried on the documented schedule. Each body is `{"Payload": {…}}` with the
//! keys exactly as the guide's examples spell them, their inconsistent case included
//! (`appUserid` in 34, `appUserId` in 4, `AppUserId` in 35).

use super::prospect::{Prospect, Snapshot};
use super::random::random_hex;
use super::CallbackTarget;
use crate::clock::now_utc;
use crate::delivery::{self, Attempt};
use crate::faults::{Faults, Provider};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

/// The documented retry schedule: after 20 s, 60 s, 5 min and 30 min.
pub const RETRY_DELAYS: [Duration; 4] =
    [Duration::from_secs(20), Duration::from_secs(60), Duration::from_secs(300), Duration::from_secs(1800)];

/// The local schedule: after half a second, doubling up to 30 s, eight attempts in all (about a
/// minute). The documented one would leave a receiver restarted within seconds waiting 20 s.
pub fn local_retry_delays() -> Vec<Duration> {
    delivery::doubling(Duration::from_millis(500), Duration::from_secs(30), 8)
}

/// How long a receiver may take to answer.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(30);

/// The guide shows every callback as `"Payload": {…}`.
fn wrapped(payload: Value) -> Value {
    json!({ "Payload": payload })
}

pub(crate) fn user_status(p: &Prospect) -> Value {
    wrapped(json!({
        "type": "34",
        "appUserid": p.app_user_id,
        "publicUserCode": p.public_user_code,
        "userRecordStatus": p.record_status(),
    }))
}

pub(crate) fn kyc(p: &Prospect) -> Value {
    let mut body = p.kyc_json();
    body["type"] = json!("4");
    wrapped(body)
}

pub(crate) fn activation_code(p: &Prospect) -> Value {
    wrapped(
        json!({ "type": "35", "AppUserId": p.app_user_id, "ActivationCode": p.activation_code, "ErrorMessage": null }),
    )
}

/// The callbacks owed after a change, in the order a partner can best use them: a new
/// activation code, then the KYC, then the overall status. `before` is `None` for a new
/// prospect, which gets 34 and 35.
pub(crate) fn for_changes(p: &Prospect, before: Option<&Snapshot>) -> Vec<Value> {
    let now = p.snapshot();
    let mut events = Vec::new();
    if before.is_none_or(|b| b.activation_code != now.activation_code) {
        events.push(activation_code(p));
    }
    if before.is_some_and(|b| (b.kyc_status, &b.diligences) != (now.kyc_status, &now.diligences)) {
        events.push(kyc(p));
    }
    if before.is_none_or(|b| b.record_status != now.record_status) {
        events.push(user_status(p));
    }
    events
}

/// Delivers callbacks with their retries, one queue per prospect: a prospect's callbacks arrive
/// in the order they happened, and a stuck one delays only that prospect's.
pub(crate) struct Dispatcher {
    target: Option<Arc<CallbackTarget>>,
    retry_delays: Arc<[Duration]>,
    client: reqwest::Client,
    queues: Mutex<HashMap<String, mpsc::UnboundedSender<Value>>>,
    faults: Faults,
}

impl Dispatcher {
    pub fn new(target: Option<CallbackTarget>, retry_delays: Vec<Duration>, faults: Faults) -> Self {
        let client = reqwest::Client::builder().timeout(RESPONSE_TIMEOUT).build().unwrap_or_default();
        let (target, retry_delays, queues) = (target.map(Arc::new), retry_delays.into(), Mutex::default());
        Self { target, retry_delays, client, queues, faults }
    }

    /// Queues `events` about `app_user_id`; does nothing without a target.
    pub fn send(&self, app_user_id: &str, events: Vec<Value>) {
        let Some(target) = self.target.clone() else {
            return;
        };
        let mut queues = self.queues.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let queue = queues.entry(app_user_id.to_owned()).or_insert_with(|| {
            let (tx, mut rx) = mpsc::unbounded_channel::<Value>();
            let (client, delays, faults) = (self.client.clone(), self.retry_delays.clone(), self.faults.clone());
            tokio::spawn(async move {
                while let Some(event) = rx.recv().await {
                    if !faults.drop_delivery(Provider::Xpollens) {
                        deliver(&client, &target, &delays, &event).await;
                    }
                }
            });
            tx
        });
        for event in events {
            // The worker only stops when the sender is dropped, so this cannot fail.
            let _ = queue.send(event);
        }
    }
}

async fn deliver(client: &reqwest::Client, target: &CallbackTarget, delays: &[Duration], event: &Value) {
    let (id, process_date, body) = (&random_hex(16, false), &now_utc(), &event.to_string());
    let kind = event["Payload"]["type"].as_str().unwrap_or_default();
    let outcome = delivery::with_retries(delays, |attempt| async move {
        let answer = client
            .post(&target.url)
            .basic_auth(&target.username, Some(&target.password))
            .header("Content-Type", "application/json")
            .header("Webhook-Id", id)
            .header("Webhook-Processdate", process_date)
            .body(body.clone())
            .send()
            .await;
        delivery::retry_unless_2xx(&format!("xpollens callback {kind}"), attempt, answer.map(|a| a.status()))
    })
    .await;
    if outcome == Attempt::Retry {
        tracing::warn!(url = %target.url, kind, "callback given up after {} retries", delays.len());
    }
}
