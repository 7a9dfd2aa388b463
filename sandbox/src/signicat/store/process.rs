//! A verification process inside a dossier: its kind, status, uploaded images and findings.

use super::now_utc;
use super::uuid;
use crate::signicat::images::Image;
use crate::signicat::user_data::Identity;
use serde_json::{json, Value};

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

/// The eID schemes the simulator's banks log in with. The guide names iDIN and Norwegian
/// BankID among Assure's eID providers; their process types (`idin`, `nbid`) are the short names
/// Signicat's other products give these ID methods: no Assure request for them is documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// The Dutch banks' iDIN.
    Idin,
    /// The Norwegian banks' BankID.
    Nbid,
}

impl Scheme {
    pub const ALL: [Scheme; 2] = [Scheme::Idin, Scheme::Nbid];

    /// The process type, also the first segment of the bank page's path.
    pub fn process_type(self) -> &'static str {
        match self {
            Scheme::Idin => "idin",
            Scheme::Nbid => "nbid",
        }
    }

    pub fn from_process_type(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.process_type() == raw)
    }

    /// The country whose banks take part (ISO 3166-1 alpha-2).
    pub fn country(self) -> &'static str {
        match self {
            Scheme::Idin => "NL",
            Scheme::Nbid => "NO",
        }
    }

    /// The scheme's name on the bank page.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Idin => "iDIN",
            Scheme::Nbid => "BankID",
        }
    }
}

/// The kinds of process the simulator offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Provider `eid`: a bank login in the browser with the scheme of the process type.
    Eid(Scheme),
    /// Provider `pictureid`, process type `documentSelfie`: images uploaded by the client.
    DocumentSelfie,
}

impl Kind {
    pub fn provider(self) -> &'static str {
        match self {
            Kind::Eid(_) => "eid",
            Kind::DocumentSelfie => "pictureid",
        }
    }

    pub fn process_type(self) -> &'static str {
        match self {
            Kind::Eid(scheme) => scheme.process_type(),
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

#[cfg(test)]
mod tests {
    use super::*;

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
