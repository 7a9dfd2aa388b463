//! A list of rules applied to a report: the product's decision.

use super::spec::RuleSpec;
use super::{Rule, RuleError};
use crate::{Report, ReportResult};
use serde::Deserialize;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// A refused rule and its position (counted from 0) in the configuration.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("rule {}: {error}", .index + 1)]
pub struct PolicyError {
    /// Position of the rule, from 0.
    pub index: usize,
    /// What is wrong with it.
    pub error: RuleError,
}

/// The product's rules. The default policy has none: it accepts exactly the clear reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "Vec<RuleSpec>")]
pub struct Policy {
    rules: Vec<Rule>,
}

/// What the product does with a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Clear, and every rule holds.
    Accept,
    /// Needs a person to look at it.
    Refer(Referral),
}

/// Why a report was referred.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referral {
    /// Onfido's result was not `clear`.
    NotClear(ReportResult),
    /// The report was clear but a rule did not hold.
    RuleFailed {
        /// Position of the rule, from 0.
        index: usize,
        /// The rule.
        rule: Rule,
    },
}

impl fmt::Display for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotClear(result) => write!(f, "the report result is {}", result.as_str()),
            Self::RuleFailed { index, rule } => write!(f, "rule {} does not hold: {rule}", index + 1),
        }
    }
}

impl Policy {
    /// A policy of already parsed rules.
    pub fn new(rules: Vec<Rule>) -> Self {
        Self { rules }
    }

    /// The rules, in order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Refers a report that is not clear, or the first rule that does not hold; accepts otherwise.
    pub fn evaluate(&self, report: &Report) -> Decision {
        if report.result != ReportResult::Clear {
            return Decision::Refer(Referral::NotClear(report.result));
        }
        match self.rules.iter().enumerate().find(|(_, rule)| !rule.condition.holds(report)) {
            Some((index, rule)) => Decision::Refer(Referral::RuleFailed { index, rule: rule.clone() }),
            None => Decision::Accept,
        }
    }
}

impl TryFrom<Vec<RuleSpec>> for Policy {
    type Error = PolicyError;

    fn try_from(specs: Vec<RuleSpec>) -> Result<Self, PolicyError> {
        let rules = specs
            .into_iter()
            .enumerate()
            .map(|(index, spec)| Rule::try_from(spec).map_err(|error| PolicyError { index, error }));
        Ok(Self { rules: rules.collect::<Result<_, _>>()? })
    }
}

impl FromStr for Policy {
    type Err = PolicyError;

    /// Rules separated by new lines or `;`; blank entries and lines starting with `#` are skipped.
    fn from_str(text: &str) -> Result<Self, PolicyError> {
        let entries = text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| l.split(';'));
        let rules = entries
            .filter(|e| !e.trim().is_empty())
            .enumerate()
            .map(|(index, entry)| entry.parse().map_err(|error| PolicyError { index, error }));
        Ok(Self { rules: rules.collect::<Result<_, _>>()? })
    }
}
