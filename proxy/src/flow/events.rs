//! Provider events on their way in: what an authenticated delivery becomes ([`Env::event_accept`]
//! keeps it in the inbox before it is acknowledged) and how applying one can fail.

use super::Env;
use crate::clock;
use crate::error::AppError;
use kyc_core::flow::ProviderId;
use sha2::{Digest, Sha256};

/// Why an event from the inbox was not applied.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// It can never be applied (it does not parse): parked at once.
    #[error("{0}")]
    Invalid(String),
    /// Worth another attempt later (the provider is unreachable).
    #[error("{0}")]
    Later(String),
    /// It names nothing stored here: tried again a few times (it may have overtaken the save
    /// after the provider call), then set aside as not ours.
    #[error("{0}")]
    Unknown(String),
}

impl From<AppError> for EventError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::BadRequest(reason) | AppError::Conflict(reason) => Self::Invalid(reason),
            AppError::NotFound => Self::Invalid("not found".into()),
            other => Self::Later(other.to_string()),
        }
    }
}

impl From<crate::store::StoreError> for EventError {
    fn from(err: crate::store::StoreError) -> Self {
        Self::Later(err.to_string())
    }
}

impl Env {
    /// Keeps an authenticated delivery in the inbox, so that the answer the provider gets next
    /// means "stored". `delivery_id` is the provider's own; without one the digest of the body
    /// stands for it (the same body delivered again is the same event). A delivery kept before
    /// is not kept twice.
    pub async fn event_accept(
        &self,
        provider: ProviderId,
        delivery_id: Option<String>,
        body: &[u8],
    ) -> Result<(), AppError> {
        let delivery = delivery_id.unwrap_or_else(|| hex::encode(Sha256::digest(body)));
        let now = clock::now();
        let kept =
            self.store.inbox_accept(provider, delivery, body.to_vec(), now.to_string(), now.unix_millis()).await?;
        if kept {
            // A worker of this instance starts on it at once; others find it on their next look.
            self.events.notify_one();
        }
        Ok(())
    }
}
