//! Onfido events (`check.completed`, `report.completed`, …), signed `X-SHA2-Signature`: the hex
//! HMAC-SHA256 of the raw body with the webhook token.

use super::{Onfido, PROVIDER};
use crate::error::AppError;
use crate::flow::{Ctx, EventError};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
struct Event {
    payload: Payload,
}

#[derive(Deserialize)]
struct Payload {
    resource_type: String,
    object: Resource,
}

#[derive(Deserialize)]
struct Resource {
    id: String,
}

/// `POST /webhooks/onfido`.
#[utoipa::path(post, path = "/onfido", tag = "provider callbacks", description = "Onfido's webhook (`X-SHA2-Signature`): stored before it is acknowledged, then applied from the store. Authenticated as the provider documents it; not for product teams.", request_body(content = serde_json::Value, content_type = "application/json"), responses((status = 200, description = "Stored"), (status = 204, description = "Stored, or a type this proxy does not act on"), crate::openapi::Problems))]
pub async fn onfido_webhook_receive(
    State(ctx): State<Ctx<Onfido>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, AppError> {
    let onfido = ctx.provider.as_deref().ok_or(AppError::NotFound)?;
    let signature = headers.get("x-sha2-signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !onfido.client.webhook_signature_valid(&body, signature) {
        tracing::warn!("onfido webhook with a bad signature refused");
        return Err(AppError::Unauthorized);
    }
    let event: Event = serde_json::from_slice(&body).map_err(|_| AppError::BadRequest("not an Onfido event".into()))?;
    // Reports belong to a check; the check's own events are enough to follow it.
    if event.payload.resource_type != "check" {
        return Ok(StatusCode::OK);
    }
    // Onfido names no delivery id: an identical body is the same event delivered again. Kept
    // before the answer; the inbox reads the check and its reports from Onfido.
    ctx.env.event_accept(PROVIDER, None, &body).await?;
    Ok(StatusCode::OK)
}

/// Applies a kept check event: the check and its reports are re-read from Onfido.
pub async fn onfido_event_apply(ctx: &Ctx<Onfido>, payload: &[u8]) -> Result<(), EventError> {
    let event: Event =
        serde_json::from_slice(payload).map_err(|_| EventError::Invalid("not an Onfido event".into()))?;
    crate::flow::event_refresh(ctx, PROVIDER, event.payload.object.id).await
}
