//! Reading JSON request bodies the way Solaris does: a broken body is `invalid_json`, a field of
//! the wrong type is a problem of that field.

use super::errors::{ApiError, FieldProblem, INVALID_JSON};
use serde_json::{Map, Value};

/// The request body as a JSON object; anything else is Solaris's `invalid_json`.
pub(crate) fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::new(INVALID_JSON, "The request body must be a JSON object.")),
        Err(e) => Err(ApiError::new(INVALID_JSON, format!("The request body is not valid JSON: {e}"))),
    }
}

/// What an optional string field holds.
pub(crate) enum Text<'a> {
    /// Missing or `null`.
    Absent,
    /// A string.
    Present(&'a str),
    /// Anything else.
    WrongType,
}

/// Looks at the optional string field `key`.
pub(crate) fn text<'a>(object: &'a Map<String, Value>, key: &str) -> Text<'a> {
    match object.get(key) {
        None | Some(Value::Null) => Text::Absent,
        Some(Value::String(s)) => Text::Present(s),
        Some(_) => Text::WrongType,
    }
}

/// The optional string field `key`, reporting a value of another type as a problem.
pub(crate) fn optional_string(
    object: &Map<String, Value>,
    key: &str,
    problems: &mut Vec<FieldProblem>,
) -> Option<String> {
    match text(object, key) {
        Text::Absent => None,
        Text::Present(s) => Some(s.to_owned()),
        Text::WrongType => {
            problems.push(FieldProblem::new(key, "must be a string"));
            None
        }
    }
}
