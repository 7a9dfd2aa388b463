//! What a consent receipt states: the payload of its JWS.

use crate::store::{ConsentAction, ConsentEvent};
use kyc_core::{ConsentKind, Language, UtcTimestamp};
use serde::Serialize;

/// The payload of a consent receipt: one consent given or withdrawn in one session, with the
/// text the user saw. Signed with EdDSA (Ed25519) under the `kid` of a key published at
/// `GET /partner/v1/receipt-keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReceiptClaims {
    /// The proxy that signed it: its public origin.
    pub iss: String,
    /// The session's public id.
    pub sub: String,
    /// The product team the session belongs to.
    pub team: String,
    /// Which consent.
    pub consent: ConsentKind,
    /// Given or withdrawn.
    pub action: ConsentAction,
    /// The version of the text (`core/consent-texts/<consent>/v<version>.<language>.txt`);
    /// `null` for consents given before the texts were versioned.
    pub text_version: Option<u32>,
    /// The language the text was shown in.
    pub language: Option<Language>,
    /// SHA-256 of that file's bytes, lowercase hex.
    pub text_sha256: Option<String>,
    /// The browser's clock when the box was ticked or unticked (UTC, as the browser sent it).
    pub browser_time: Option<String>,
    /// The proxy's clock when the request arrived (UTC).
    pub received_at: String,
    /// `received_at` in seconds since the Unix epoch.
    pub iat: i64,
}

impl ReceiptClaims {
    /// The claims of a stored event of the session `sub` of `team`, signed by `iss`.
    pub fn of(event: &ConsentEvent, iss: &str, sub: &str, team: &str) -> Self {
        let iat = UtcTimestamp::parse(&event.received_at).map_or(0, |t| t.unix_millis().div_euclid(1000));
        Self {
            iss: iss.to_owned(),
            sub: sub.to_owned(),
            team: team.to_owned(),
            consent: event.kind,
            action: event.action,
            text_version: event.text.as_ref().map(|t| t.version),
            language: event.text.as_ref().map(|t| t.language),
            text_sha256: event.text.as_ref().map(|t| t.sha256.clone()),
            browser_time: event.browser_time.clone(),
            received_at: event.received_at.clone(),
            iat,
        }
    }
}
