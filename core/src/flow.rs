//! The kinds of step an onboarding is made of. Which steps a flow has, in which order, and what
//! its personal-data step asks, is data: a [`Flow`] (see [`definition`]). The URL names the
//! current step, so each kind has a path segment.

mod definition;

pub use definition::{Flow, FlowId};

use serde::{Deserialize, Serialize};

/// A step of the onboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// A silent check of the device and network before anything is asked (ID Dataweb's
    /// session risk); a high-risk session ends here.
    Risk,
    /// Name, birth date, nationality, address, contact.
    PersonalData,
    /// Terms and conditions, data processing.
    Consents,
    /// The provider's video call.
    Identification,
    /// The phone number matched: a link sent by SMS must be opened on that phone.
    PhoneCheck,
    /// Logging in at the user's own bank (Signicat's iDIN eID): the bank confirms who they are.
    BankLogin,
    /// Photos of the ID document and a selfie, from the camera or a file, here or on a phone.
    Capture,
    /// Waiting for and showing the decision.
    Status,
}

impl Step {
    /// Every kind of step, in no particular flow.
    pub const ALL: [Step; 8] = [
        Step::Risk,
        Step::PersonalData,
        Step::Consents,
        Step::Identification,
        Step::PhoneCheck,
        Step::BankLogin,
        Step::Capture,
        Step::Status,
    ];

    /// The step's path segment in the SPA's URL.
    pub fn path(self) -> &'static str {
        match self {
            Step::Risk => "check",
            Step::PersonalData => "personal-data",
            Step::Consents => "consents",
            Step::Identification => "identification",
            Step::PhoneCheck => "phone",
            Step::BankLogin => "bank-login",
            Step::Capture => "capture",
            Step::Status => "status",
        }
    }

    /// The step's name on the wire (its serde name), for events to a host page.
    pub fn key(self) -> &'static str {
        match self {
            Step::Risk => "risk",
            Step::PersonalData => "personal_data",
            Step::Consents => "consents",
            Step::Identification => "identification",
            Step::PhoneCheck => "phone_check",
            Step::BankLogin => "bank_login",
            Step::Capture => "capture",
            Step::Status => "status",
        }
    }

    /// The step for a path segment.
    pub fn from_path(segment: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.path() == segment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_path(step.path()), Some(step));
        }
        assert_eq!(Step::from_path("nowhere"), None);
        for step in Step::ALL {
            assert_eq!(serde_json::to_value(step).unwrap(), step.key());
        }
    }
}
