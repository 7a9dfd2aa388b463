//! What every adapter does alike with a provider's answer, whatever its error format: a JSON
//! body on 2xx, an outage on 5xx or 429, and otherwise the provider's own refusal.

use crate::clients::ProviderError;
use kyc_core::{Field, FieldError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

/// The outage a status stands for: a 5xx, or a 429 (the provider asks us to come back later,
/// which for the user is the same as it being down).
pub(crate) fn outage(status: StatusCode) -> Option<ProviderError> {
    let down = status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS;
    down.then(|| ProviderError::Unavailable(format!("answered {status}")))
}

/// The JSON body of an answer we take as a success.
pub(crate) fn body<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    serde_json::from_slice(body).map_err(|e| ProviderError::Unexpected(format!("unreadable {status} body: {e}")))
}

/// Reads an answer: the body on 2xx, an outage on 5xx or 429, otherwise what `refusal` makes of
/// the provider's error format.
pub(crate) fn read<T: DeserializeOwned>(
    status: StatusCode,
    bytes: &[u8],
    refusal: impl FnOnce(StatusCode, &[u8]) -> ProviderError,
) -> Result<T, ProviderError> {
    if status.is_success() {
        return body(status, bytes);
    }
    Err(outage(status).unwrap_or_else(|| refusal(status, bytes)))
}

/// One of our form fields as the provider refused it, with the provider's message.
pub(crate) fn rejected(field: Field, message: String) -> FieldError {
    FieldError { field, code: "provider_rejected".into(), message }
}
