//! The Assure error body, a problem document:
//! `{"instance":"/assure/dossiers/","method":"POST","status":400,"type":"base:client-problem",
//! "title":"…","detail":"…","traceId":"…"}`; [`echo_request`] adds the request's path and method.

use super::store::random_hex;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use serde_json::json;

/// An error answer of the Assure API.
#[derive(Debug)]
pub(crate) struct Problem {
    status: StatusCode,
    title: &'static str,
    detail: String,
    /// `WWW-Authenticate` for 401 answers.
    challenge: Option<&'static str>,
}

impl Problem {
    /// A problem with `status`, a fixed title and a detail for this occurrence.
    pub fn new(status: StatusCode, title: &'static str, detail: impl Into<String>) -> Self {
        Self { status, title, detail: detail.into(), challenge: None }
    }

    /// 400 for a request the API cannot take as it is.
    pub fn bad_request(title: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, title, detail)
    }

    /// 401 with the documented wording for a missing or unusable bearer token.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self {
            challenge: Some("Bearer"),
            ..Self::new(StatusCode::UNAUTHORIZED, "Malformed Authorization header.", detail)
        }
    }

    /// 404 for a dossier or process that does not exist (or no longer does).
    pub fn not_found(what: &'static str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "Resource not found.", format!("There is no such {what}."))
    }

    /// 409 for a request that does not fit the resource's current state.
    pub fn conflict(title: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, title, detail)
    }

    /// 404 for a path the simulator does not serve.
    pub fn route_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "Not found.", "This path does not exist in the Signicat sandbox.")
    }

    /// 405 for a known path with the wrong method.
    pub fn method_not_allowed() -> Self {
        Self::new(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed.", "This method is not allowed on this path.")
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let kind = if self.status.is_server_error() { "base:server-problem" } else { "base:client-problem" };
        let body = json!({
            "status": self.status.as_u16(),
            "type": kind,
            "title": self.title,
            "detail": self.detail,
            "traceId": random_hex(),
        });
        let mut response =
            (self.status, [(header::CONTENT_TYPE, "application/problem+json")], body.to_string()).into_response();
        if let Some(challenge) = self.challenge {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        }
        response
    }
}

/// Adds the request's path (`instance`) and method to every problem document, as Assure's
/// documented error body shows them.
pub(crate) async fn echo_request(request: Request, next: Next) -> Response {
    let (instance, method) = (request.uri().path().to_owned(), request.method().to_string());
    let response = next.run(request).await;
    let is_problem = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v == "application/problem+json");
    if !is_problem {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Problem documents are a few hundred bytes.
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut document: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if let Some(fields) = document.as_object_mut() {
        fields.insert("instance".into(), instance.into());
        fields.insert("method".into(), method.into());
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(document.to_string()))
}
