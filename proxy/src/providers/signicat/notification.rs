//! Assure's per-process notifications. Their only authenticity is the `authorizationHeader`
//! given when the process was created, which Assure sends back as `Authorization`; there is
//! no signature. So a notification is a hint: read the process for the real status.

use super::ids::{DossierId, ProcessId};
use super::process::ProcessStatus;
use crate::clients::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// Where Assure should notify about a process, and the header value it should send along.
#[derive(Clone)]
pub struct NotificationTarget {
    /// The proxy's receiver (must be whitelisted by Signicat in production).
    pub url: String,
    /// Sent back verbatim as `Authorization`, e.g. `Bearer <random per-deployment secret>`.
    pub authorization: Option<SecretString>,
}

impl NotificationTarget {
    /// Whether a received `Authorization` header is the one this target asked for; compared in
    /// constant time. A target without one accepts any (the receiver must then limit sources).
    pub fn authorizes(&self, received: Option<&str>) -> bool {
        let Some(expected) = &self.authorization else { return true };
        let (expected, received) = (expected.expose_secret().as_bytes(), received.unwrap_or_default().as_bytes());
        crate::auth::secret_eq(expected, received)
    }
}

/// A notification as received: which process changed, and the status it claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The dossier.
    pub dossier: DossierId,
    /// The process.
    pub process: ProcessId,
    /// The status the notification claims; confirm with `process_show`.
    pub status: ProcessStatus,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct NotificationWire {
    dossier_id: String,
    process_id: String,
    status: ProcessStatus,
}

impl Notification {
    /// Reads a notification body.
    pub fn parse(body: &[u8]) -> Result<Self, ProviderError> {
        let wire: NotificationWire = serde_json::from_slice(body)
            .map_err(|e| ProviderError::Unexpected(format!("unreadable notification: {e}")))?;
        Ok(Self {
            dossier: DossierId::parse(&wire.dossier_id)?,
            process: ProcessId::parse(&wire.process_id)?,
            status: wire.status,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_body_parses_and_the_header_is_compared_exactly() {
        let body = br#"{"dossierId":"54a1ad5f-74dd","processId":"3065980b-f26b","status":"accepted"}"#;
        let notification = Notification::parse(body).unwrap();
        assert_eq!(notification.status, ProcessStatus::Accepted);
        let target =
            NotificationTarget { url: "http://x".into(), authorization: Some("Bearer s3cret".to_owned().into()) };
        assert!(target.authorizes(Some("Bearer s3cret")));
        assert!(!target.authorizes(Some("Bearer s3creT")));
        assert!(!target.authorizes(None));
    }
}
