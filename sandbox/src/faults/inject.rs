//! The middleware over the whole simulator router that applies request faults.

use super::{Action, Faults, CONTROL_PATH};
use axum::extract::{Request, State};
use axum::http::header::RETRY_AFTER;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use std::time::Duration;

/// Applies the first request fault matching the request, if any; the control routes are
/// exempt so that a test can always list and clear faults.
pub(crate) async fn inject(State(faults): State<Faults>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path == CONTROL_PATH || path.starts_with(&format!("{CONTROL_PATH}/")) {
        return next.run(request).await;
    }
    let Some(action) = faults.for_request(request.method().as_str(), path) else {
        return next.run(request).await;
    };
    tracing::info!(method = %request.method(), path, ?action, "sandbox fault applied");
    match action {
        Action::Status { status, retry_after_secs } => injected(status, retry_after_secs),
        Action::DelayBefore { ms } => {
            // If the caller gives up meanwhile, this future is dropped and the simulator never
            // sees the request, as with a provider that never got it.
            tokio::time::sleep(Duration::from_millis(ms)).await;
            next.run(request).await
        }
        Action::DelayAfter { ms } => {
            // The handler has finished (state changed, deliveries queued) before the wait.
            let response = next.run(request).await;
            tokio::time::sleep(Duration::from_millis(ms)).await;
            response
        }
        // Never matched against requests (see `Fault::matches`).
        Action::DropWebhooks { .. } => next.run(request).await,
    }
}

/// The injected answer: the status, with `Retry-After` when asked, and a body that says where
/// it came from, so a log reader does not blame the provider's code.
fn injected(status: u16, retry_after_secs: Option<u64>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let body = json!({ "error": { "type": "sandbox_fault", "message": "injected by POST /sandbox/faults" } });
    let mut response = (status, Json(body)).into_response();
    if let Some(secs) = retry_after_secs {
        response.headers_mut().insert(RETRY_AFTER, secs.into());
    }
    response
}
