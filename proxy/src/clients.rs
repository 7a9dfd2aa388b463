//! What every provider's adapter is built from, and the two services that are not identity
//! providers: the address service and the SMS gateway. Nothing here names a provider.

pub mod address;
pub mod answer;
pub mod bearer_api;
pub(crate) mod retry;
pub mod sms;
pub mod token_cache;

use kyc_core::FieldError;

/// Why a provider call failed.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// Not reachable, timed out, or a 5xx.
    #[error("provider unavailable: {0}")]
    Unavailable(String),
    /// The provider refused the data, field by field (already mapped to our fields).
    #[error("provider rejected {} field(s)", .0.len())]
    Rejected(Vec<FieldError>),
    /// The provider refused the request itself (not a field of it), e.g. a method or scenario
    /// it does not offer for this person. The detail is for logs only.
    #[error("provider refused the request: {0}")]
    Refused(String),
    /// Credentials refused, unknown resource or an answer we cannot read.
    #[error("unexpected provider answer: {0}")]
    Unexpected(String),
}

impl From<reqwest::Error> for ProviderError {
    fn from(err: reqwest::Error) -> Self {
        // Without the URL: it may carry provider ids, which stay out of logs.
        Self::Unavailable(err.without_url().to_string())
    }
}
