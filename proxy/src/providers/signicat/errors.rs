//! Assure answers: success bodies, and problem documents mapped onto [`ProviderError`].

use crate::clients::{answer, ProviderError};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// The parts of a problem document fit for a log line: the generic title and the `traceId`
/// Signicat support asks for. The `detail` is left out, as it may quote what was sent.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Problem {
    title: Option<String>,
    trace_id: Option<String>,
}

/// The error for a non-2xx answer.
pub(super) fn error(status: StatusCode, body: &[u8]) -> ProviderError {
    if let Some(outage) = answer::outage(status) {
        return outage;
    }
    let problem: Problem = serde_json::from_slice(body).unwrap_or_default();
    let text = problem.title.unwrap_or_default();
    let trace = problem.trace_id.map(|t| format!(" (trace {t})")).unwrap_or_default();
    match status {
        StatusCode::BAD_REQUEST | StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY => {
            ProviderError::Refused(format!("{status}: {text}{trace}"))
        }
        _ => ProviderError::Unexpected(format!("answered {status}: {text}{trace}")),
    }
}

/// Reads an answer: the JSON body on 2xx, the error otherwise.
pub(super) fn read<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, ProviderError> {
    answer::read(status, body, error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_outages_and_surprises_are_told_apart() {
        let body = br#"{"status":409,"type":"base:client-problem","title":"Images missing.","detail":"Upload a selfie.","traceId":"ab12"}"#;
        let Err(ProviderError::Refused(text)) = read::<serde_json::Value>(StatusCode::CONFLICT, body) else { panic!() };
        assert_eq!(text, "409 Conflict: Images missing. (trace ab12)");
        assert!(matches!(read::<serde_json::Value>(StatusCode::BAD_GATEWAY, b""), Err(ProviderError::Unavailable(_))));
        assert!(matches!(read::<serde_json::Value>(StatusCode::NOT_FOUND, b"{}"), Err(ProviderError::Unexpected(_))));
        assert!(matches!(read::<serde_json::Value>(StatusCode::OK, b"<html>"), Err(ProviderError::Unexpected(_))));
    }
}
