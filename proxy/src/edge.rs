//! The one middleware every request passes on its way in and out: its deadline
//! ([`crate::deadlines`]), HTTPS as the browser saw it ([`crate::https`]: HSTS, or the redirect
//! from plain HTTP) and the headers of an HTML answer ([`crate::page_headers`]). One layer, not
//! three: the status poll runs through it tens of thousands of times a second, and each layer
//! of its own costs a boxed future and a pass through the stack.

use crate::deadlines::Deadlines;
use crate::error::AppError;
use crate::page_headers::Page;
use axum::extract::{Request, State};
use axum::http::header::STRICT_TRANSPORT_SECURITY;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// What the edge needs: the public origin (for the redirect) and the deadlines.
#[derive(Clone)]
pub struct Edge {
    /// `KYC_PUBLIC_URL`.
    pub public_url: Arc<str>,
    /// How long requests may take.
    pub deadlines: Deadlines,
}

/// Middleware over the whole app.
pub async fn edge_pass(State(edge): State<Edge>, req: Request, next: Next) -> Response {
    let https = crate::https::over_https(req.extensions(), req.headers());
    if https == Some(false) && edge.public_url.starts_with("https://") {
        return crate::https::redirect(&edge.public_url, req.uri());
    }
    let page = Page::of(req.uri().path());
    let limit = edge.deadlines.of(req.method(), req.uri().path());
    let mut response = match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(limit_secs = limit.as_secs_f64(), "request past its deadline");
            AppError::Timeout.into_response()
        }
    };
    if https == Some(true) {
        response.headers_mut().insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(crate::https::HSTS));
    }
    page.complete(&mut response);
    response
}
