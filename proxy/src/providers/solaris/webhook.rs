//! Solaris `IDENTIFICATION` events, signed `Solaris-Webhook-Signature: sha256=<hex>` with the
//! subscription secret over the raw body.

use super::{Solaris, PROVIDER};
use crate::error::AppError;
use crate::flow::{Ctx, EventError};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use secrecy::ExposeSecret;
use serde::Deserialize;

#[derive(Deserialize)]
struct IdentificationEvent {
    id: String,
}

/// The identification an `IDENTIFICATION` event names (its payload is only a hint: the status
/// is re-read); `None` for a body that is not such an event.
pub fn identification_event_id(body: &[u8]) -> Option<String> {
    serde_json::from_slice::<IdentificationEvent>(body).ok().map(|e| e.id).filter(|id| !id.is_empty())
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Constant-time check of `sha256=<hex>` against the HMAC of `body`.
pub fn signature_valid(secret: &[u8], body: &[u8], header_value: &str) -> bool {
    header_value.strip_prefix("sha256=").is_some_and(|hex| crate::auth::hmac_sha256_hex_valid(secret, body, hex))
}

/// `POST /webhooks/solaris`.
#[utoipa::path(post, path = "/solaris", tag = "provider callbacks", description = "Solaris' webhook (`Solaris-Webhook-Signature`): stored before it is acknowledged, then applied from the store. Authenticated as the provider documents it; not for product teams.", request_body(content = serde_json::Value, content_type = "application/json"), responses((status = 200, description = "Stored"), (status = 204, description = "Stored, or a type this proxy does not act on"), crate::openapi::Problems))]
pub async fn solaris_webhook_receive(
    State(ctx): State<Ctx<Solaris>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, AppError> {
    let solaris = ctx.provider.as_deref().ok_or(AppError::NotFound)?;
    let secret = solaris.webhook_secret.as_ref().ok_or(AppError::NotFound)?;
    let signature = header(&headers, "solaris-webhook-signature").unwrap_or_default();
    if !signature_valid(secret.expose_secret().as_bytes(), &body, signature) {
        tracing::warn!("solaris webhook with a bad signature refused");
        return Err(AppError::Unauthorized);
    }
    // Only identification events matter here; others (and the subscription ping) are acknowledged.
    if header(&headers, "solaris-webhook-event-type") != Some("IDENTIFICATION") {
        return Ok(StatusCode::OK);
    }
    if identification_event_id(&body).is_none() {
        return Err(AppError::BadRequest("not an identification event with an id".into()));
    }
    let delivery = header(&headers, "solaris-webhook-id").map(str::to_owned);
    // Stored before the answer; the inbox re-reads the identification from Solaris.
    ctx.env.event_accept(PROVIDER, delivery, &body).await?;
    Ok(StatusCode::OK)
}

/// Applies a kept `IDENTIFICATION` event: the payload is only a hint, the status is re-read.
pub async fn solaris_event_apply(ctx: &Ctx<Solaris>, payload: &[u8]) -> Result<(), EventError> {
    let id = identification_event_id(payload)
        .ok_or_else(|| EventError::Invalid("not an identification event with an id".into()))?;
    crate::flow::event_refresh(ctx, PROVIDER, id).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use hmac::{Hmac, Mac};
    use sha2::Sha256;

    #[test]
    fn only_the_exact_hmac_of_the_raw_body_is_accepted() {
        let mut mac = Hmac::<Sha256>::new_from_slice(b"secret").unwrap();
        mac.update(b"{\"id\":\"x\"}");
        let good = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
        assert!(signature_valid(b"secret", b"{\"id\":\"x\"}", &good));
        assert!(!signature_valid(b"secret", b"{\"id\": \"x\"}", &good), "re-serialised bodies differ");
        assert!(!signature_valid(b"other", b"{\"id\":\"x\"}", &good));
        assert!(!signature_valid(b"secret", b"{\"id\":\"x\"}", "md5=00"));
        assert!(!signature_valid(b"secret", b"{\"id\":\"x\"}", "sha256=zz"));
    }
}
