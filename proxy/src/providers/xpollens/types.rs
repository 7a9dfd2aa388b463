//! The domain side of Xpollens: parsed identifiers, statuses and results. Wire strings become
//! these once, at the edge.

use kyc_core::CountryCode;
use std::fmt;

/// A wire value the adapter does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{value}'")]
pub struct UnknownValue {
    what: &'static str,
    value: String,
}

impl UnknownValue {
    pub(super) fn new(what: &'static str, value: &str) -> Self {
        Self { what, value: value.chars().take(40).collect() }
    }
}

/// The partner's identifier of a prospect: 1 to 50 letters, digits, `-` or `_` (it goes into
/// API paths). Choose it opaque: it appears in URLs and logs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AppUserId(String);

/// An `appUserId` that cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an appUserId is 1 to 50 letters, digits, '-' or '_'")]
pub struct InvalidAppUserId;

impl AppUserId {
    /// Checks `raw`.
    pub fn parse(raw: &str) -> Result<Self, InvalidAppUserId> {
        let ok =
            (1..=50).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Self(raw.to_owned())).ok_or(InvalidAppUserId)
    }

    /// The id as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AppUserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The code that binds the user's security wallet (callback 35); shown as a QR code for the
/// desktop-to-phone hand-off. A credential: keep it out of logs.
#[derive(Clone, PartialEq, Eq)]
pub struct ActivationCode(String);

impl ActivationCode {
    /// A non-empty code without spaces.
    pub fn parse(raw: &str) -> Result<Self, UnknownValue> {
        let ok = !raw.is_empty() && raw.len() <= 128 && raw.bytes().all(|b| b.is_ascii_graphic());
        ok.then(|| Self(raw.to_owned())).ok_or_else(|| UnknownValue::new("activation code", ""))
    }

    /// The code, for the QR code and the SDK.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ActivationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ActivationCode(…)")
    }
}

/// Defines an enum of wire words, matched without regard to case.
macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident = $($word:literal)|+),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Parses the provider's word.
            pub fn parse(raw: &str) -> Result<Self, UnknownValue> {
                $(if [$($word),+].iter().any(|w| w.eq_ignore_ascii_case(raw.trim())) {
                    return Ok(Self::$variant);
                })+
                Err(UnknownValue::new($what, raw))
            }
        }
    };
}

wire_enum!(
    /// `userRecordStatus`: the overall onboarding status (callback 34).
    UserRecordStatus, "user record status" {
        /// Created, no step taken yet.
        Initialized = "Initialized",
        /// At least one step taken.
        InProgress = "InProgress",
        /// Every step is clear: the account is open.
        Validated = "Validated",
        /// Refused by compliance (sanctions, politically exposed person).
        Refused = "Refused",
        /// Electronic-money account without KYC.
        WithoutKyc = "WithoutKYC",
    }
);

wire_enum!(
    /// Status of the KYC demand (callback 4).
    KycStatus, "KYC status" {
        /// Nothing submitted yet.
        Initialized = "Initialized",
        /// Evidence under review.
        Pending = "Pending",
        /// Evidence missing or refused: identification must be done (again).
        Incomplete = "Incomplete",
        /// Identity validated.
        Complete = "Complete",
        /// The demand was rejected (terms refused or expired).
        Rejected = "Rejected",
    }
);

wire_enum!(
    /// Status of one diligence.
    DiligenceStatus, "diligence status" {
        /// Accepted.
        Validated = "Validated",
        /// Refused; the reason says why.
        Refused = "Refused",
        /// Waiting for a person at Xpollens.
        ToReviewManually = "To_Review_Manually" | "ToReviewManually",
    }
);

impl UserRecordStatus {
    /// Whether the account is open.
    pub fn account_open(self) -> bool {
        self == Self::Validated
    }
}

/// One checked piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diligence {
    /// `ID_CARD`, `PASSPORT`, `SELFIE`, `SCTIN`, …
    pub kind: String,
    /// Its status.
    pub status: DiligenceStatus,
    /// Why it was refused, if it was and Xpollens said.
    pub reason: Option<String>,
}

/// The KYC demand: status and diligences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KycDemand {
    /// Overall KYC status.
    pub status: KycStatus,
    /// Diligences of the current attempt.
    pub diligences: Vec<Diligence>,
}

/// A prospect as the adapter reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prospect {
    /// The partner's id.
    pub app_user_id: AppUserId,
    /// Xpollens's public code (for encrypted payloads).
    pub public_user_code: String,
    /// Overall status; [`UserRecordStatus::account_open`] tells whether the account is open.
    pub status: UserRecordStatus,
}

/// One tax country and, where it has one, the tax identification number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxResidence {
    /// Tax country.
    pub country: CountryCode,
    /// TIN; required by many countries, optional for France.
    pub tin: Option<String>,
}

/// The user's FATCA/EAI answers: US person or not, and one to three tax countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxDeclaration {
    us_person: bool,
    residences: Vec<TaxResidence>,
}

/// Why FATCA answers cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("declare one to three different tax countries")]
pub struct InvalidTaxDeclaration;

impl TaxDeclaration {
    /// One to three distinct countries.
    pub fn parse(us_person: bool, residences: Vec<TaxResidence>) -> Result<Self, InvalidTaxDeclaration> {
        let distinct =
            residences.iter().enumerate().all(|(i, r)| residences[..i].iter().all(|o| o.country != r.country));
        ((1..=3).contains(&residences.len()) && distinct)
            .then_some(Self { us_person, residences })
            .ok_or(InvalidTaxDeclaration)
    }

    /// Whether the user declared being a US person.
    pub fn us_person(&self) -> bool {
        self.us_person
    }

    /// The declared tax countries.
    pub fn residences(&self) -> &[TaxResidence] {
        &self.residences
    }
}

/// Xpollens's immediate judgement of FATCA/EAI answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FatcaOutcome {
    /// `fatcaEaiStatus` OK: the step is clear.
    pub accepted: bool,
    /// `vraisemblanceStatus` OK: residence, birth country and tax countries agree.
    pub plausible: bool,
    /// Documents Xpollens would need (`W9`, `W8BEN`, `OTHER`).
    pub expected_documents: Vec<String>,
}

/// Where the user sends an instant transfer to be identified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SctInInstructions {
    /// IBAN booked for the user.
    pub iban: String,
    /// BIC of that account.
    pub bic: String,
    /// Transfers above this (euro cents) are rejected and identify nobody.
    pub max_amount_cents: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_words_parse_without_regard_to_case_and_unknown_ones_are_errors() {
        assert_eq!(KycStatus::parse("complete"), Ok(KycStatus::Complete));
        assert_eq!(DiligenceStatus::parse("To_Review_Manually"), Ok(DiligenceStatus::ToReviewManually));
        assert_eq!(UserRecordStatus::parse("WithoutKYC"), Ok(UserRecordStatus::WithoutKyc));
        assert!(UserRecordStatus::parse("Opened").is_err());
        assert!(UserRecordStatus::Validated.account_open() && !UserRecordStatus::InProgress.account_open());
    }

    #[test]
    fn ids_and_declarations_are_checked() {
        assert!(AppUserId::parse("1bf28a6dab").is_ok());
        assert!(AppUserId::parse("jane doe").is_err() && AppUserId::parse("").is_err());
        let fr = || TaxResidence { country: CountryCode::parse("FR").unwrap(), tin: None };
        assert!(TaxDeclaration::parse(false, vec![fr()]).is_ok());
        assert_eq!(TaxDeclaration::parse(false, vec![]), Err(InvalidTaxDeclaration));
        assert_eq!(TaxDeclaration::parse(false, vec![fr(), fr()]), Err(InvalidTaxDeclaration));
        assert_eq!(format!("{:?}", ActivationCode::parse("f825f164").unwrap()), "ActivationCode(…)");
    }
}
