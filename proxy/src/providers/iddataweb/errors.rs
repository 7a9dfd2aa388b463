//! Reading ID Dataweb answers: the body on success, otherwise our error from the status and the
//! `errorCode` / `errorDescription` envelope.

use crate::clients::{answer, ProviderError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize, Default)]
struct Envelope {
    #[serde(default, rename = "errorCode")]
    code: Value,
    #[serde(default, rename = "errorDescription")]
    description: Option<String>,
}

/// `errorCode` as text; empty when there is none (it is `""` on success).
fn code_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// Reads an answer: the body on 2xx without an `errorCode`, our error otherwise.
pub(super) fn read<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    // Not `answer::read`: ID Dataweb may put an error into a 2xx body, so success needs the envelope.
    if let Some(outage) = answer::outage(status) {
        return Err(outage);
    }
    let envelope: Envelope = serde_json::from_slice(body).unwrap_or_default();
    let code = code_of(&envelope.code);
    let description = envelope.description.unwrap_or_default();
    if status.is_success() && code.is_empty() {
        return answer::body(status, body);
    }
    match status {
        // The request did not fit the step or the transaction: the flow asked for something the
        // provider does not offer at this point.
        StatusCode::BAD_REQUEST | StatusCode::CONFLICT => Err(ProviderError::Refused(description)),
        _ => Err(ProviderError::Unexpected(format!("answered {status} with errorCode '{code}'"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outages_refusals_and_surprises_are_told_apart() {
        let read = |status, body: &str| read::<Value>(status, body.as_bytes());
        assert!(matches!(read(StatusCode::BAD_GATEWAY, ""), Err(ProviderError::Unavailable(_))));
        let refused = read(StatusCode::BAD_REQUEST, r#"{"errorCode":"400","errorDescription":"asi is required."}"#);
        assert!(matches!(refused, Err(ProviderError::Refused(d)) if d == "asi is required."));
        assert!(matches!(read(StatusCode::UNAUTHORIZED, r#"{"errorCode":"401"}"#), Err(ProviderError::Unexpected(_))));
        let in_body = read(StatusCode::OK, r#"{"errorCode":"500","errorDescription":"internal"}"#);
        assert!(matches!(in_body, Err(ProviderError::Unexpected(_))));
        assert!(read(StatusCode::OK, r#"{"errorCode":"","policyDecision":"approve"}"#).is_ok());
    }
}
