//! Whether an answer has the shape of a provider guide's example payload: every key of the
//! example at the same place, objects where it has objects, arrays where it has arrays (their
//! first elements compared alike), strings where it has strings, numbers where it has numbers.
//! The simulators' tests and the adapters' tests check their answers against our fixtures
//! (written from the guides) with it, so that a simulator cannot drift from the guide unseen.

use serde_json::Value;

/// The places where `answer` departs from the shape of `example` (empty: the same shape).
pub fn departures(example: &Value, answer: &Value) -> Vec<String> {
    departures_beside(example, answer, &[])
}

/// [`departures`], where the elements of the arrays named `data` (their last key, e.g.
/// `userAssertionList`) are checked to be objects only: their keys are data, not shape (ID
/// Dataweb's assertions are each one `{"<check>": "pass"}`).
pub fn departures_beside(example: &Value, answer: &Value, data: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    walk(example, answer, "$", data, &mut found);
    found
}

fn walk(example: &Value, answer: &Value, at: &str, data: &[&str], found: &mut Vec<String>) {
    match (example, answer) {
        (Value::Object(expected), Value::Object(got)) => {
            for (key, value) in expected {
                match got.get(key) {
                    Some(inner) => walk(value, inner, &format!("{at}.{key}"), data, found),
                    None => found.push(format!("{at}.{key} is missing")),
                }
            }
        }
        (Value::Array(expected), Value::Array(got)) => match (expected.first(), got.first()) {
            (Some(_), Some(other)) if data.iter().any(|d| at.ends_with(&format!(".{d}"))) && !other.is_object() => {
                found.push(format!("{at}[0] is not an object"));
            }
            (Some(_), Some(_)) if data.iter().any(|d| at.ends_with(&format!(".{d}"))) => {}
            (Some(first), Some(other)) => walk(first, other, &format!("{at}[0]"), data, found),
            (Some(_), None) => found.push(format!("{at} is empty")),
            _ => {}
        },
        (Value::Object(_), _) => found.push(format!("{at} is not an object")),
        (Value::Array(_), _) => found.push(format!("{at} is not an array")),
        (Value::String(_), other) if !other.is_string() => found.push(format!("{at} is not a string")),
        (Value::Number(_), other) if !other.is_number() => found.push(format!("{at} is not a number")),
        (Value::Bool(_), other) if !other.is_boolean() => found.push(format!("{at} is not a boolean")),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_keys_and_other_types_are_named_by_their_place() {
        let example = json!({"id": "a", "n": 1, "items": [{"k": "v"}], "nested": {"x": null}});
        assert!(departures(
            &example,
            &json!({"id": "b", "n": 2, "items": [{"k": "w", "more": 1}], "nested": {"x": 3}, "extra": 0})
        )
        .is_empty());
        let mut found = departures(&example, &json!({"id": 1, "items": [], "nested": []}));
        found.sort();
        assert_eq!(found, ["$.id is not a string", "$.items is empty", "$.n is missing", "$.nested is not an object"]);
        let assertions = json!({"list": [{"carrier": "pass"}]});
        assert!(departures_beside(&assertions, &json!({"list": [{"email": "fail"}]}), &["list"]).is_empty());
    }
}
