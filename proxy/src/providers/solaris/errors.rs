//! Solaris answers: success bodies, and the `{"errors":[…]}` format mapped onto our fields.

use crate::clients::{answer, ProviderError};
use kyc_core::{Field, FieldError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize)]
struct ErrorList {
    errors: Vec<SolarisError>,
}

#[derive(Deserialize)]
struct SolarisError {
    code: Option<String>,
    detail: Option<String>,
    source: Option<Source>,
}

#[derive(Deserialize)]
struct Source {
    field: Option<String>,
    message: Option<String>,
}

/// Our form field for a Solaris `source.field` (address parts may come bare or prefixed).
pub(super) fn field_for(solaris_field: &str) -> Option<Field> {
    let key = solaris_field.strip_prefix("address.").unwrap_or(solaris_field);
    Some(match key {
        "first_name" => Field::FirstName,
        "last_name" => Field::LastName,
        "birth_date" => Field::BirthDate,
        "nationality" => Field::Nationality,
        "line_1" => Field::Street,
        "line_2" => Field::HouseNumber,
        "postal_code" => Field::PostalCode,
        "city" => Field::City,
        "country" => Field::Country,
        "mobile_number" => Field::MobileNumber,
        "email" => Field::Email,
        _ => return None,
    })
}

/// Reads a Solaris answer: the body on 2xx, our error otherwise.
pub(super) fn read<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    answer::read(status, body, refusal)
}

/// The error for a Solaris non-2xx answer that is not an outage.
fn refusal(status: StatusCode, body: &[u8]) -> ProviderError {
    let errors = serde_json::from_slice::<ErrorList>(body).map(|l| l.errors).unwrap_or_default();
    let fields: Vec<FieldError> = errors
        .iter()
        .filter_map(|e| {
            let source = e.source.as_ref()?;
            let field = field_for(source.field.as_deref()?)?;
            let message = source.message.clone().or_else(|| e.detail.clone()).unwrap_or_else(|| "was refused".into());
            Some(answer::rejected(field, message))
        })
        .collect();
    if status == StatusCode::BAD_REQUEST && !fields.is_empty() && fields.len() == errors.len() {
        return ProviderError::Rejected(fields);
    }
    let codes: Vec<&str> = errors.iter().filter_map(|e| e.code.as_deref()).collect();
    if status == StatusCode::BAD_REQUEST && codes.iter().any(|c| matches!(*c, "invalid_model" | "validation_error")) {
        let details: Vec<&str> = errors.iter().filter_map(|e| e.detail.as_deref()).collect();
        return ProviderError::Refused(details.join("; "));
    }
    ProviderError::Unexpected(format!("answered {status} with codes {codes:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_land_on_our_fields_with_the_providers_message() {
        let body = br#"{"errors":[{"id":"1ex","status":400,"code":"invalid_model","title":"Invalid Model",
            "detail":"last_name is too long","source":{"field":"last_name","message":"is too long (maximum is 50 characters)"}},
            {"id":"2ex","status":400,"code":"invalid_model","title":"Invalid Model","detail":"country not allowed",
            "source":{"field":"country","message":"Residency Country is not allowed for this branch"}}]}"#;
        let Err(ProviderError::Rejected(fields)) = read::<serde_json::Value>(StatusCode::BAD_REQUEST, body) else {
            panic!()
        };
        assert_eq!(fields[0].field, Field::LastName);
        assert_eq!(fields[0].message, "is too long (maximum is 50 characters)");
        assert_eq!(fields[1].field, Field::Country);
    }

    #[test]
    fn server_errors_mean_unavailable_and_other_refusals_unexpected() {
        assert!(matches!(read::<serde_json::Value>(StatusCode::BAD_GATEWAY, b""), Err(ProviderError::Unavailable(_))));
        let body = br#"{"errors":[{"id":"x","status":404,"code":"model_not_found","title":"Model Not Found","detail":"nope"}]}"#;
        assert!(matches!(read::<serde_json::Value>(StatusCode::NOT_FOUND, body), Err(ProviderError::Unexpected(_))));
    }
}
