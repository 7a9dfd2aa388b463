//! The report's breakdown: for each element (address, date of birth, SSN) how many records of
//! each source matched it, the number of distinct sources, and the mortality check.

use super::{Evidence, Jurisdiction, MatchKind, ReportResult, Source};
use std::collections::{BTreeMap, BTreeSet};

/// One element of the breakdown: its result and the matches per source (sources without a
/// match are left out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ElementResult {
    /// `clear` when at least one source matched, else `consider`.
    pub result: Option<ReportResult>,
    /// Number of matching records per source; every count is at least 1.
    pub matches: BTreeMap<Source, u32>,
}

impl ElementResult {
    /// An element from its matches, `clear` when there is any.
    pub fn from_matches(matches: BTreeMap<Source, u32>) -> Self {
        let matches: BTreeMap<Source, u32> = matches.into_iter().filter(|(_, n)| *n > 0).collect();
        let result = if matches.is_empty() { ReportResult::Consider } else { ReportResult::Clear };
        Self { result: Some(result), matches }
    }

    /// Matches over all sources.
    pub fn number_of_matches(&self) -> u32 {
        self.matches.values().sum()
    }

    /// Sources with at least one match.
    pub fn number_of_sources(&self) -> u32 {
        self.matches.len() as u32
    }

    /// Matches in `source`.
    pub fn matches_in(&self, source: Source) -> u32 {
        self.matches.get(&source).copied().unwrap_or(0)
    }
}

/// The breakdown of an Identity Enhanced report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// Result of the `sources` element: `clear` when any source matched anything.
    pub sources: Option<ReportResult>,
    /// Distinct sources that matched any element (`sources.total_sources`).
    pub total_number_of_sources: u32,
    /// Name and current address.
    pub address: ElementResult,
    /// Name and date of birth.
    pub date_of_birth: ElementResult,
    /// Register of deaths: `consider` when the applicant is on it; UK only, else `None`.
    pub mortality: Option<ReportResult>,
    /// Name and Social Security Number; only when one was given for a US address.
    pub ssn: Option<ElementResult>,
}

impl Breakdown {
    /// Counts `evidence` by element and source. Mortality is reported for the UK only and SSN
    /// matches only where an SSN counts, as the guide says.
    pub fn from_evidence(evidence: &Evidence) -> Self {
        let count = |kind: MatchKind| {
            let mut per_source = BTreeMap::new();
            for m in evidence.matches.iter().filter(|m| m.kind == kind) {
                *per_source.entry(m.source).or_insert(0) += 1;
            }
            ElementResult::from_matches(per_source)
        };
        let address = count(MatchKind::NameAndAddress);
        let date_of_birth = count(MatchKind::NameAndDateOfBirth);
        let ssn = (evidence.jurisdiction == Jurisdiction::UnitedStatesWithSsn).then(|| count(MatchKind::Ssn));
        let mortality = (evidence.jurisdiction == Jurisdiction::UnitedKingdom).then_some(if evidence.deceased {
            ReportResult::Consider
        } else {
            ReportResult::Clear
        });
        let sources: BTreeSet<Source> = [Some(&address), Some(&date_of_birth), ssn.as_ref()]
            .into_iter()
            .flatten()
            .flat_map(|e| e.matches.keys().copied())
            .collect();
        let total_number_of_sources = sources.len() as u32;
        Self {
            sources: Some(if total_number_of_sources > 0 { ReportResult::Clear } else { ReportResult::Consider }),
            total_number_of_sources,
            address,
            date_of_birth,
            mortality,
            ssn,
        }
    }
}
