//! Assure's per-process notifications, `{dossierId, processId, status}`. Their only
//! authenticity is the `Authorization` value the proxy gave when it created the process; a
//! notification without it is refused. Even an authentic one is a hint: the process is read
//! from Assure before anything is decided.

use super::{Notification, Signicat, PROVIDER};
use crate::error::AppError;
use crate::flow::Ctx;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};

/// `POST /webhooks/signicat`.
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
    let notification =
        Notification::parse(&body).map_err(|_| AppError::BadRequest("not an Assure notification".into()))?;
    // Only the document process decides; the bank login is read when the browser comes back.
    let owner = ctx.env.store.identification_owner(PROVIDER, notification.process.as_str().to_owned()).await?;
    let Some(session) = owner else { return Ok(StatusCode::OK) };
    // Answered at once (Assure waits ten seconds at most); the process is read after.
    crate::flow::refresh_later(ctx, session);
    Ok(StatusCode::OK)
}
