//! Probes for a load balancer or an orchestrator: liveness (`/api/health`) and readiness
//! (`/api/ready`), kept apart so that a slow store takes the instance out of rotation without
//! getting the process restarted.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;

/// `GET /api/health`: 200 as long as the process serves requests; it reads nothing, so that a
/// store in trouble is not mistaken for a process to restart.
#[utoipa::path(get, path = "/health", tag = "operations", responses((status = 200, description = "The process serves requests", body = String, content_type = "text/plain")))]
pub async fn health_show() -> &'static str {
    "ok"
}

/// `GET /api/ready`: 200 when the store answers a trivial query within a second; 503
/// (`not_ready`, the one error shape) otherwise and from SIGTERM on.
#[utoipa::path(get, path = "/ready", tag = "operations", responses((status = 200, description = "Ready for requests", body = String, content_type = "text/plain"), crate::openapi::Problems))]
pub async fn ready_show(State(state): State<AppState>) -> Result<&'static str, AppError> {
    match state.readiness.check(&state.env.store).await {
        Ok(()) => Ok("ready"),
        Err(why) => {
            tracing::debug!(?why, "not ready");
            Err(AppError::NotReady)
        }
    }
}
