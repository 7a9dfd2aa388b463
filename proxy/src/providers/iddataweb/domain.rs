//! What the adapter hands the flow: where a verification stands, why it was denied, what its
//! approval established. Nothing here may reach the browser as is: a [`Transaction`] carries
//! provider keys, fingerprints identify devices.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// An ID Dataweb transaction in progress: its id (`asi`), the key of the step it waits for
/// (`forwardApiKey`) and the integrator's user identifier. Kept by the proxy between calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// The `transaction_id` of the first answer, sent as `asi` on every later call.
    pub asi: String,
    /// The API key of the step still required.
    pub forward_api_key: String,
    /// Our identifier of the user (`credential`), the same on every call.
    pub credential: String,
}

/// Where a verification goes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// The session passed the risk check: ask for name, address and phone.
    PiiValidation(Transaction),
    /// The phone matched: send the SMS link ([`super::IdDatawebClient::possession_check_start`]),
    /// then ask for its result until it is no longer this step.
    PossessionCheck(Transaction),
    /// The phone did not match: collect a government ID and a selfie.
    DocumentStepUp(Transaction),
    /// Verified.
    Approved(Approval),
    /// The policy asks for a step this product does not run (KBA, say): nobody can finish the
    /// verification online, so the product team decides.
    Unhandled {
        /// The transaction, left at that step.
        transaction: Transaction,
        /// The obligation as the provider named it.
        obligation: String,
    },
    /// Not verified.
    Denied {
        /// The step that failed, as far as the answer tells.
        reason: DenialReason,
    },
}

/// Why a verification was denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DenialReason {
    /// TOR, a block-listed address, automation or too many sessions: denied before any input.
    HighRiskSession,
    /// The SMS link was opened on a computer rather than the phone.
    LinkOpenedOnDesktop,
    /// The SMS link was not opened in time.
    LinkNotOpenedInTime,
    /// The document could not be authenticated or the selfie did not match it.
    DocumentNotVerified,
    /// Denied without an assertion this adapter recognises.
    Unspecified,
}

/// Which check approved the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VerifiedBy {
    /// Carrier match alone (the phone-match-only template).
    PhoneMatch,
    /// Carrier match and the SMS link opened on the phone.
    PhonePossession,
    /// Government ID and selfie.
    Document,
}

/// What an approval established: the devices bound to the credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The transaction id, for support and audits.
    pub asi: String,
    /// The check that approved.
    pub verified_by: VerifiedBy,
    /// The browser fingerprint from session risk, now trusted for this credential.
    pub desktop_fingerprint: Option<String>,
    /// The phone that opened the SMS link, now trusted for this credential.
    pub mobile_fingerprint: Option<String>,
    /// A stable identifier of the person (the persistent-ID add-on), if enabled.
    pub persistent_id: Option<String>,
}

/// The answer to session risk: where the verification goes, and what the policy's device
/// signals said about this browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskAnswer {
    /// [`NextStep::PiiValidation`] for a clean session, [`NextStep::Denied`] otherwise.
    pub next: NextStep,
    /// The browser's fingerprint was bound to a verified identity by an earlier approval (the
    /// assertion `device.trusted`).
    pub known_device: bool,
    /// That identity's persistent id, with the Persistent ID add-on.
    pub persistent_id: Option<String>,
}

/// The signals of the user's browser session, gathered by the proxy and the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSignals {
    /// The client's address.
    pub ip: IpAddr,
    /// The browser's `User-Agent`.
    pub user_agent: String,
    /// The page's device fingerprint, bound to the credential on approval.
    pub fingerprint: Option<String>,
    /// `navigator.webdriver` as the page saw it.
    pub webdriver: bool,
    /// The user's e-mail, for the email-risk add-on.
    pub email: Option<String>,
}

/// The kinds of government ID the step-up accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    /// Passport: one image of the photo page.
    Passport,
    /// Driver's license: front and back.
    DriversLicense,
    /// Identity card: front and back.
    IdCard,
}

/// The pictures of the document step-up, JPEG or PNG bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentImages {
    /// Which document.
    pub document_type: DocumentType,
    /// The photo page or the front.
    pub front: Vec<u8>,
    /// The back (driver's license and ID card).
    pub back: Option<Vec<u8>>,
    /// The selfie.
    pub selfie: Vec<u8>,
}

/// Pictures the user took on the provider's capture page, as the provider's URLs of them. They
/// stay in the proxy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapturedDocument {
    /// Which document the user chose.
    pub document_type: DocumentType,
    /// The photo page or the front.
    pub front: String,
    /// The back (driver's license and ID card).
    pub back: Option<String>,
    /// The selfie.
    pub selfie: String,
}
