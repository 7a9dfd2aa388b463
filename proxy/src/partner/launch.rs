//! Sessions created by the product team's backend: it chooses the language and may prefill what
//! it already knows; it gets a short-lived, single-use link for its user's browser.

use crate::auth::{new_token, public_id, token_hash, Partner};
use crate::clock;
use crate::error::AppError;
use crate::rules::Locked;
use crate::state::AppState;
use crate::store::SessionSettings;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use kyc_core::document::DocumentKind;
use kyc_core::flow::FlowId;
use kyc_core::{Field, PersonalDataInput};
use serde::{Deserialize, Serialize};

/// How long the link works before the browser opens it.
const LAUNCH_TTL_MS: i64 = 15 * 60 * 1000;

/// Body of `POST /partner/v1/sessions`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SessionCreate {
    /// `en`, `de` or `fr`; the browser's preference when absent.
    language: Option<String>,
    /// Data the product team already holds, shown to the user for confirmation.
    prefill: Option<PersonalDataInput>,
    /// TEMPORARY HOOK (capture branch, until flows are data): `ID_CARD` or `PASSPORT` asks for
    /// pictures of that document and a selfie after the consents.
    capture_document: Option<DocumentKind>,
    /// Prefilled fields the user may not change (keys of `prefill`), e.g. a name the bank
    /// already verified.
    locked_fields: Vec<Field>,
    /// The flow (`solaris_idnow`, ...); the deployment's default when absent.
    flow: Option<String>,
}

/// Answer of `POST /partner/v1/sessions`.
#[derive(Serialize)]
pub struct SessionLaunch {
    id: String,
    url: String,
    expires_at: String,
}

/// `POST /partner/v1/sessions`.
pub async fn session_create(
    _: Partner,
    State(state): State<AppState>,
    body: Result<Json<SessionCreate>, JsonRejection>,
) -> Result<(StatusCode, Json<SessionLaunch>), AppError> {
    let Json(request) = body?;
    let language = request.language.filter(|l| matches!(l.as_str(), "en" | "de" | "fr"));
    let prefill = request.prefill.filter(|p| Field::ALL.iter().any(|f| !f.value(p).is_empty()));
    if prefill.as_ref().is_some_and(|p| !crate::api::draft::oversized(p).is_empty()) {
        return Err(AppError::BadRequest("prefill values must be at most 200 characters".into()));
    }
    let flow = match request.flow.as_deref() {
        None => state.policy.default_flow,
        Some(key) => FlowId::from_key(key).ok_or_else(|| {
            let known: Vec<_> = FlowId::ALL.iter().map(|f| f.key()).collect();
            AppError::BadRequest(format!("unknown flow {key:?}; known flows: {}", known.join(", ")))
        })?,
    };
    let mut locked = Locked::new();
    for field in request.locked_fields {
        match prefill.as_ref().map(|p| field.value(p).trim()).filter(|v| !v.is_empty()) {
            Some(value) => locked.insert(field, value.to_owned()),
            None => return Err(AppError::BadRequest(format!("locked field {} has no prefilled value", field.key()))),
        };
    }
    let settings = SessionSettings { flow, locked };
    let now = clock::now();
    let id = public_id();
    // The session's own token is never shown: the browser gets one when it opens the link.
    let expires = now.unix_millis() + state.session_ttl.as_millis() as i64;
    let session =
        state.store.session_insert(token_hash(&new_token()), id.clone(), now.to_string(), expires, &settings).await?;
    if let Some(prefill) = &prefill {
        state.store.draft_save(session, prefill, now.to_string()).await?;
    }
    if let Some(kind) = request.capture_document {
        state.store.capture_document_save(session, kind).await?;
    }
    let code = new_token();
    let until = now.unix_millis() + LAUNCH_TTL_MS;
    state.store.launch_code_insert(session, token_hash(&code), until).await?;
    let lang = language.map(|l| format!("&lang={l}")).unwrap_or_default();
    let url = format!("{}/?launch={code}{lang}", state.public_url);
    let expires_at = kyc_core::UtcTimestamp::from_unix_millis(until).to_string();
    Ok((StatusCode::CREATED, Json(SessionLaunch { id, url, expires_at })))
}
