//! The product's own acceptance criteria over a report, as the guide suggests building them
//! ("2 or more sources and a clear address"). Written as configuration data, either JSON:
//!
//! ```json
//! [{"field": "total_number_of_sources", "op": ">=", "value": 2},
//!  {"field": "address", "equals": "clear", "name": "current address confirmed"}]
//! ```
//!
//! or one rule per line (or separated by `;`): `total_number_of_sources >= 2; address == clear`.
//!
//! Fields:
//! - `result`: the report's result; `sources`, `address`, `date_of_birth`, `mortality`, `ssn`
//!   (optionally with `.result`): an element's result. Compared with `==` (or `=`, or JSON
//!   `equals`) and `!=` against `clear`, `consider` or `unidentified`. An element the report does
//!   not have (mortality outside the UK, SSN without one) has no result: `==` fails, `!=` holds.
//! - `total_number_of_sources` (also `sources.total_sources.total_number_of_sources`);
//!   `address.number_of_matches` (likewise `date_of_birth`, `ssn`): matches over all sources;
//!   `address.credit_agencies` (or `….number_of_matches`): matches in one source. Compared with
//!   `>=`, `>`, `<=`, `<`, `==`, `!=` against a whole number.
//!
//! A [`Policy`] refers every report that is not `clear`, then checks its rules in order: rules
//! can turn a clear report into a referral, never the reverse.

mod condition;
mod policy;
mod spec;

pub use condition::{Comparison, Condition, Element, Quantity, Subject};
pub use policy::{Decision, Policy, PolicyError, Referral};
pub use spec::{RuleSpec, SpecValue};

use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// Why a rule was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RuleError {
    /// A field that is not in the grammar.
    #[error("unknown field `{0}`")]
    UnknownField(String),
    /// Neither `op` nor `equals`.
    #[error("no operator (use `op` and `value`, or `equals`)")]
    MissingOperator,
    /// An operator but nothing to compare with.
    #[error("no value to compare with")]
    MissingValue,
    /// `equals` together with `op` or `value`.
    #[error("`equals` cannot be combined with `op` or `value`")]
    Ambiguous,
    /// An operator that is not one of `>= > <= < == = !=`.
    #[error("unknown operator `{0}`")]
    UnknownOperator(String),
    /// An ordering operator on a result.
    #[error("`{field}` is a result: compare it with `==` or `!=`, not `{op}`")]
    OrderedResult {
        /// The field.
        field: String,
        /// The operator.
        op: String,
    },
    /// A result that is not `clear`, `consider` or `unidentified`.
    #[error("`{0}` is not a result (clear, consider, unidentified)")]
    UnknownResult(String),
    /// A count that is not a whole number from 0 to 4294967295.
    #[error("`{0}` is not a whole number")]
    NotACount(String),
    /// A text rule that is not `field operator value`.
    #[error("`{0}` is not of the form `field operator value`")]
    Syntax(String),
}

/// A rule: a condition and an optional name for people reading referrals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// What is required.
    pub condition: Condition,
    /// Name given in the configuration.
    pub name: Option<String>,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{name} ({})", self.condition),
            None => self.condition.fmt(f),
        }
    }
}

impl FromStr for Rule {
    type Err = RuleError;

    /// `field operator value`, spaces optional: `address.credit_agencies>=1`.
    fn from_str(text: &str) -> Result<Self, RuleError> {
        let syntax = || RuleError::Syntax(text.trim().to_owned());
        let start = text.find(['<', '>', '=', '!']).ok_or_else(syntax)?;
        // The whole run of operator characters, so that a typo like `=>` is named as such.
        let len = text[start..].find(|c| !matches!(c, '<' | '>' | '=' | '!')).unwrap_or(text.len() - start);
        let (field, op, value) = (&text[..start], &text[start..start + len], &text[start + len..]);
        if field.trim().is_empty() || value.trim().is_empty() {
            return Err(syntax());
        }
        Ok(Self { condition: Condition::parse(field, op, value)?, name: None })
    }
}
