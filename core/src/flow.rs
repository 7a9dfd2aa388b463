//! The kinds of step an onboarding is made of. Which steps a flow has, in which order, and what
//! its personal-data step asks, is data: a [`Flow`] (see [`definition`]). The URL names the
//! current step, so each kind has a path segment.

mod definition;
mod order;

pub use definition::{Flow, FlowId};
pub use order::StepOrderError;

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
    /// Photos of the ID document and a selfie, from the camera or a file, here or on a phone.
    Capture,
    /// Proof of identity for an account (Xpollens): facial recognition in the provider's
    /// webview, or an instant transfer from an account in the user's name.
    Identity,
    /// The data the user declares to the account provider (contact and residence).
    Declaration,
    /// Tax residence and US-person status (FATCA / automatic exchange of information).
    Tax,
    /// Acceptance of the account's terms and conditions.
    Terms,
    /// Waiting for and showing the decision.
    Status,
}

impl Step {
    /// Every kind of step, in no particular flow.
    pub const ALL: [Step; 11] = [
        Step::Risk,
        Step::PersonalData,
        Step::Consents,
        Step::Identification,
        Step::PhoneCheck,
        Step::Capture,
        Step::Identity,
        Step::Declaration,
        Step::Tax,
        Step::Terms,
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
            Step::Capture => "capture",
            Step::Identity => "identity",
            Step::Declaration => "declaration",
            Step::Tax => "tax",
            Step::Terms => "terms",
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
            Step::Capture => "capture",
            Step::Identity => "identity",
            Step::Declaration => "declaration",
            Step::Tax => "tax",
            Step::Terms => "terms",
            Step::Status => "status",
        }
    }

    /// The step for a key (its wire name), e.g. from a product team's configuration.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key.trim())
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
            assert_eq!(Step::from_key(step.key()), Some(step));
        }
    }
}
