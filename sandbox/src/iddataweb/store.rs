//! The in-memory state: tokens, transactions, SMS links and the texts "sent", and the devices
//! bound to credentials. Lost on restart, like a sandbox that was reset.

use super::decision::Step;
use super::document::DocumentKind;
use super::personas::Persona;
use rand::Rng;
use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;
use tokio::time::Instant;

/// Everything the simulator remembers.
#[derive(Default)]
pub(crate) struct Store {
    /// Access token → moment it stops being accepted.
    pub tokens: HashMap<String, Instant>,
    /// By `asi`.
    pub transactions: HashMap<String, Transaction>,
    /// SMS link code → `asi`.
    pub links: HashMap<String, String>,
    /// Every text message sent, oldest first.
    pub outbox: Vec<Sms>,
    /// Document capture link code → `asi`.
    pub captures: HashMap<String, String>,
    /// Captured picture id → the transaction (`asi`) it belongs to and its bytes.
    pub images: HashMap<String, (String, Vec<u8>)>,
    /// Device fingerprint → what its binding on approval recorded.
    pub devices: HashMap<String, Binding>,
    /// When each address opened sessions, for the velocity rule.
    pub sessions_by_ip: HashMap<IpAddr, Vec<Instant>>,
}

/// One verification, from session risk to its decision.
pub(crate) struct Transaction {
    pub asi: String,
    pub mbun: String,
    /// The integrator's user identifier, from the session-risk call.
    pub credential: String,
    /// The step the next `/slverify` must be; `None` once decided.
    pub next: Option<Step>,
    /// The browser's fingerprint from session risk, bound on approval.
    pub desktop_fingerprint: Option<String>,
    /// The line validated in the PII step (E.164), where the SMS link goes.
    pub phone: Option<String>,
    /// Who the data sources recognised, for the persistent ID.
    pub persona: Option<&'static Persona>,
    pub link: Option<Link>,
    /// The document capture link, once sent.
    pub capture: Option<Capture>,
}

impl Transaction {
    /// A transaction waiting for PII validation.
    pub fn new(credential: String, desktop_fingerprint: Option<String>) -> Self {
        Self {
            asi: random_uuid(),
            mbun: random_uuid(),
            credential,
            next: Some(Step::PiiValidation),
            desktop_fingerprint,
            phone: None,
            persona: None,
            link: None,
            capture: None,
        }
    }
}

/// The SMS link of a transaction.
pub(crate) struct Link {
    pub code: String,
    pub sent_at: Instant,
    pub opened: Option<Opened>,
}

/// The document capture link of a transaction and what was taken with it.
pub(crate) struct Capture {
    pub code: String,
    pub sent_at: Instant,
    pub captured: Option<Captured>,
}

/// Pictures taken on the capture page.
pub(crate) struct Captured {
    pub kind: DocumentKind,
    /// Attribute value key (`passportImage`, `frontImage`, …, `cameraSnapshot`) → picture id.
    pub images: Vec<(&'static str, String)>,
}

/// How the link was opened (it works once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Opened {
    OnMobile { fingerprint: String },
    OnDesktop,
    TooLate,
}

/// Where the possession check stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Possession {
    Waiting,
    Confirmed { fingerprint: String },
    OpenedOnDesktop,
    TimedOut,
}

impl Link {
    /// The check's state at `now`, given how long the link is valid.
    pub fn possession(&self, now: Instant, timeout: Duration) -> Possession {
        match &self.opened {
            Some(Opened::OnMobile { fingerprint }) => Possession::Confirmed { fingerprint: fingerprint.clone() },
            Some(Opened::OnDesktop) => Possession::OpenedOnDesktop,
            Some(Opened::TooLate) => Possession::TimedOut,
            None if now.duration_since(self.sent_at) > timeout => Possession::TimedOut,
            None => Possession::Waiting,
        }
    }
}

/// A text message as the phone would receive it.
pub(crate) struct Sms {
    /// E.164.
    pub to: String,
    pub body: String,
    pub link: String,
    pub sent_at: String,
}

/// A device registered against a credential on approval; read by later session-risk calls.
pub(crate) struct Binding {
    /// The person's persistent id (the Persistent ID add-on's), when the data sources knew them.
    pub persistent_id: Option<String>,
}

/// A random id in the 8-4-4-4-12 hex form ID Dataweb's transaction ids have.
pub(crate) fn random_uuid() -> String {
    let h = hex::encode(rand::thread_rng().gen::<[u8; 16]>());
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}

/// A code for an SMS link: unguessable and short enough for a text.
pub(crate) fn random_code() -> String {
    hex::encode(rand::thread_rng().gen::<[u8; 12]>())
}

pub(crate) use crate::clock::now_utc;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_link_waits_until_its_timeout_and_is_judged_by_where_it_was_opened() {
        let timeout = Duration::from_secs(300);
        let mut link = Link { code: random_code(), sent_at: Instant::now(), opened: None };
        assert_eq!(link.possession(Instant::now(), timeout), Possession::Waiting);
        tokio::time::advance(Duration::from_secs(301)).await;
        assert_eq!(link.possession(Instant::now(), timeout), Possession::TimedOut);
        link.opened = Some(Opened::OnDesktop);
        assert_eq!(link.possession(Instant::now(), timeout), Possession::OpenedOnDesktop);
    }

    #[test]
    fn transaction_ids_look_like_uuids() {
        let id = random_uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.matches('-').count(), 4);
        assert_ne!(id, random_uuid());
    }
}
