//! Xpollens callbacks 34, 4 and 35 (`POST /webhooks/xpollens`). Only configured source
//! addresses with the agreed Basic credentials are heard; a callback is kept in the inbox before
//! it is acknowledged, and applied from there (what it says is re-read from the API first).

use super::callback_flow::{callback_authentic, callback_handle};
use super::{Callback, CallbackError, Xpollens, PROVIDER};
use crate::error::AppError;
use crate::flow::{Ctx, EventError};
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};

/// `POST /webhooks/xpollens`.
#[utoipa::path(post, path = "/xpollens", tag = "provider callbacks", description = "Xpollens' callback (from its published addresses): stored before it is acknowledged, then applied from the store. Authenticated as the provider documents it; not for product teams.", request_body(content = serde_json::Value, content_type = "application/json"), responses((status = 200, description = "Stored"), (status = 204, description = "Stored, or a type this proxy does not act on"), crate::openapi::Problems))]
pub async fn xpollens_webhook_receive(
    State(ctx): State<Ctx<Xpollens>>,
    request: Request,
) -> Result<StatusCode, AppError> {
    ctx.provider.as_ref().ok_or(AppError::NotFound)?;
    // Behind a reverse proxy, the address it names (`KYC_TRUSTED_PROXIES`), not its own.
    let source = crate::client_ip::client_ip(request.extensions(), request.headers());
    let authorization = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
    if !callback_authentic(&ctx, source, authorization.as_deref()) {
        tracing::warn!(?source, "xpollens callback from an unknown source or with wrong credentials refused");
        return Err(AppError::Unauthorized);
    }
    let body: Bytes = axum::body::to_bytes(request.into_body(), 64 * 1024)
        .await
        .map_err(|_| AppError::BadRequest("unreadable body".into()))?;
    let callback = match Callback::parse(&body) {
        Ok(callback) => callback,
        // Other callback types (top-ups, cards) are not this flow's business.
        Err(CallbackError::UnhandledType(_)) => return Ok(StatusCode::NO_CONTENT),
        Err(e) => return Err(AppError::BadRequest(e.to_string())),
    };
    // Xpollens names no delivery id. 34 and 35 never say the same thing twice (a status does
    // not come back, a new wallet has a new code): the inbox keeps one row per content, for
    // good, so one delivered again (even after a restart) is acknowledged and not applied. A 4
    // may legitimately repeat (each facial attempt reports "Pending" alike): each is kept, and
    // one equal to the last applied is dropped when applied (see `callback_handle`).
    let key = callback.delivery_key();
    let delivery = match callback {
        Callback::Kyc { .. } => format!("{key}@{}", crate::clock::now().unix_millis()),
        Callback::UserStatus { .. } | Callback::ActivationCode { .. } => key,
    };
    ctx.env.event_accept(PROVIDER, Some(delivery), &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Applies a kept callback (one about no prospect of ours is done with).
pub async fn xpollens_event_apply(ctx: &Ctx<Xpollens>, payload: &[u8]) -> Result<(), EventError> {
    let callback = Callback::parse(payload).map_err(|e| EventError::Invalid(e.to_string()))?;
    callback_handle(ctx, callback).await?;
    Ok(())
}
