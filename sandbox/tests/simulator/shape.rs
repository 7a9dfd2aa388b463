//! Whether a simulator answers in the shape of the guides' example payloads (our fixtures under
//! `proxy/tests/fixtures/`): every key of the fixture at the same place in the answer, objects
//! where it has objects, arrays where it has arrays (their first elements compared alike).

use serde_json::Value;

/// The fixture `name` under `proxy/tests/fixtures/`, read when the test runs.
pub fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../proxy/tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The places where `answer` departs from the shape of `fixture` (empty: the same shape).
pub fn departures(fixture: &Value, answer: &Value) -> Vec<String> {
    let mut found = Vec::new();
    walk(fixture, answer, "$", &mut found);
    found
}

fn walk(fixture: &Value, answer: &Value, at: &str, found: &mut Vec<String>) {
    match (fixture, answer) {
        (Value::Object(expected), Value::Object(got)) => {
            for (key, value) in expected {
                match got.get(key) {
                    Some(inner) => walk(value, inner, &format!("{at}.{key}"), found),
                    None => found.push(format!("{at}.{key} is missing")),
                }
            }
        }
        (Value::Array(expected), Value::Array(got)) => {
            if let (Some(first), Some(other)) = (expected.first(), got.first()) {
                if at.ends_with(".userAssertionList") {
                    // Each assertion is one `{"<check>": "pass"}`: its key names the check, it
                    // is data, not shape.
                    if !other.is_object() {
                        found.push(format!("{at}[0] is not an object"));
                    }
                } else {
                    walk(first, other, &format!("{at}[0]"), found);
                }
            }
        }
        (Value::Object(_), _) => found.push(format!("{at} is not an object")),
        (Value::Array(_), _) => found.push(format!("{at} is not an array")),
        // Scalars: a string where the guide has a string (`expires_in` is "600", not 600).
        (Value::String(_), other) if !other.is_string() => found.push(format!("{at} is not a string")),
        _ => {}
    }
}
