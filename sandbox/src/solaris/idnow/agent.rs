//! The simulated IDnow agent's corrections in the CHANGEALL scenarios.

use serde_json::{json, Map, Value};

/// What the agent "reads from the document" in CHANGEALL: every identity field differs from the
/// application, with letters well outside ASCII so clients prove they keep UTF-8 intact.
pub(crate) fn apply_changes(person: &mut Map<String, Value>) {
    let changes = json!({
        "first_name": "Ǆemila Åsa-Łucja",
        "last_name": "Ørsted-Núñez Þórsdóttir",
        "birth_name": "Šťastná",
        "birth_date": "1987-02-28",
        "birth_city": "Łódź",
        "birth_country": "PL",
        "nationality": "PL",
        "address": {
            "line_1": "Äußere Straße",
            "line_2": "7b",
            "postal_code": "80331",
            "city": "München",
            "country": "DE",
            "state": "BY",
        },
    });
    if let Value::Object(changes) = changes {
        person.extend(changes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kyc_core::PersonName;

    #[test]
    fn the_agents_names_are_valid_names_and_differ_from_the_application() {
        let mut person = Map::new();
        person.insert("first_name".into(), json!("X-AUTOTEST-CHANGEALL"));
        apply_changes(&mut person);
        assert_ne!(person["first_name"], "X-AUTOTEST-CHANGEALL");
        for key in ["first_name", "last_name", "birth_name"] {
            assert!(PersonName::parse(person[key].as_str().unwrap()).is_ok(), "{key}");
        }
    }
}
