//! Rules as JSON configuration: `{"field", "op", "value"}` or `{"field", "equals"}`, with an
//! optional `name`.

use super::{Condition, Rule, RuleError};
use serde::Deserialize;

/// A rule as written in JSON configuration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// The field (see the module documentation).
    pub field: String,
    /// Comparison operator, with `value`.
    #[serde(default)]
    pub op: Option<String>,
    /// A number or a result, with `op`.
    #[serde(default)]
    pub value: Option<SpecValue>,
    /// Shorthand for `op: "=="` with a result.
    #[serde(default)]
    pub equals: Option<String>,
    /// Shown in referrals.
    #[serde(default)]
    pub name: Option<String>,
}

/// A JSON rule's `value`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum SpecValue {
    /// A number (checked to be a whole, non-negative one when parsed).
    Number(f64),
    /// A result, or a number written as text.
    Text(String),
}

impl TryFrom<RuleSpec> for Rule {
    type Error = RuleError;

    fn try_from(spec: RuleSpec) -> Result<Self, RuleError> {
        let (op, value) = match (spec.equals, spec.op, spec.value) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => return Err(RuleError::Ambiguous),
            (Some(result), None, None) => ("==".to_owned(), result),
            (None, None, _) => return Err(RuleError::MissingOperator),
            (None, Some(_), None) => return Err(RuleError::MissingValue),
            (None, Some(op), Some(SpecValue::Text(text))) => (op, text),
            // Whole numbers print without a fraction, so `2` and `2.0` both read `2`; others fail to parse as counts.
            (None, Some(op), Some(SpecValue::Number(n))) => (op, n.to_string()),
        };
        let name = spec.name.filter(|n| !n.trim().is_empty());
        Ok(Self { condition: Condition::parse(&spec.field, &op, &value)?, name })
    }
}
