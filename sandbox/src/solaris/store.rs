//! The in-memory state of the simulator: issued tokens, persons, identifications and their
//! documents.

use super::document::Document;
use super::identification_options::IdentificationOptions;
use super::idnow::test_case::TestCase;
use super::webhooks::Event;
use kyc_core::IdentificationStatus;
use rand::Rng;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use tokio::time::Instant;

/// Everything the simulator remembers. Lost on restart, like a sandbox that was reset.
#[derive(Default)]
pub(crate) struct Store {
    /// Access token → moment it stops being accepted.
    pub tokens: HashMap<String, Instant>,
    pub persons: HashMap<String, Person>,
    pub identifications: HashMap<String, Identification>,
    pub documents: HashMap<String, Document>,
}

/// A person resource, kept as the JSON object the API returns so echoing stays faithful.
pub(crate) struct Person {
    pub data: Map<String, Value>,
    /// Creation order, for the index.
    pub seq: usize,
}

impl Person {
    /// A string field of the person, if set.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.data.get(key).and_then(Value::as_str)
    }
}

/// An identification resource and the simulator's bookkeeping around it.
pub(crate) struct Identification {
    pub id: String,
    pub person_id: String,
    pub status: IdentificationStatus,
    pub reference: Option<String>,
    pub url: Option<String>,
    pub completed_at: Option<String>,
    pub method: String,
    pub language: Option<String>,
    pub proof_of_address_type: Option<String>,
    pub proof_of_address_issued_at: Option<String>,
    pub failure_reason: Option<&'static str>,
    /// Decided by the person's name when the identification is created.
    pub test_case: TestCase,
    /// Counts attempts, so a review scheduled for an earlier attempt cannot touch a later one.
    pub attempt: u32,
    /// Creation order, for the index.
    pub seq: usize,
    /// When the URL was issued (it is valid for 14 days from then).
    pub requested_at: Option<Instant>,
    /// When the current attempt began (it times out after 30 minutes).
    pub pending_since: Option<Instant>,
}

/// Expected wait for an agent reported while pending, in seconds.
pub(crate) const ESTIMATED_WAITING_TIME: u32 = 60;

impl Identification {
    /// A new identification in `created`, before anything is sent to IDnow.
    pub fn new(person_id: String, options: IdentificationOptions, test_case: TestCase, seq: usize) -> Self {
        Self {
            id: format!("{}cidt", random_hex()),
            person_id,
            status: IdentificationStatus::Created,
            reference: None,
            url: None,
            completed_at: None,
            method: options.method,
            language: options.language,
            proof_of_address_type: options.proof_of_address_type,
            proof_of_address_issued_at: options.proof_of_address_issued_at,
            failure_reason: None,
            test_case,
            attempt: 0,
            seq,
            requested_at: None,
            pending_since: None,
        }
    }

    /// The resource as `GET` returns it.
    pub fn to_json(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "reference": self.reference,
            "url": self.url,
            "status": self.status.as_str(),
            "completed_at": self.completed_at,
            "method": self.method,
            "proof_of_address_type": self.proof_of_address_type,
            "proof_of_address_issued_at": self.proof_of_address_issued_at,
            "language": self.language,
            "iban": null,
            "terms_and_conditions_signed_at": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "failure_reason": self.failure_reason,
            "person_id": self.person_id,
        });
        // Solaris reports the waiting time only while the user may still be waiting.
        if self.status == IdentificationStatus::Pending {
            value["estimated_waiting_time"] = json!(ESTIMATED_WAITING_TIME);
        }
        value
    }

    /// The `IDENTIFICATION` event for the current state.
    pub fn event(&self) -> Event {
        Event::identification(&self.id, &self.webhook_payload())
    }

    /// The `IDENTIFICATION` webhook payload: a snapshot, receivers are expected to `GET` anyway.
    pub fn webhook_payload(&self) -> Value {
        json!({
            "id": self.id,
            "reference": self.reference,
            "url": self.url,
            "status": self.status.as_str(),
            "completed_at": self.completed_at,
            "method": self.method,
            "person_id": self.person_id,
            "failure_reason": self.failure_reason,
        })
    }
}

/// 32 random lowercase hex digits, the body of every Solaris id.
pub(crate) use crate::clock::random_hex;

/// An IDnow-style token such as `TST-KCCEY`: the test prefix and five capital letters.
pub(crate) fn random_reference() -> String {
    let mut rng = rand::thread_rng();
    let letters: String = (0..5).map(|_| char::from(rng.gen_range(b'A'..=b'Z'))).collect();
    format!("TST-{letters}")
}
