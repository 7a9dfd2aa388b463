//! Consent receipts as the product team reads them: each consent of a session, given and
//! withdrawn, with its signed receipt; and the keys that verify them.

use super::Partner;
use crate::error::AppError;
use crate::receipts::{Jwks, ReceiptClaims};
use crate::state::AppState;
use crate::store::{ConsentAction, ConsentEvent, SessionRecord};
use axum::extract::State;
use axum::Json;
use kyc_core::{ConsentKind, Language};
use serde::Serialize;

/// One consent given or withdrawn, with its receipt.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConsentRecord {
    /// Which consent.
    kind: ConsentKind,
    /// Given or withdrawn.
    action: ConsentAction,
    /// The version of the text shown (`core/consent-texts/<kind>/v<version>.<language>.txt`);
    /// `null` for consents given before the texts were versioned.
    text_version: Option<u32>,
    /// The language it was shown in.
    language: Option<Language>,
    /// SHA-256 of the text's file, lowercase hex.
    text_sha256: Option<String>,
    /// The browser's clock at the tick (UTC).
    browser_time: Option<String>,
    /// The proxy's clock when it arrived (UTC).
    received_at: String,
    /// The signed receipt of all of the above: a compact JWS (EdDSA, Ed25519) whose payload is
    /// a `ReceiptClaims`, verifiable with the key of its header's `kid` at
    /// `GET /partner/v1/receipt-keys`.
    receipt: String,
}

/// A consent that holds, with the receipt of its giving.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct HeldConsent {
    /// Which consent.
    kind: ConsentKind,
    /// When the user gave it (browser clock, UTC).
    given_at: String,
    /// When the proxy received it (server clock, UTC).
    received_at: String,
    /// The version of the text shown; `null` before the texts were versioned.
    text_version: Option<u32>,
    /// The language it was shown in.
    language: Option<Language>,
    /// SHA-256 of the text's file, lowercase hex.
    text_sha256: Option<String>,
    /// The signed receipt of the giving, as in `ConsentRecord`.
    receipt: String,
}

/// A session's consents: those that hold now (in page order) and every change, oldest first.
pub struct SessionConsents {
    /// The consents given and not withdrawn.
    pub current: Vec<HeldConsent>,
    /// Every consent given or withdrawn.
    pub history: Vec<ConsentRecord>,
}

/// The session's consents with their receipts.
pub async fn session_consents(
    state: &AppState,
    partner: &Partner,
    session: SessionRecord,
    public_id: &str,
) -> Result<SessionConsents, AppError> {
    let events = state.env.store.consent_events_load(session).await?;
    let mut history = Vec::with_capacity(events.len());
    for event in &events {
        let claims = ReceiptClaims::of(event, &state.env.public_url, public_id, &partner.team);
        history.push(record(event, state.receipts.sign(&state.env.store, &claims).await?));
    }
    // A consent holds when its latest record is a `given` one.
    let current = ConsentKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let latest = events.iter().rposition(|e| e.kind == kind)?;
            (events[latest].action == ConsentAction::Given).then_some(latest)
        })
        .map(|i| {
            let given = &history[i];
            HeldConsent {
                kind: given.kind,
                given_at: given.browser_time.clone().unwrap_or_default(),
                received_at: given.received_at.clone(),
                text_version: given.text_version,
                language: given.language,
                text_sha256: given.text_sha256.clone(),
                receipt: given.receipt.clone(),
            }
        })
        .collect();
    Ok(SessionConsents { current, history })
}

fn record(event: &ConsentEvent, receipt: String) -> ConsentRecord {
    ConsentRecord {
        kind: event.kind,
        action: event.action,
        text_version: event.text.as_ref().map(|t| t.version),
        language: event.text.as_ref().map(|t| t.language),
        text_sha256: event.text.as_ref().map(|t| t.sha256.clone()),
        browser_time: event.browser_time.clone(),
        received_at: event.received_at.clone(),
        receipt,
    }
}

/// `GET /partner/v1/receipt-keys`: the public keys of consent receipts, as a JWK set. Public,
/// without an API key: whoever holds a receipt may check it. Keys that signed earlier receipts
/// stay listed.
#[utoipa::path(get, path = "/receipt-keys", tag = "partner", security(()), responses((status = 200, body = Jwks), crate::openapi::Problems))]
pub async fn receipt_keys(State(state): State<AppState>) -> Result<Json<Jwks>, AppError> {
    Ok(Json(state.receipts.published(&state.env.store).await?))
}
