//! `GET …/identifications/{id}/supported_documents`: the identity documents the simulated IDnow
//! accepts. A plausible list (EU/EEA and a few more), not IDnow's authoritative one.

use super::errors::ApiError;
use super::identifications::with_identification;
use super::Sim;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Value};

/// Countries whose national ID cards are accepted: the EU, the EEA and Switzerland.
const ID_CARD_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
    "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Passports are accepted from more countries than ID cards.
const EXTRA_PASSPORT_COUNTRIES: &[&str] =
    &["AU", "BR", "CA", "GB", "IL", "IN", "JP", "KR", "MX", "NZ", "SG", "TR", "UA", "US", "ZA"];

fn supported() -> Value {
    let mut passport: Vec<&str> = ID_CARD_COUNTRIES.iter().chain(EXTRA_PASSPORT_COUNTRIES).copied().collect();
    passport.sort_unstable();
    json!([
        { "type": "PASSPORT", "issuing_countries": passport },
        { "type": "ID_CARD", "issuing_countries": ID_CARD_COUNTRIES },
    ])
}

/// The handler; the identification must exist and belong to the person.
pub(crate) async fn supported_documents(
    State(sim): State<Sim>,
    Path((person_id, id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    with_identification(&sim, &person_id, &id, |_, _| supported())
}
