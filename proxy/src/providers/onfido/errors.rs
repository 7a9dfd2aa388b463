//! Onfido answers: the body on success, and `{"error": {"type", "message", "fields"}}` mapped
//! onto our fields or error kinds.

use crate::clients::{answer, ProviderError};
use kyc_core::{Field, FieldError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Deserialize)]
struct ErrorBody {
    error: OnfidoError,
}

#[derive(Deserialize)]
struct OnfidoError {
    #[serde(rename = "type")]
    kind: Option<String>,
    message: Option<String>,
    #[serde(default)]
    fields: Map<String, Value>,
}

/// Our form field for an Onfido applicant field (`address.postcode` for address parts).
fn field_for(path: &str) -> Option<Field> {
    Some(match path {
        "first_name" => Field::FirstName,
        "last_name" => Field::LastName,
        "dob" => Field::BirthDate,
        "email" => Field::Email,
        "phone_number" => Field::MobileNumber,
        "address.street" | "address.line1" => Field::Street,
        "address.building_number" => Field::HouseNumber,
        "address.postcode" => Field::PostalCode,
        "address.town" => Field::City,
        "address.country" => Field::Country,
        _ => return None,
    })
}

/// Every refused field as (`parent.field`, message): values are lists of messages, or objects
/// of sub-fields.
fn flatten(prefix: &str, fields: &Map<String, Value>, out: &mut Vec<(String, String)>) {
    for (key, value) in fields {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            Value::Object(inner) => flatten(&path, inner, out),
            Value::Array(messages) => {
                let text: Vec<&str> = messages.iter().filter_map(Value::as_str).collect();
                out.push((path, if text.is_empty() { "was refused".to_owned() } else { text.join("; ") }));
            }
            Value::String(message) => out.push((path, message.clone())),
            _ => out.push((path, "was refused".to_owned())),
        }
    }
}

/// Reads an Onfido answer: the body on 2xx, our error otherwise.
pub(super) fn read<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    answer::read(status, body, refusal)
}

/// The error for an Onfido non-2xx answer that is not an outage.
fn refusal(status: StatusCode, body: &[u8]) -> ProviderError {
    let error = serde_json::from_slice::<ErrorBody>(body).map(|b| b.error).ok();
    let kind = error.as_ref().and_then(|e| e.kind.clone()).unwrap_or_default();
    if status == StatusCode::UNPROCESSABLE_ENTITY && kind == "validation_error" {
        let error = error.unwrap_or(OnfidoError { kind: None, message: None, fields: Map::new() });
        let mut refused = Vec::new();
        flatten("", &error.fields, &mut refused);
        let ours: Vec<FieldError> = refused
            .iter()
            .filter_map(|(path, message)| {
                let field = field_for(path)?;
                Some(answer::rejected(field, message.clone()))
            })
            .collect();
        if !ours.is_empty() && ours.len() == refused.len() {
            return ProviderError::Rejected(ours);
        }
        // Field names only, no values: the details go to logs.
        let paths: Vec<&str> = refused.iter().map(|(p, _)| p.as_str()).collect();
        let message = error.message.unwrap_or_default();
        return ProviderError::Refused(format!("{message} (fields: {paths:?})"));
    }
    ProviderError::Unexpected(format!("answered {status} ({kind})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applicant_field_errors_land_on_our_fields() {
        let body = br#"{"error":{"type":"validation_error","message":"There was a validation error",
            "fields":{"last_name":["can't be blank"],"address":{"postcode":["can't be blank"]}}}}"#;
        let Err(ProviderError::Rejected(fields)) = read::<Value>(StatusCode::UNPROCESSABLE_ENTITY, body) else {
            panic!()
        };
        let mut found: Vec<(&str, &str)> = fields.iter().map(|f| (f.field.key(), f.message.as_str())).collect();
        found.sort();
        assert_eq!(found, [("last_name", "can't be blank"), ("postal_code", "can't be blank")]);
    }

    #[test]
    fn refusals_outside_our_form_outages_and_bad_credentials_are_told_apart() {
        let body = br#"{"error":{"type":"validation_error","message":"needs a live photo","fields":{}}}"#;
        assert!(matches!(read::<Value>(StatusCode::UNPROCESSABLE_ENTITY, body), Err(ProviderError::Refused(_))));
        assert!(matches!(read::<Value>(StatusCode::BAD_GATEWAY, b""), Err(ProviderError::Unavailable(_))));
        let body = br#"{"error":{"type":"authorization_error","message":"please re-check your credentials"}}"#;
        assert!(matches!(read::<Value>(StatusCode::UNAUTHORIZED, body), Err(ProviderError::Unexpected(_))));
    }
}
