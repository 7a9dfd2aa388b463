//! Assure's per-process notifications, `{dossierId, processId, status}`. Their only
//! authenticity is the `Authorization` value the proxy gave when it created the process; a
//! notification without it is refused. Even an authentic one is a hint: the process is read
//! from Assure before anything is decided.

use super::{Notification, Signicat, PROVIDER};
use crate::error::AppError;
use crate::flow::{Ctx, EventError};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};

/// `POST /webhooks/signicat`.
#[utoipa::path(post, path = "/signicat", tag = "provider callbacks", description = "Signicat Assure's notification (with the `Authorization` value the proxy gave it): stored before it is acknowledged, then applied from the store. Authenticated as the provider documents it; not for product teams.", request_body(content = serde_json::Value, content_type = "application/json"), responses((status = 200, description = "Stored"), (status = 204, description = "Stored, or a type this proxy does not act on"), crate::openapi::Problems))]
pub async fn signicat_notification_receive(
    State(ctx): State<Ctx<Signicat>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, AppError> {
    let signicat = ctx.provider.as_deref().ok_or(AppError::NotFound)?;
    // Without a configured target the proxy asked for no notifications: none is accepted.
    let target = signicat.notification.as_ref().ok_or(AppError::NotFound)?;
    let received = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    if target.authorization.is_none() || !target.authorizes(received) {
        tracing::warn!("signicat notification without the agreed authorization refused");
        return Err(AppError::Unauthorized);
    }
    Notification::parse(&body).map_err(|_| AppError::BadRequest("not an Assure notification".into()))?;
    // Kept before the answer (Assure waits ten seconds at most); the inbox reads the process.
    ctx.env.event_accept(PROVIDER, None, &body).await?;
    Ok(StatusCode::OK)
}

/// Applies a kept notification. Only the document process decides; the bank login is read when
/// the browser comes back.
pub async fn signicat_event_apply(ctx: &Ctx<Signicat>, payload: &[u8]) -> Result<(), EventError> {
    let notification =
        Notification::parse(payload).map_err(|_| EventError::Invalid("not an Assure notification".into()))?;
    crate::flow::event_refresh(ctx, PROVIDER, notification.process.as_str().to_owned()).await
}
