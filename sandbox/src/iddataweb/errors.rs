//! Errors in ID Dataweb's envelope: `{"errorCode": …, "errorDescription": …}`, the two fields
//! every answer of the API carries (empty on success).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// A refused request.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub description: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, description: impl Into<String>) -> Self {
        Self { status, code, description: description.into() }
    }

    /// 401: wrong `apiKey:sharedSecret` on `/token`.
    pub fn invalid_client() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "401", "The API key or shared secret is wrong.")
    }

    /// 401: no bearer token, or one that is unknown or older than 600 seconds.
    pub fn invalid_token() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "401", "Send a valid access token as 'Authorization: Bearer <token>'.")
    }

    /// 400: the request itself is wrong (missing attribute, bad JSON, unknown grant type…).
    pub fn bad_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "400", description)
    }

    /// 404: an unknown transaction, link or device.
    pub fn unknown(what: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "404", format!("There is no such {what}."))
    }

    /// 409: the call does not fit the transaction's state (already decided, wrong step).
    pub fn conflict(description: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "409", description)
    }

    /// 404 for a path this simulator does not serve.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "404", "This path does not exist in the ID Dataweb sandbox.")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "errorCode": self.code, "errorDescription": self.description });
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
