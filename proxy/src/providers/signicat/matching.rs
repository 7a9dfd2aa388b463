//! Matching (corroboration) results, field by field, in our own field names.

use super::ids::ProcessId;
use crate::clients::ProviderError;
use kyc_core::Field;
use serde::Deserialize;
use serde_json::{json, Value};

/// How well one field (or a whole comparison) agrees. Ordered from worst to best, so the
/// overall level of several is their minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchLevel {
    /// Neither equal nor similar.
    Mismatch,
    /// Similar by Assure's rules (one of several names equal, a typo), not equal.
    Partial,
    /// Equal after upper-casing and removing diacritics.
    Exact,
}

impl MatchLevel {
    fn from_flags(exact: bool, partial: bool) -> Self {
        match (exact, partial) {
            (true, _) => Self::Exact,
            (false, true) => Self::Partial,
            (false, false) => Self::Mismatch,
        }
    }
}

/// One compared field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldMatch {
    /// Our form field.
    pub field: Field,
    /// How well it agrees.
    pub level: MatchLevel,
}

/// A data node of a dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchNode {
    /// What the user typed (the dossier's user data).
    UserData,
    /// The final result of an accepted process.
    Process(ProcessId),
}

impl MatchNode {
    pub(super) fn to_wire(&self) -> Value {
        match self {
            MatchNode::UserData => json!({"type": "userData"}),
            MatchNode::Process(id) => json!({"type": "process", "processId": id.as_str()}),
        }
    }
}

/// The comparison of two data nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchReport {
    /// Every field both nodes hold, in Assure's order.
    pub fields: Vec<FieldMatch>,
    /// The comparison as a whole, as Assure judges it.
    pub overall: MatchLevel,
}

impl MatchReport {
    /// The fields that are not even similar.
    pub fn mismatches(&self) -> impl Iterator<Item = Field> + '_ {
        self.fields.iter().filter(|f| f.level == MatchLevel::Mismatch).map(|f| f.field)
    }
}

/// The user's data against every identity process of the dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corroboration {
    /// One report per process, in the order asked for.
    pub reports: Vec<(ProcessId, MatchReport)>,
    /// The worst of them.
    pub overall: MatchLevel,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FieldWire {
    field: String,
    exact_match: bool,
    partial_match: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct MatchReportWire {
    fields: Vec<FieldWire>,
    exact_match: bool,
    partial_match: bool,
}

/// Our field for an Assure field name; `None` for fields the product does not collect.
fn field_for(name: &str) -> Option<Field> {
    Some(match name {
        "firstName" => Field::FirstName,
        "lastName" => Field::LastName,
        "dateOfBirth" => Field::BirthDate,
        "address.street" => Field::Street,
        "address.houseNumber" => Field::HouseNumber,
        "address.postalCode" => Field::PostalCode,
        "address.city" => Field::City,
        "address.country" => Field::Country,
        "nationality" => Field::Nationality,
        _ => return None,
    })
}

impl TryFrom<MatchReportWire> for MatchReport {
    type Error = ProviderError;

    fn try_from(wire: MatchReportWire) -> Result<Self, ProviderError> {
        let fields: Vec<FieldMatch> = wire
            .fields
            .iter()
            .filter_map(|f| {
                let field = field_for(&f.field);
                if field.is_none() {
                    tracing::debug!(field = %f.field, "signicat matched a field the product does not collect");
                }
                Some(FieldMatch { field: field?, level: MatchLevel::from_flags(f.exact_match, f.partial_match) })
            })
            .collect();
        if fields.is_empty() {
            return Err(ProviderError::Unexpected("matching compared no field".into()));
        }
        Ok(Self { fields, overall: MatchLevel::from_flags(wire.exact_match, wire.partial_match) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_land_on_our_fields_and_the_overall_level_is_kept() {
        let wire: MatchReportWire = serde_json::from_value(json!({"fields": [
            {"field": "firstName", "exactMatch": true, "partialMatch": true},
            {"field": "lastName", "exactMatch": false, "partialMatch": true},
            {"field": "dateOfBirth", "exactMatch": false, "partialMatch": false},
            {"field": "gender", "exactMatch": true, "partialMatch": true}],
            "exactMatch": false, "partialMatch": false}))
        .unwrap();
        let report = MatchReport::try_from(wire).unwrap();
        assert_eq!(report.fields.len(), 3);
        assert_eq!(report.fields[1], FieldMatch { field: Field::LastName, level: MatchLevel::Partial });
        assert_eq!(report.mismatches().collect::<Vec<_>>(), [Field::BirthDate]);
        assert_eq!(report.overall, MatchLevel::Mismatch);
    }
}
