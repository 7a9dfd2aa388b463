//! The proxy's one error type and its one JSON shape (`kyc_core::api::ErrorBody`).
//!
//! Internal details (SQL errors, provider bodies) are logged by the code that saw them and never
//! sent to the browser: a 5xx carries a generic message.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kyc_core::api::{ErrorBody, ErrorDetail};
use kyc_core::FieldError;

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Input refused, field by field.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// A request body that is not the expected JSON.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Missing, unknown or expired session token.
    #[error("unauthorized")]
    Unauthorized,
    /// Unknown resource.
    #[error("not found")]
    NotFound,
    /// The request does not fit the session's state (e.g. identification before consents).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The identity provider could not be reached or answered unexpectedly.
    #[error("provider unavailable")]
    ProviderUnavailable,
    /// The provider will not do this for this user; retrying will not help.
    #[error("provider refused")]
    ProviderRefused,
    /// A launch link that was used before or is past its time.
    #[error("link expired")]
    LinkExpired,
    /// An upload that is not a usable JPEG or PNG picture; the message says why.
    #[error("invalid image: {0}")]
    InvalidImage(&'static str),
    /// An upload of a type other than JPEG or PNG.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// An upload larger than the route accepts.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The caller asked too often; the message says what to do instead.
    #[error("too many requests: {why}")]
    TooManyRequests {
        /// What to tell the caller.
        why: String,
        /// When to try again (`Retry-After`, in whole seconds, at least one).
        retry_after: std::time::Duration,
    },
    /// The caller may not do this (e.g. a flow its team's policy does not include).
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// A service this deployment has not configured (e.g. text messages).
    #[error("not configured")]
    NotConfigured,
    /// This instance should not be sent requests now (stopping, or its store does not answer).
    #[error("not ready")]
    NotReady,
    /// The request took longer than its deadline ([`crate::deadlines`]); nothing says whether
    /// what it started was finished.
    #[error("timed out")]
    Timeout,
    /// Too much of this work is already under way here (picture decodes); try again shortly.
    #[error("busy")]
    Busy,
    /// Anything else; details were logged where it happened.
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// Over a rate limit: try again after `retry_after`.
    pub fn rate_limited(retry_after: std::time::Duration) -> Self {
        Self::TooManyRequests { why: "Too many requests. Please try again in a moment.".into(), retry_after }
    }

    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            Self::Validation(_) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "validation_failed", "Some fields need attention.".into())
            }
            Self::BadRequest(why) => (StatusCode::BAD_REQUEST, "bad_request", why.clone()),
            Self::Unauthorized => {
                (StatusCode::UNAUTHORIZED, "unauthorized", "The session is missing or has expired.".into())
            }
            Self::NotFound => (StatusCode::NOT_FOUND, "not_found", "Not found.".into()),
            Self::Forbidden(why) => (StatusCode::FORBIDDEN, "forbidden", why.clone()),
            Self::TooManyRequests { why, .. } => (StatusCode::TOO_MANY_REQUESTS, "too_many_requests", why.clone()),
            Self::Conflict(why) => (StatusCode::CONFLICT, "conflict", why.clone()),
            Self::ProviderUnavailable => (
                StatusCode::BAD_GATEWAY,
                "provider_unavailable",
                "The identification service is not reachable right now. Please try again in a moment.".into(),
            ),
            Self::ProviderRefused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "provider_refused",
                "The identification service cannot carry out this identification. Please contact support.".into(),
            ),
            Self::LinkExpired => (
                StatusCode::GONE,
                "link_expired",
                "This link has expired or was already used. Please go back to the service that sent you here for a new one."
                    .into(),
            ),
            Self::InvalidImage(why) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_image", (*why).into()),
            Self::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Only JPEG and PNG pictures are accepted.".into(),
            ),
            Self::PayloadTooLarge => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", "The upload is too large.".into())
            }
            Self::NotConfigured => (
                StatusCode::SERVICE_UNAVAILABLE,
                "not_configured",
                "This service is not available here.".into(),
            ),
            Self::NotReady => (
                StatusCode::SERVICE_UNAVAILABLE,
                "not_ready",
                "The service is briefly unavailable. Please try again in a moment.".into(),
            ),
            Self::Timeout => (
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "The service took too long to answer. Please try again in a moment.".into(),
            ),
            Self::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "The service is busy right now. Please try again in a moment.".into(),
            ),
            Self::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Something went wrong on our side. Please try again.".into(),
            ),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code, message) = self.parts();
        let retry_after = match &self {
            Self::TooManyRequests { retry_after, .. } => Some(retry_after.as_secs_f64().ceil().max(1.0) as u64),
            _ => None,
        };
        let fields = match self {
            Self::Validation(fields) => fields,
            _ => Vec::new(),
        };
        let body = ErrorBody { error: ErrorDetail { code: code.into(), message, fields } };
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<crate::store::StoreError> for AppError {
    fn from(err: crate::store::StoreError) -> Self {
        tracing::error!(error = %err, "storage failed");
        // The database out of reach is the instance's trouble, not the request's: 503, which
        // a load balancer may try elsewhere.
        if err.unavailable() {
            Self::NotReady
        } else {
            Self::Internal
        }
    }
}

impl From<crate::clients::ProviderError> for AppError {
    fn from(err: crate::clients::ProviderError) -> Self {
        use crate::clients::ProviderError;
        match err {
            ProviderError::Rejected(fields) => Self::Validation(fields),
            ProviderError::Refused(detail) => {
                tracing::warn!(detail = %detail, "provider refused the request");
                Self::ProviderRefused
            }
            other => {
                tracing::warn!(error = %other, "provider call failed");
                Self::ProviderUnavailable
            }
        }
    }
}

impl From<axum::extract::rejection::JsonRejection> for AppError {
    fn from(rejection: axum::extract::rejection::JsonRejection) -> Self {
        Self::BadRequest(rejection.body_text())
    }
}
