//! The kinds of step an onboarding is made of. Which steps a flow has, in which order, and what
//! its personal-data step asks, is data: a [`Flow`] (see [`definition`]). The URL names the
//! current step, so each kind has a path segment.

mod definition;
mod order;
mod provider;

pub use definition::{Flow, FlowId};
pub use order::StepOrderError;
pub use provider::{ProviderId, UnknownProvider};

use serde::{Deserialize, Serialize};

/// A step of the onboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    pub const ALL: [Step; 12] = [
        Step::Risk,
        Step::PersonalData,
        Step::Consents,
        Step::Identification,
        Step::PhoneCheck,
        Step::BankLogin,
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
            Step::BankLogin => "bank-login",
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
            Step::BankLogin => "bank_login",
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

    /// The part of the browser app that renders the step.
    pub fn bundle(self) -> Bundle {
        match self {
            Step::Risk | Step::PersonalData => Bundle::Start,
            Step::Consents
            | Step::Identification
            | Step::PhoneCheck
            | Step::BankLogin
            | Step::Capture
            | Step::Identity
            | Step::Declaration
            | Step::Tax
            | Step::Terms
            | Step::Status => Bundle::Rest,
        }
    }
}

/// The browser app ships as two pages, each with its own wasm, so that the first page a user
/// opens downloads only what it shows: the camera, the video call and the status polling come
/// with the second. The proxy serves a step's URL with its bundle's page; the app loads the
/// other page when the user moves across.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The device check and the personal-data form: where every flow starts.
    Start,
    /// Every step after the personal data.
    Rest,
}

impl Bundle {
    /// The bundle of the page at `path` (`/consents`, a trailing slash allowed); [`Bundle::Start`]
    /// for `/` and any path that names no step, where the app finds the user's step itself.
    pub fn of_path(path: &str) -> Bundle {
        let segment = path.trim_matches('/');
        Step::from_path(segment).map_or(Bundle::Start, Step::bundle)
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
        assert_eq!(Bundle::of_path("/"), Bundle::Start);
        assert_eq!(Bundle::of_path("/personal-data/"), Bundle::Start);
        assert_eq!(Bundle::of_path("/status"), Bundle::Rest);
        assert_eq!(Bundle::of_path("/rest/anything"), Bundle::Start);
        for step in Step::ALL {
            assert_eq!(serde_json::to_value(step).unwrap(), step.key());
            assert_eq!(Step::from_key(step.key()), Some(step));
        }
    }
}
