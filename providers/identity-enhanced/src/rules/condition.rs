//! Conditions: a quantity or a result of the report, compared with a value.

use super::RuleError;
use crate::{Report, ReportResult, Source};
use std::fmt;

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
