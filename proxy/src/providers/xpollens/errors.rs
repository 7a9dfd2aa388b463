//! Xpollens answers: the body on success, [`ProviderError`] otherwise. Field refusals are mapped
//! onto our form fields where they name one.

use crate::clients::{answer, ProviderError};
use kyc_core::{Field, FieldError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
struct ErrorWire {
    code: String,
    message: String,
    fields: Vec<FieldWire>,
}

#[derive(Deserialize)]
struct FieldWire {
    field: String,
    message: String,
}

/// Our form field for a profile field of Xpollens.
fn field_for(xpollens_field: &str) -> Option<Field> {
    Some(match xpollens_field {
        "firstName" => Field::FirstName,
        "lastName" => Field::LastName,
        "birthDate" => Field::BirthDate,
        "nationality" => Field::Nationality,
        "email" => Field::Email,
        "phoneNumber" => Field::MobileNumber,
        "address.street" => Field::Street,
        "address.zipCode" => Field::PostalCode,
        "address.city" => Field::City,
        "address.country" => Field::Country,
        _ => return None,
    })
}

/// Reads an answer: `T` on 2xx, our error otherwise.
pub(super) fn read<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    answer::read(status, body, refusal)
}

/// The error for an Xpollens non-2xx answer that is not an outage.
fn refusal(status: StatusCode, body: &[u8]) -> ProviderError {
    let error: ErrorWire = serde_json::from_slice(body).unwrap_or_default();
    if status == StatusCode::BAD_REQUEST && !error.fields.is_empty() {
        let mapped: Vec<FieldError> = error
            .fields
            .iter()
            .filter_map(|f| {
                let field = field_for(&f.field)?;
                Some(answer::rejected(field, f.message.clone()))
            })
            .collect();
        if mapped.len() == error.fields.len() {
            return ProviderError::Rejected(mapped);
        }
        let details: Vec<String> = error.fields.iter().map(|f| format!("{} {}", f.field, f.message)).collect();
        return ProviderError::Refused(details.join("; "));
    }
    match status {
        StatusCode::BAD_REQUEST | StatusCode::FORBIDDEN | StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY => {
            ProviderError::Refused(format!("{} ({})", error.code, error.message))
        }
        _ => ProviderError::Unexpected(format!("answered {status} with code '{}'", error.code)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_fields_land_on_our_fields_and_other_refusals_stay_refusals() {
        let body = br#"{"code":"invalid_fields","message":"x","fields":[{"field":"address.zipCode","message":"is required"}]}"#;
        let Err(ProviderError::Rejected(fields)) = read::<serde_json::Value>(StatusCode::BAD_REQUEST, body) else {
            panic!()
        };
        assert_eq!((fields[0].field, fields[0].message.as_str()), (Field::PostalCode, "is required"));
        let tax = br#"{"code":"invalid_fields","message":"x","fields":[{"field":"taxInformation[0].taxCountry","message":"bad"}]}"#;
        assert!(matches!(read::<serde_json::Value>(StatusCode::BAD_REQUEST, tax), Err(ProviderError::Refused(_))));
        let locked = br#"{"code":"identification_locked","message":"KYC validated"}"#;
        let Err(ProviderError::Refused(detail)) = read::<serde_json::Value>(StatusCode::FORBIDDEN, locked) else {
            panic!()
        };
        assert!(detail.starts_with("identification_locked"));
    }

    #[test]
    fn outages_are_unavailable_and_unknown_users_unexpected() {
        assert!(matches!(
            read::<serde_json::Value>(StatusCode::SERVICE_UNAVAILABLE, b""),
            Err(ProviderError::Unavailable(_))
        ));
        let missing = br#"{"code":"user_not_found","message":"no"}"#;
        assert!(matches!(read::<serde_json::Value>(StatusCode::NOT_FOUND, missing), Err(ProviderError::Unexpected(_))));
    }
}
