//! Per-process notifications: when a process reaches a final status, `POST {dossierId,
//! processId, status}` to its `notificationUrl`, with the `authorizationHeader` given at
//! creation sent back as `Authorization`. That header is the only authenticity the Assure
//! callback has: there is no signature. Receivers answer 200 within ten seconds and then read
//! the process for the authoritative data.

use super::store::NotificationTarget;
use crate::delivery::{self, Attempt};
use crate::faults::{Faults, Provider};
use serde_json::json;
use std::time::Duration;

/// How long a receiver may take, as documented.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(10);
/// Deliveries per notification by default (Onfido, behind Assure, resends five times).
const ATTEMPTS: u32 = 6;
/// First delay between attempts by default; it doubles each time.
const FIRST_RETRY_DELAY: Duration = Duration::from_millis(500);

/// The default pause before each retry: half a second, doubling, six attempts in all (about
/// 15 s, each attempt given up to ten seconds to be answered).
pub(crate) fn retry_delays() -> Vec<Duration> {
    delivery::doubling(FIRST_RETRY_DELAY, Duration::from_secs(30), ATTEMPTS)
}

/// Sends notifications in the background.
pub(crate) struct Notifier {
    client: reqwest::Client,
    retry_delays: std::sync::Arc<[Duration]>,
    faults: Faults,
}

/// One notification to deliver.
#[derive(Debug, Clone)]
pub(crate) struct Notification {
    pub target: NotificationTarget,
    pub dossier_id: String,
    pub process_id: String,
    pub status: &'static str,
}

impl Notifier {
    pub fn new(retry_delays: Vec<Duration>, faults: Faults) -> Self {
        let client = reqwest::Client::builder().timeout(RESPONSE_TIMEOUT).build().unwrap_or_default();
        Self { client, retry_delays: retry_delays.into(), faults }
    }

    /// Delivers `notification` in a background task, retrying on failure.
    pub fn send(&self, notification: Notification) {
        let (client, delays, faults) = (self.client.clone(), self.retry_delays.clone(), self.faults.clone());
        tokio::spawn(async move {
            if faults.drop_delivery(Provider::Signicat) {
                return;
            }
            let body = json!({
                "dossierId": notification.dossier_id,
                "processId": notification.process_id,
                "status": notification.status,
            });
            let (client, target, body) = (&client, &notification.target, &body);
            let outcome = delivery::with_retries(&delays, |attempt| async move {
                let mut request = client.post(&target.url).json(body);
                if let Some(authorization) = &target.authorization {
                    request = request.header(reqwest::header::AUTHORIZATION, authorization);
                }
                delivery::retry_unless_2xx("signicat notification", attempt, request.send().await.map(|r| r.status()))
            })
            .await;
            if outcome == Attempt::Retry {
                tracing::warn!("signicat notification given up after {} attempts", delays.len() + 1);
            }
        });
    }
}
