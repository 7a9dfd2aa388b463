//! The `breakdown` object of an Identity Enhanced report as Onfido sends it: elements with a
//! `result` and a `breakdown` of leaves, each with a `result` and string `properties`
//! (`"number_of_matches": "1"`, `"total_number_of_sources": "3"`). [`Breakdown`] converts from
//! and to it, so the wire shape stays at the edge.

use super::{Breakdown, ElementResult, ReportResult, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// Key of the only leaf of the `sources` element.
const TOTAL_SOURCES: &str = "total_sources";
/// Property of that leaf.
const TOTAL_NUMBER_OF_SOURCES: &str = "total_number_of_sources";
/// Property of a source leaf.
const NUMBER_OF_MATCHES: &str = "number_of_matches";

/// The report's `breakdown`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BreakdownWire {
    /// `sources.total_sources.total_number_of_sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<ElementWire>,
    /// Name and current address, per source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<ElementWire>,
    /// Name and date of birth, per source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<ElementWire>,
    /// Register of deaths (UK).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mortality: Option<ElementWire>,
    /// Social Security Number (US).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssn: Option<ElementWire>,
}

/// An element: its result and its leaves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElementWire {
    /// `clear`, `consider`, `unidentified` or null.
    #[serde(default)]
    pub result: Option<String>,
    /// Leaves by key (a source key, or `total_sources`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub breakdown: BTreeMap<String, LeafWire>,
}

/// A leaf of an element.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LeafWire {
    /// `clear`, `consider` or null.
    #[serde(default)]
    pub result: Option<String>,
    /// Onfido sends numbers as strings; anything else is kept but not read.
    #[serde(default)]
    pub properties: BTreeMap<String, Property>,
}

/// A property value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Property {
    /// The documented form, numbers included (`"3"`).
    Text(String),
    /// A bare number.
    Number(u64),
    /// A flag.
    Flag(bool),
    /// `null`.
    Null,
}

/// Why a breakdown could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BreakdownError {
    /// A result other than `clear`, `consider` or `unidentified`.
    #[error("unknown result `{0}`")]
    UnknownResult(String),
    /// A count that is not a whole number.
    #[error("`{key}` is not a count: `{value}`")]
    NotACount {
        /// The property.
        key: String,
        /// What it held.
        value: String,
    },
}

fn result(raw: &Option<String>) -> Result<Option<ReportResult>, BreakdownError> {
    match raw.as_deref() {
        None | Some("") => Ok(None),
        Some(text) => ReportResult::parse(text).map(Some).ok_or_else(|| BreakdownError::UnknownResult(text.to_owned())),
    }
}

fn count(properties: &BTreeMap<String, Property>, key: &str) -> Result<Option<u32>, BreakdownError> {
    let not_a_count = |value: String| BreakdownError::NotACount { key: key.to_owned(), value };
    match properties.get(key) {
        None | Some(Property::Null) => Ok(None),
        Some(Property::Number(n)) => u32::try_from(*n).map(Some).map_err(|_| not_a_count(n.to_string())),
        Some(Property::Text(text)) => text.trim().parse().map(Some).map_err(|_| not_a_count(text.clone())),
        Some(Property::Flag(flag)) => Err(not_a_count(flag.to_string())),
    }
}

impl ElementWire {
    /// Per-source matches: a `clear` leaf without `number_of_matches` counts as one match (the
    /// guide's example has such leaves); other leaves count as none. Keys that are not a known
    /// source are left out: a source Onfido adds later must not make whole reports unreadable,
    /// and leaving it out can only make rules stricter.
    fn to_element(&self) -> Result<ElementResult, BreakdownError> {
        let mut matches = BTreeMap::new();
        for (key, leaf) in &self.breakdown {
            let Some(source) = Source::from_key(key) else { continue };
            let n = match (result(&leaf.result)?, count(&leaf.properties, NUMBER_OF_MATCHES)?) {
                (_, Some(n)) => n,
                (Some(ReportResult::Clear), None) => 1,
                _ => 0,
            };
            if n > 0 {
                matches.insert(source, n);
            }
        }
        Ok(ElementResult { result: result(&self.result)?, matches })
    }

    fn from_element(element: &ElementResult) -> Self {
        let breakdown = element
            .matches
            .iter()
            .map(|(source, n)| (source.key().to_owned(), leaf(ReportResult::Clear, NUMBER_OF_MATCHES, *n)))
            .collect();
        Self { result: element.result.map(|r| r.as_str().to_owned()), breakdown }
    }
}

fn leaf(result: ReportResult, key: &str, n: u32) -> LeafWire {
    let properties = [(key.to_owned(), Property::Text(n.to_string()))].into_iter().collect();
    LeafWire { result: Some(result.as_str().to_owned()), properties }
}

impl TryFrom<&BreakdownWire> for Breakdown {
    type Error = BreakdownError;

    /// Missing elements read as empty ones: no matches, no result.
    fn try_from(wire: &BreakdownWire) -> Result<Self, BreakdownError> {
        let element = |e: &Option<ElementWire>| e.as_ref().map(ElementWire::to_element).transpose();
        let address = element(&wire.address)?.unwrap_or_default();
        let date_of_birth = element(&wire.date_of_birth)?.unwrap_or_default();
        let ssn = element(&wire.ssn)?;
        let sources = wire.sources.clone().unwrap_or_default();
        let reported = match sources.breakdown.get(TOTAL_SOURCES) {
            Some(leaf) => count(&leaf.properties, TOTAL_NUMBER_OF_SOURCES)?,
            None => None,
        };
        // Without Onfido's own count, the distinct known sources are the best estimate.
        let counted = || {
            let mut all: Vec<Source> =
                [&address, &date_of_birth].into_iter().chain(&ssn).flat_map(|e| e.matches.keys().copied()).collect();
            all.sort();
            all.dedup();
            all.len() as u32
        };
        Ok(Self {
            sources: result(&sources.result)?,
            total_number_of_sources: reported.unwrap_or_else(counted),
            address,
            date_of_birth,
            mortality: wire.mortality.as_ref().map(|m| result(&m.result)).transpose()?.flatten(),
            ssn,
        })
    }
}

impl From<&Breakdown> for BreakdownWire {
    fn from(b: &Breakdown) -> Self {
        let total =
            leaf(b.sources.unwrap_or(ReportResult::Consider), TOTAL_NUMBER_OF_SOURCES, b.total_number_of_sources);
        Self {
            sources: Some(ElementWire {
                result: b.sources.map(|r| r.as_str().to_owned()),
                breakdown: [(TOTAL_SOURCES.to_owned(), total)].into_iter().collect(),
            }),
            address: Some(ElementWire::from_element(&b.address)),
            date_of_birth: Some(ElementWire::from_element(&b.date_of_birth)),
            mortality: b
                .mortality
                .map(|r| ElementWire { result: Some(r.as_str().to_owned()), breakdown: BTreeMap::new() }),
            ssn: b.ssn.as_ref().map(ElementWire::from_element),
        }
    }
}
