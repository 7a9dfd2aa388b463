//! The simulator's memory: tokens, dossiers, their user data, processes and images. Deleting a
//! dossier drops all of it at once.

use super::images::Image;
use super::user_data::Identity;
use kyc_core::UtcTimestamp;
use rand::Rng;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

/// Everything the simulator remembers; lost on restart.
#[derive(Default)]
pub(crate) struct Store {
    /// Access token → moment it stops being accepted.
    pub tokens: HashMap<String, Instant>,
    pub dossiers: HashMap<String, Dossier>,
}

impl Store {
    /// The dossier holding process `process_id`, and the process.
    pub fn process_mut(&mut self, process_id: &str) -> Option<(&str, &mut Process)> {
        self.dossiers.values_mut().find_map(|d| {
            let process = d.processes.iter_mut().find(|p| p.id == process_id)?;
            Some((d.id.as_str(), process))
        })
    }
}

/// A dossier: one end user's container.
pub(crate) struct Dossier {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    pub user_data: Option<Identity>,
    pub processes: Vec<Process>,
}

impl Dossier {
    pub fn new() -> Self {
        let now = now_utc();
        Self { id: uuid(), created_at: now.clone(), updated_at: now, user_data: None, processes: Vec::new() }
    }

    pub fn process(&self, id: &str) -> Option<&Process> {
        self.processes.iter().find(|p| p.id == id)
    }

    pub fn process_mut(&mut self, id: &str) -> Option<&mut Process> {
        self.processes.iter_mut().find(|p| p.id == id)
    }

    /// The dossier as Get dossier shows it: everything it holds.
    pub fn to_json(&self) -> Value {
        json!({
            "dossierId": self.id,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "userData": self.user_data,
            "processes": self.processes.iter().map(Process::to_json).collect::<Vec<_>>(),
        })
    }
}

/// Process statuses (the documented ones, plus `processing` and `canceled`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Pending,
    Processing,
    Accepted,
    Rejected,
    Inconclusive,
    Failed,
    Canceled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Processing => "processing",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Inconclusive => "inconclusive",
            Status::Failed => "failed",
            Status::Canceled => "canceled",
        }
    }
}

/// The two kinds of process the simulator offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Provider `eid`, process type `idin`: a bank login in the browser.
    Idin,
    /// Provider `pictureid`, process type `documentSelfie`: images uploaded by the client.
    DocumentSelfie,
}

impl Kind {
    pub fn provider(self) -> &'static str {
        match self {
            Kind::Idin => "eid",
            Kind::DocumentSelfie => "pictureid",
        }
    }

    pub fn process_type(self) -> &'static str {
        match self {
            Kind::Idin => "idin",
            Kind::DocumentSelfie => "documentSelfie",
        }
    }
}

/// Where and how to tell the client that a process finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NotificationTarget {
    pub url: String,
    /// Sent back verbatim as the `Authorization` header.
    pub authorization: Option<String>,
}

/// What a finished process found.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    pub identity: Identity,
    /// Document facts (eIDV): `documentNumber`, `documentType`, …
    pub document: Option<Value>,
    /// Face match and liveness (eIDV).
    pub biometrics: Option<Value>,
}

/// The uploaded ID images of an eIDV process.
#[derive(Debug, Clone, Default)]
pub(crate) struct Images {
    pub front: Option<Image>,
    pub back: Option<Image>,
    pub selfie: Option<Image>,
}

/// A verification process inside a dossier.
pub(crate) struct Process {
    pub id: String,
    pub kind: Kind,
    pub status: Status,
    pub created_at: String,
    pub updated_at: String,
    /// eID: where the bank page sends the browser back to.
    pub return_url: Option<String>,
    pub notification: Option<NotificationTarget>,
    pub images: Images,
    /// Set when the provider finished and found an identity (also when it then rejected).
    pub result: Option<Outcome>,
    /// Why the process was rejected, inconclusive or failed: `(code, explanation)`.
    pub errors: Vec<(&'static str, &'static str)>,
    /// Public URL of the bank login page (eID only).
    pub login_url: Option<String>,
}

impl Process {
    pub fn new(kind: Kind, return_url: Option<String>, notification: Option<NotificationTarget>) -> Self {
        let now = now_utc();
        Self {
            id: uuid(),
            kind,
            status: Status::Pending,
            created_at: now.clone(),
            updated_at: now,
            return_url,
            notification,
            images: Images::default(),
            result: None,
            errors: Vec::new(),
            login_url: None,
        }
    }

    /// Moves to `status`, keeping `updatedAt` honest.
    pub fn set_status(&mut self, status: Status) {
        self.status = status;
        self.updated_at = now_utc();
    }

    /// The process as Get process shows it. `finalResult` only once accepted, as documented;
    /// the provider's own findings (`providerSpecific`) whenever there are any.
    pub fn to_json(&self) -> Value {
        let mut value = json!({
            "processId": self.id,
            "provider": self.kind.provider(),
            "processType": self.kind.process_type(),
            "status": self.status.as_str(),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        });
        if self.status == Status::Pending {
            if let Some(url) = &self.login_url {
                value["redirectUrl"] = json!(url);
            }
        }
        if self.kind == Kind::DocumentSelfie {
            let describe = |image: &Option<Image>| image.as_ref().map(Image::describe);
            let images = &self.images;
            value["images"] = json!({
                "front": describe(&images.front),
                "back": describe(&images.back),
                "selfie": describe(&images.selfie),
            });
        }
        if let Some(result) = &self.result {
            if self.status == Status::Accepted {
                let mut final_result = serde_json::to_value(&result.identity).unwrap_or_default();
                if let (Some(document), Value::Object(fields)) = (&result.document, &mut final_result) {
                    fields.extend(document.as_object().cloned().unwrap_or_default());
                }
                value["finalResult"] = final_result;
            }
            if let Some(biometrics) = &result.biometrics {
                value["providerSpecific"] = json!({ "verification": biometrics });
            }
        }
        if !self.errors.is_empty() {
            let errors: Vec<Value> =
                self.errors.iter().map(|(code, message)| json!({"code": code, "message": message})).collect();
            value["errors"] = json!(errors);
        }
        value
    }
}

/// 32 random lowercase hex digits.
pub(crate) fn random_hex() -> String {
    let bytes: [u8; 16] = rand::thread_rng().gen();
    hex::encode(bytes)
}

/// A random (version 4) UUID, the form of every Assure id.
pub(crate) fn uuid() -> String {
    let mut bytes: [u8; 16] = rand::thread_rng().gen();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = hex::encode(bytes);
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// Now as Assure prints it: `YYYY-MM-DDThh:mm:ssZ`.
pub(crate) fn now_utc() -> String {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let millis = i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX);
    let full = UtcTimestamp::from_unix_millis(millis).to_string();
    format!("{}Z", full.get(..19).unwrap_or(&full))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids_and_times_have_no_fraction() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        let now = now_utc();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[10] == b'T');
    }

    #[test]
    fn only_accepted_processes_show_a_final_result() {
        let mut process = Process::new(Kind::DocumentSelfie, None, None);
        let identity = crate::signicat::personas::PERSONAS[0].passport_identity();
        process.result = Some(Outcome { identity, document: None, biometrics: None });
        process.set_status(Status::Rejected);
        assert!(process.to_json().get("finalResult").is_none());
        process.set_status(Status::Accepted);
        assert_eq!(process.to_json()["finalResult"]["lastName"], "de Vries");
    }
}
