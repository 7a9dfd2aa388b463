//! Onfido's error body, `{"error": {"type", "message", "fields"}}`, for every failure of the
//! simulator so that clients need one error parser.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};

/// An error answer.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    kind: &'static str,
    message: String,
    fields: Map<String, Value>,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        Self { status, kind, message: message.into(), fields: Map::new() }
    }

    /// 401: missing or wrong API token.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "authorization_error",
            "Authorization error: please re-check your credentials",
        )
    }

    /// 404 for an id that does not exist.
    pub fn not_found(resource: &str, id: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "resource_not_found", format!("The {resource} '{id}' could not be found"))
    }

    /// 404 for a path the simulator does not serve.
    pub fn route_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "resource_not_found", "This path does not exist in the Onfido sandbox")
    }

    /// 405 for a known path with the wrong method.
    pub fn method_not_allowed() -> Self {
        Self::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "This method is not allowed on this path")
    }

    /// 400: a body that cannot be read at all.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// 422 with the refused fields; a field holds its messages, or an object of its refused
    /// sub-fields (`address.postcode`).
    pub fn validation(problems: Problems) -> Self {
        let mut error = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_error",
            "There was a validation error on this request",
        );
        error.fields = problems.fields;
        error
    }

    /// 422 about the request as a whole (e.g. a check without the data its reports need).
    pub fn unprocessable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "validation_error", message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "type": self.kind, "message": self.message, "fields": self.fields } });
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Token"));
        }
        response
    }
}

/// Refused fields, collected while a request is read.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    fields: Map<String, Value>,
}

impl Problems {
    /// `path` is `field` or `parent.field` (one level, as in `address.postcode`).
    pub fn add(&mut self, path: &str, message: impl Into<String>) {
        let (target, key) = match path.split_once('.') {
            Some((parent, key)) => {
                let entry = self.fields.entry(parent).or_insert_with(|| Value::Object(Map::new()));
                if !entry.is_object() {
                    *entry = Value::Object(Map::new());
                }
                (entry.as_object_mut().expect("made an object above"), key)
            }
            None => (&mut self.fields, path),
        };
        let messages = target.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = messages {
            list.push(Value::String(message.into()));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// `Ok` when nothing was refused, the 422 otherwise.
    pub fn into_result(self) -> Result<(), ApiError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(self))
        }
    }
}
