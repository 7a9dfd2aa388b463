//! A re-save of the personal data before the video call reaches the person Solaris already
//! holds. The guide's `PATCH /v1/persons/{id}` changes only some fields ("fields not mentioned
//! in this list can only be updated via Customer Support"), and a field that already holds a
//! value changes through a change request the customer authorises with a verified mobile number
//! (the reference: "triggers the change request process unless the current value is null"),
//! which this flow's users do not have before the call. So: nothing changed, the person is kept;
//! only fields still empty changed, they are set by `PATCH`; anything else (a corrected name,
//! birth date or address) needs a new person, which is what Customer Support would otherwise be
//! asked to do for a person nobody has identified yet.

use serde_json::{Map, Value};

/// The fields of our person body that `PATCH` may change, by the guide's list.
const UPDATABLE: &[&str] = &[
    "title",
    "salutation",
    "address",
    "email",
    "fatca_relevant",
    "fatca_crs_confirmed_at",
    "data_terms_signed_at",
    "self_declared_as_pep",
];

/// What a re-save asks of Solaris.
#[derive(Debug, PartialEq)]
pub(super) enum Plan {
    /// The person at Solaris already holds the data.
    Unchanged,
    /// These fields, all still empty at Solaris, are set.
    Update(Map<String, Value>),
    /// A field that only Customer Support or a change request could change differs.
    Recreate,
}

/// Whether Solaris's `held` value is the `wanted` one. Nested objects compare the keys we send
/// (Solaris adds `state` and others); timestamps compare the instant, not its spelling (Solaris
/// answers with milliseconds).
fn same(held: Option<&Value>, wanted: &Value) -> bool {
    let held = held.unwrap_or(&Value::Null);
    match (held, wanted) {
        (Value::Object(h), Value::Object(w)) => w.iter().all(|(k, v)| same(h.get(k), v)),
        (Value::String(h), Value::String(w)) => h == w || instant(h).is_some_and(|h| Some(h) == instant(w)),
        _ => held == wanted,
    }
}

fn instant(raw: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(raw, &time::format_description::well_known::Rfc3339).ok()
}

/// Empty at Solaris: `null`, or an object of `null`s.
fn empty(held: Option<&Value>) -> bool {
    match held {
        None | Some(Value::Null) => true,
        Some(Value::Object(o)) => o.values().all(Value::is_null),
        Some(_) => false,
    }
}

/// Compares the person Solaris `held` with the body we would create it with today.
pub(super) fn plan(held: &Map<String, Value>, wanted: &Value) -> Plan {
    let Some(wanted) = wanted.as_object() else { return Plan::Recreate };
    let unchanged = |key: &str| wanted.get(key).is_none_or(|w| same(held.get(key), w));
    let mut changes = Map::new();
    for (key, value) in wanted {
        // The declaration's time follows each save; it is news only with a new answer.
        if key == "fatca_crs_confirmed_at" && unchanged("fatca_relevant") {
            continue;
        }
        if unchanged(key) {
            continue;
        }
        if !UPDATABLE.contains(&key.as_str()) || !empty(held.get(key)) {
            return Plan::Recreate;
        }
        changes.insert(key.clone(), value.clone());
    }
    if changes.is_empty() {
        Plan::Unchanged
    } else {
        Plan::Update(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn held() -> Map<String, Value> {
        let v = json!({"id": "1cper", "title": null, "salutation": "MS", "first_name": "Jane",
            "address": {"line_1": "Amrumerstrasse", "line_2": "14", "postal_code": "13353", "city": "Berlin",
                "country": "DE", "state": null},
            "fatca_relevant": false, "fatca_crs_confirmed_at": "2026-01-01T10:00:00.000Z",
            "terms_conditions_signed_at": "2026-01-01T09:00:00.000Z"});
        v.as_object().unwrap().clone()
    }

    fn wanted() -> Value {
        json!({"title": null, "salutation": "MS", "first_name": "Jane",
            "address": {"line_1": "Amrumerstrasse", "line_2": "14", "postal_code": "13353", "city": "Berlin",
                "country": "DE", "state": null},
            "fatca_relevant": false, "fatca_crs_confirmed_at": "2026-01-02T08:00:00Z",
            "terms_conditions_signed_at": "2026-01-01T09:00:00Z"})
    }

    #[test]
    fn the_same_data_saved_again_changes_nothing_whatever_the_spelling_of_times() {
        assert_eq!(plan(&held(), &wanted()), Plan::Unchanged);
    }

    #[test]
    fn a_field_still_empty_is_updated_and_a_set_one_needs_a_new_person() {
        let mut w = wanted();
        w["title"] = json!("DR");
        assert_eq!(plan(&held(), &w), Plan::Update(json!({"title": "DR"}).as_object().unwrap().clone()));
        w["address"]["line_2"] = json!("15");
        assert_eq!(plan(&held(), &w), Plan::Recreate, "an address is changed by a change request");
        let mut w = wanted();
        w["first_name"] = json!("Janet");
        assert_eq!(plan(&held(), &w), Plan::Recreate, "names only through Customer Support");
        let mut w = wanted();
        w["fatca_relevant"] = json!(true);
        assert_eq!(plan(&held(), &w), Plan::Recreate, "a new answer with its own time");
    }
}
