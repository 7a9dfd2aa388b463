//! The guides' example payloads (our fixtures under `proxy/tests/fixtures/`), and whether a
//! simulator answers in their shape ([`kyc_sandbox::shape`]).

use serde_json::Value;

/// The fixture `name` under `proxy/tests/fixtures/`, read when the test runs.
pub fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../proxy/tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The places where `answer` departs from the shape of `fixture` (empty: the same shape); ID
/// Dataweb's assertions are data, not shape.
pub fn departures(fixture: &Value, answer: &Value) -> Vec<String> {
    kyc_sandbox::shape::departures_beside(fixture, answer, &["userAssertionList"])
}
