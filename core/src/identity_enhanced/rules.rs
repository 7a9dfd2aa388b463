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

use super::{Report, ReportResult, Source};
use serde::Deserialize;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// An element of the breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    /// `sources`.
    Sources,
    /// `address`.
    Address,
    /// `date_of_birth`.
    DateOfBirth,
    /// `mortality`.
    Mortality,
    /// `ssn`.
    Ssn,
}

impl Element {
    const ALL: [Element; 5] = [Self::Sources, Self::Address, Self::DateOfBirth, Self::Mortality, Self::Ssn];

    /// The element's key in the breakdown.
    pub fn key(self) -> &'static str {
        match self {
            Self::Sources => "sources",
            Self::Address => "address",
            Self::DateOfBirth => "date_of_birth",
            Self::Mortality => "mortality",
            Self::Ssn => "ssn",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.key() == key)
    }

    /// Whether the element counts matches per source.
    fn has_matches(self) -> bool {
        matches!(self, Self::Address | Self::DateOfBirth | Self::Ssn)
    }
}

/// A number read off the breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    /// Distinct sources that matched anything.
    TotalNumberOfSources,
    /// Matches of an element (address, date of birth or SSN), in one source or all.
    Matches {
        /// The element.
        element: Element,
        /// One source, or `None` for all.
        source: Option<Source>,
    },
}

/// A result a rule can look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The report's result.
    Report,
    /// An element's result.
    Element(Element),
}

/// How a quantity is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// `>=`
    AtLeast,
    /// `>`
    MoreThan,
    /// `<=`
    AtMost,
    /// `<`
    LessThan,
    /// `==`
    Equal,
    /// `!=`
    NotEqual,
}

impl Comparison {
    fn parse(op: &str) -> Option<Self> {
        Some(match op.trim() {
            ">=" => Self::AtLeast,
            ">" => Self::MoreThan,
            "<=" => Self::AtMost,
            "<" => Self::LessThan,
            "==" | "=" => Self::Equal,
            "!=" => Self::NotEqual,
            _ => return None,
        })
    }

    fn symbol(self) -> &'static str {
        match self {
            Self::AtLeast => ">=",
            Self::MoreThan => ">",
            Self::AtMost => "<=",
            Self::LessThan => "<",
            Self::Equal => "==",
            Self::NotEqual => "!=",
        }
    }

    fn holds(self, actual: u32, expected: u32) -> bool {
        match self {
            Self::AtLeast => actual >= expected,
            Self::MoreThan => actual > expected,
            Self::AtMost => actual <= expected,
            Self::LessThan => actual < expected,
            Self::Equal => actual == expected,
            Self::NotEqual => actual != expected,
        }
    }
}

/// What a rule requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// A quantity compared with a number.
    Count {
        /// What is counted.
        quantity: Quantity,
        /// How.
        op: Comparison,
        /// Against what.
        value: u32,
    },
    /// A result equal (or not) to a value.
    Result {
        /// Whose result.
        subject: Subject,
        /// `true` for `==`, `false` for `!=`.
        equal: bool,
        /// The value.
        value: ReportResult,
    },
}

enum Field {
    Quantity(Quantity),
    Subject(Subject),
}

fn parse_field(raw: &str) -> Option<Field> {
    let raw = raw.trim();
    if matches!(
        raw,
        "total_number_of_sources" | "sources.total_number_of_sources" | "sources.total_sources.total_number_of_sources"
    ) {
        return Some(Field::Quantity(Quantity::TotalNumberOfSources));
    }
    if raw == "result" {
        return Some(Field::Subject(Subject::Report));
    }
    let mut parts = raw.split('.');
    let element = Element::from_key(parts.next()?)?;
    let rest: Vec<&str> = parts.collect();
    let matches = |source| element.has_matches().then_some(Field::Quantity(Quantity::Matches { element, source }));
    match rest.as_slice() {
        [] | ["result"] => Some(Field::Subject(Subject::Element(element))),
        ["number_of_matches"] => matches(None),
        [source] | [source, "number_of_matches"] => matches(Some(Source::from_key(source)?)),
        _ => None,
    }
}

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

impl Condition {
    /// Builds a condition from its three parts, as written in either form.
    pub fn parse(field: &str, op: &str, value: &str) -> Result<Self, RuleError> {
        let parsed = parse_field(field).ok_or_else(|| RuleError::UnknownField(field.trim().to_owned()))?;
        let comparison = Comparison::parse(op).ok_or_else(|| RuleError::UnknownOperator(op.trim().to_owned()))?;
        let value = value.trim();
        match parsed {
            Field::Quantity(quantity) => {
                let value = value.parse().map_err(|_| RuleError::NotACount(value.to_owned()))?;
                Ok(Self::Count { quantity, op: comparison, value })
            }
            Field::Subject(subject) => {
                let equal = match comparison {
                    Comparison::Equal => true,
                    Comparison::NotEqual => false,
                    _ => {
                        return Err(RuleError::OrderedResult {
                            field: field.trim().to_owned(),
                            op: op.trim().to_owned(),
                        })
                    }
                };
                let value = ReportResult::parse(value).ok_or_else(|| RuleError::UnknownResult(value.to_owned()))?;
                Ok(Self::Result { subject, equal, value })
            }
        }
    }

    /// Whether `report` meets the condition.
    pub fn holds(&self, report: &Report) -> bool {
        let b = &report.breakdown;
        match *self {
            Self::Count { quantity, op, value } => {
                let actual = match quantity {
                    Quantity::TotalNumberOfSources => b.total_number_of_sources,
                    Quantity::Matches { element, source } => {
                        let found = match element {
                            Element::Address => Some(&b.address),
                            Element::DateOfBirth => Some(&b.date_of_birth),
                            Element::Ssn => b.ssn.as_ref(),
                            Element::Sources | Element::Mortality => None,
                        };
                        found.map_or(0, |e| source.map_or_else(|| e.number_of_matches(), |s| e.matches_in(s)))
                    }
                };
                op.holds(actual, value)
            }
            Self::Result { subject, equal, value } => {
                let actual = match subject {
                    Subject::Report => Some(report.result),
                    Subject::Element(Element::Sources) => b.sources,
                    Subject::Element(Element::Address) => b.address.result,
                    Subject::Element(Element::DateOfBirth) => b.date_of_birth.result,
                    Subject::Element(Element::Mortality) => b.mortality,
                    Subject::Element(Element::Ssn) => b.ssn.as_ref().and_then(|e| e.result),
                };
                (actual == Some(value)) == equal
            }
        }
    }
}

impl fmt::Display for Condition {
    /// The canonical text form, which parses back to the same condition.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Count { quantity: Quantity::TotalNumberOfSources, op, value } => {
                write!(f, "total_number_of_sources {} {value}", op.symbol())
            }
            Self::Count { quantity: Quantity::Matches { element, source }, op, value } => {
                let source = source.map(|s| format!(".{}", s.key())).unwrap_or_default();
                write!(f, "{}{source}.number_of_matches {} {value}", element.key(), op.symbol())
            }
            Self::Result { subject, equal, value } => {
                let field = match subject {
                    Subject::Report => "result",
                    Subject::Element(e) => e.key(),
                };
                write!(f, "{field} {} {}", if *equal { "==" } else { "!=" }, value.as_str())
            }
        }
    }
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
