//! Onfido's Identity Enhanced report: which databases confirmed an applicant's name, current
//! address, date of birth and (in the US) Social Security Number, the result Onfido derives from
//! that, and the product's own acceptance rules over the per-source breakdown.
//!
//! - [`assess`] turns what the sources matched ([`Evidence`]) into a [`Report`]: the result by
//!   the rules of the applicant's [`Jurisdiction`] and the [`Breakdown`] by source.
//! - [`wire`] is the report's `breakdown` object as Onfido sends it, converted once into a
//!   [`Breakdown`].
//! - [`rules`] parses the product's criteria (`total_number_of_sources >= 2`, `address ==
//!   clear`) into a [`Policy`] that can only tighten the report's verdict.
//!
//! - [`countries`] says where the report runs at all (the address countries Onfido covers).
//!
//! Pure logic: no I/O, no clock, so the proxy and the simulator agree on every case.
//!
//! Its own crate rather than a module of `kyc-core`: only the proxy and the simulator need it,
//! and everything in `kyc-core` ends up in the wasm every end user downloads.

mod breakdown;
pub mod countries;
pub mod rules;
pub mod wire;

pub use breakdown::{Breakdown, ElementResult};
pub use kyc_core::ssn::{Ssn, SsnError};
pub use rules::{Decision, Policy, PolicyError, Referral, Rule, RuleError};

use serde::{Deserialize, Serialize};

/// A report result, and the result of each element of its breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportResult {
    /// The identity was confirmed as the jurisdiction's rules require.
    Clear,
    /// Something was found, but not enough, or something speaks against the applicant.
    Consider,
    /// Nothing was found at all (outside the UK only).
    Unidentified,
}

impl ReportResult {
    /// The value on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Clear => "clear",
            Self::Consider => "consider",
            Self::Unidentified => "unidentified",
        }
    }

    /// Parses the wire value.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Clear, Self::Consider, Self::Unidentified].into_iter().find(|r| r.as_str() == raw)
    }
}

/// A kind of database the report consults. The Register of Deaths is not among them: it is a
/// negative source, reported as [`Breakdown::mortality`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Consumer credit applications.
    CreditAgencies,
    /// Voter registration.
    VotingRegister,
    /// Landline and mobile providers (landline only in the UK).
    TelephoneDatabase,
    /// Public records: driving licences, vehicle and property registers, court filings, residence
    /// registration.
    Government,
    /// Business registrations and company directors.
    BusinessRegistration,
    /// Opt-in marketing data.
    ConsumerDatabase,
    /// Electricity, gas and water accounts.
    UtilityRegistration,
    /// Postal authorities.
    PostalAuthorities,
    /// Private databases whose users opted in to identity verification.
    CommercialDatabase,
    /// Undisclosed sources, including social media.
    Proprietary,
}

impl Source {
    /// Every source, in the order the guide lists them.
    pub const ALL: [Source; 10] = [
        Source::CreditAgencies,
        Source::VotingRegister,
        Source::TelephoneDatabase,
        Source::Government,
        Source::BusinessRegistration,
        Source::ConsumerDatabase,
        Source::UtilityRegistration,
        Source::PostalAuthorities,
        Source::CommercialDatabase,
        Source::Proprietary,
    ];

    /// The source's key in a breakdown.
    pub fn key(self) -> &'static str {
        match self {
            Self::CreditAgencies => "credit_agencies",
            Self::VotingRegister => "voting_register",
            Self::TelephoneDatabase => "telephone_database",
            Self::Government => "government",
            Self::BusinessRegistration => "business_registration",
            Self::ConsumerDatabase => "consumer_database",
            Self::UtilityRegistration => "utility_registration",
            Self::PostalAuthorities => "postal_authorities",
            Self::CommercialDatabase => "commercial_database",
            Self::Proprietary => "proprietary",
        }
    }

    /// The source for a breakdown key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Which of the guide's three rule sets applies to an applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    /// Address in the UK: the JMLSG "2+2" rule, and the mortality check.
    UnitedKingdom,
    /// Address in the US and a Social Security Number (or its last four digits) given.
    UnitedStatesWithSsn,
    /// Any other address, including US addresses without a Social Security Number.
    Elsewhere,
}

impl Jurisdiction {
    /// The jurisdiction of an address in `country` (ISO 3166-1 alpha-2).
    pub fn of(country: kyc_core::CountryCode, ssn_given: bool) -> Self {
        match country.as_str() {
            "GB" => Self::UnitedKingdom,
            "US" if ssn_given => Self::UnitedStatesWithSsn,
            _ => Self::Elsewhere,
        }
    }
}

/// What one record of a source confirmed, always together with the applicant's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// Name and current address.
    NameAndAddress,
    /// Name and date of birth.
    NameAndDateOfBirth,
    /// Name and Social Security Number (all nine digits or the last four, as given).
    Ssn,
}

/// One match found in one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceMatch {
    /// Where it was found.
    pub source: Source,
    /// What it confirmed.
    pub kind: MatchKind,
}

/// Everything the databases said about an applicant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Whose rules apply.
    pub jurisdiction: Jurisdiction,
    /// Every match, one entry per matching record and kind.
    pub matches: Vec<SourceMatch>,
    /// Found on a register of deaths. Only consulted in the UK; ignored elsewhere.
    pub deceased: bool,
}

/// An Identity Enhanced report: its result and the breakdown behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Onfido's verdict.
    pub result: ReportResult,
    /// Matches by element and source.
    pub breakdown: Breakdown,
}

/// The report for `evidence`: the breakdown by source, and the result by the guide's rules for
/// the jurisdiction.
pub fn assess(evidence: &Evidence) -> Report {
    let breakdown = Breakdown::from_evidence(evidence);
    let result = result_of(evidence.jurisdiction, &breakdown);
    Report { result, breakdown }
}

/// The guide's report logic, read off a breakdown.
pub fn result_of(jurisdiction: Jurisdiction, breakdown: &Breakdown) -> ReportResult {
    let address = breakdown.address.number_of_matches();
    let address_sources = breakdown.address.number_of_sources();
    let date_of_birth = breakdown.date_of_birth.number_of_matches();
    let ssn = breakdown.ssn.as_ref().map_or(0, ElementResult::number_of_matches);
    let clear_if = |confirmed: bool| if confirmed { ReportResult::Clear } else { ReportResult::Consider };
    match jurisdiction {
        Jurisdiction::UnitedKingdom => {
            let alive = breakdown.mortality != Some(ReportResult::Consider);
            clear_if(alive && ((address >= 1 && date_of_birth >= 1) || address_sources >= 2))
        }
        Jurisdiction::UnitedStatesWithSsn => clear_if(address >= 1 && ssn >= 1),
        Jurisdiction::Elsewhere if address >= 1 => ReportResult::Clear,
        Jurisdiction::Elsewhere if date_of_birth >= 1 => ReportResult::Consider,
        Jurisdiction::Elsewhere => ReportResult::Unidentified,
    }
}

#[cfg(test)]
mod tests;
