//! The capture signals sent beside a picture (`kyc-capture-signals`), parsed again here: the
//! browser's word is only kept once it is the typed, bounded value the app sends.

use crate::error::AppError;
use axum::http::HeaderMap;
use kyc_core::capture::signals::{CaptureSignals, SIGNALS_HEADER, SIGNALS_MAX_BYTES};

/// The signals of an upload; `None` without the header (an older app, or a script).
pub fn signals_of(headers: &HeaderMap) -> Result<Option<CaptureSignals>, AppError> {
    let Some(value) = headers.get(SIGNALS_HEADER) else { return Ok(None) };
    let bad = |why: &str| AppError::BadRequest(format!("{SIGNALS_HEADER}: {why}"));
    if value.len() > SIGNALS_MAX_BYTES {
        return Err(bad("too long"));
    }
    let text = value.to_str().map_err(|_| bad("not text"))?;
    serde_json::from_str(text).map(Some).map_err(|e| bad(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(SIGNALS_HEADER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn only_the_apps_typed_signals_are_taken() {
        assert_eq!(signals_of(&HeaderMap::new()).unwrap(), None);
        let file = serde_json::to_string(&CaptureSignals::file()).unwrap();
        assert_eq!(signals_of(&headers(&file)).unwrap(), Some(CaptureSignals::file()));
        assert!(signals_of(&headers(r#"{"source":"file","verdict":"fraud"}"#)).is_err());
        assert!(signals_of(&headers(&" ".repeat(SIGNALS_MAX_BYTES + 1))).is_err());
    }
}
