//! Processes as the domain sees them: status, and what the provider found.

use super::ids::{DossierId, ProcessId};
use kyc_core::CalendarDate;
use serde::Deserialize;

/// Status of an Assure process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProcessStatus {
    /// Created; waiting for the user or for images.
    Pending,
    /// The provider is verifying.
    Processing,
    /// Verified; the process holds a final result.
    Accepted,
    /// Verification failed (see the process's errors).
    Rejected,
    /// Read but not fully verified; the user may retry with a new process.
    Inconclusive,
    /// The provider failed.
    Failed,
    /// The user aborted (e.g. cancelled the bank login).
    Canceled,
    /// A status this adapter does not know yet; treated as not final.
    #[serde(other)]
    Unknown,
}

impl ProcessStatus {
    /// Whether the provider is done with the process.
    pub fn is_final(self) -> bool {
        !matches!(self, Self::Pending | Self::Processing | Self::Unknown)
    }
}

/// The kinds of process this adapter creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessKind {
    /// A bank login with an eID scheme (provider `eid`; the type names the scheme).
    Eid(kyc_core::EidScheme),
    /// ID document and selfie (provider `pictureid`, type `documentSelfie`).
    DocumentSelfie,
    /// Anything else found in a dossier.
    Other,
}

/// A residence address as an eID reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityAddress {
    /// Street.
    pub street: String,
    /// House number, if reported apart from the street.
    pub house_number: Option<String>,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Country code as reported.
    pub country: String,
}

/// The identity a process verified (its `finalResult`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityData {
    /// First names.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Birth date.
    pub birth_date: CalendarDate,
    /// Residence address (eID only; a passport has none).
    pub address: Option<IdentityAddress>,
}

/// Facts of the verified ID document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentData {
    /// `passport`, `idCard`, …
    pub kind: Option<String>,
    /// Document number.
    pub number: Option<String>,
    /// ISO 3166-1 alpha-3, as Assure normalises it.
    pub issuing_country: Option<String>,
    /// Expiry date.
    pub expiry: Option<CalendarDate>,
}

/// Outcome of one biometric check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Passed.
    Pass,
    /// Failed.
    Fail,
    /// Not reported.
    Unknown,
}

/// Face match and liveness of an eIDV process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Biometrics {
    /// The selfie shows the document holder.
    pub face_match: Check,
    /// The selfie was taken of a live person.
    pub liveness: Check,
}

/// A process and what it found so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Process {
    /// Its id.
    pub id: ProcessId,
    /// What kind of verification it is.
    pub kind: ProcessKind,
    /// Current status.
    pub status: ProcessStatus,
    /// The verified identity; only once `accepted`.
    pub identity: Option<IdentityData>,
    /// Document facts (eIDV, once accepted).
    pub document: Option<DocumentData>,
    /// Face match and liveness (eIDV, once decided).
    pub biometrics: Option<Biometrics>,
    /// Machine codes of what went wrong (`liveness_failed`, `mrz_missing`, …).
    pub errors: Vec<String>,
}

/// A freshly created eID process: where to send the user's browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EidStart {
    /// The process.
    pub process: ProcessId,
    /// The bank login page. Assure's own URL: the browser must see it, nothing else does.
    pub redirect_url: String,
}

/// A dossier as the adapter reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dossier {
    /// Its id.
    pub id: DossierId,
    /// Whether user data was put into it.
    pub has_user_data: bool,
    /// Its processes, oldest first.
    pub processes: Vec<Process>,
}
