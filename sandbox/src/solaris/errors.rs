//! The Solaris error body, `{"errors":[{id, status, code, title, detail, source?}]}`, used by
//! every endpoint of the simulator so that clients need one error parser.

use crate::clock::random_hex;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// A kind of error: HTTP status, machine code and generic title.
pub(crate) struct Kind(pub StatusCode, pub &'static str, pub &'static str);

pub(crate) const INVALID_MODEL: Kind = Kind(StatusCode::BAD_REQUEST, "invalid_model", "Invalid Model");
pub(crate) const INVALID_JSON: Kind = Kind(StatusCode::BAD_REQUEST, "invalid_json", "Invalid JSON");
pub(crate) const MODEL_NOT_FOUND: Kind = Kind(StatusCode::NOT_FOUND, "model_not_found", "Model Not Found");
pub(crate) const TOKEN_REQUIRED: Kind = Kind(StatusCode::UNAUTHORIZED, "token_required", "Token Required");
pub(crate) const INVALID_TOKEN: Kind = Kind(StatusCode::UNAUTHORIZED, "invalid_token", "Invalid Token");
pub(crate) const INVALID_CLIENT: Kind = Kind(StatusCode::UNAUTHORIZED, "invalid_client", "Invalid Client");
pub(crate) const UNSUPPORTED_GRANT_TYPE: Kind =
    Kind(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Unsupported Grant Type");
const NOT_FOUND: Kind = Kind(StatusCode::NOT_FOUND, "not_found", "Not Found");
const METHOD_NOT_ALLOWED: Kind = Kind(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "Method Not Allowed");

#[derive(Debug, Serialize)]
struct Entry {
    id: String,
    status: u16,
    code: &'static str,
    title: &'static str,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<FieldProblem>,
}

/// An error answer in the Solaris format.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    entries: Vec<Entry>,
    /// Challenge for 401 answers, so generic HTTP clients know which scheme is expected.
    challenge: Option<&'static str>,
}

impl ApiError {
    /// One error of `kind`.
    pub fn new(Kind(status, code, title): Kind, detail: impl Into<String>) -> Self {
        let entry = Entry { id: error_id(), status: status.as_u16(), code, title, detail: detail.into(), source: None };
        Self { status, entries: vec![entry], challenge: None }
    }

    /// Adds a `WWW-Authenticate` challenge.
    pub fn with_challenge(self, challenge: &'static str) -> Self {
        Self { challenge: Some(challenge), ..self }
    }

    /// 400 `invalid_model`, one entry per refused field; the detail repeats the field name first
    /// as Solaris does ("last_name is too long …").
    pub fn invalid_model(problems: Vec<FieldProblem>) -> Self {
        let Kind(status, code, title) = INVALID_MODEL;
        let entries = problems
            .into_iter()
            .map(|p| Entry {
                id: error_id(),
                status: status.as_u16(),
                code,
                title,
                detail: format!("{} {}", p.field, p.message),
                source: Some(p),
            })
            .collect();
        Self { status, entries, challenge: None }
    }

    /// 404 `model_not_found` for a resource id that does not exist.
    pub fn model_not_found(model: &str, id: &str) -> Self {
        Self::new(MODEL_NOT_FOUND, format!("There is no {model} with id '{id}'."))
    }

    /// 404 for a path the simulator does not serve.
    pub fn route_not_found() -> Self {
        Self::new(NOT_FOUND, "This path does not exist in the Solaris sandbox.")
    }

    /// 405 for a known path with the wrong method.
    pub fn method_not_allowed() -> Self {
        Self::new(METHOD_NOT_ALLOWED, "This method is not allowed on this path.")
    }
}

/// Error ids look like Solaris's: 32 hex digits and the `ex` suffix.
fn error_id() -> String {
    format!("{}ex", random_hex())
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "errors": self.entries });
        let mut response = (self.status, Json(body)).into_response();
        if let Some(challenge) = self.challenge {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        }
        response
    }
}

/// A refused field of a model: the field name and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl FieldProblem {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self { field: field.to_owned(), message: message.into() }
    }
}
