//! Hand-off to a phone: the desktop asks for a single-use link (shown as a QR code, or sent by
//! text message to the saved mobile number); the phone trades the link's code for a token that
//! reaches the capture routes only. The session's own token never leaves the desktop.

use crate::auth::{new_token, token_hash, CurrentSession};
use crate::client_ip::ClientIp;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use crate::store::{CodePurpose, Grant, SessionRecord, SmsQuota};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use kyc_core::api::SessionCreated;
use kyc_core::capture::HandoffView;
use kyc_core::{Language, UtcTimestamp};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How long a hand-off link works.
pub const HANDOFF_TTL_MS: i64 = 10 * 60 * 1000;
/// How long the phone may upload after opening the link.
pub const CAPTURE_TOKEN_TTL_MS: i64 = 30 * 60 * 1000;

/// Body of `POST /api/handoffs` and `/api/handoffs/sms`: the language the phone should open in.
#[derive(Deserialize, Default, utoipa::ToSchema)]
pub struct HandoffCreate {
    language: Option<String>,
}

/// Body of `POST /api/handoffs/exchange`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct HandoffExchange {
    code: String,
}

/// Answer of `POST /api/handoffs/sms`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct HandoffSent {
    expires_at: String,
}

fn language(body: Result<JsonObject<HandoffCreate>, AppError>) -> Option<&'static str> {
    let requested = body.map(|JsonObject(b)| b).unwrap_or_default().language;
    requested.as_deref().and_then(Language::from_code).map(Language::code)
}

/// A new code for `session` and the link that carries it; refused when the session takes no
/// pictures.
async fn new_link(state: &AppState, session: SessionRecord, lang: Option<&str>) -> Result<(String, i64), AppError> {
    // No document, no pictures asked for (yet): nothing for a phone to take.
    if state.env.store.capture_document_load(session).await?.0.is_none() {
        return Err(AppError::Conflict("This session takes no pictures.".into()));
    }
    let code = new_token();
    let until = clock::now().unix_millis() + HANDOFF_TTL_MS;
    state.env.store.code_insert(CodePurpose::Handoff, session, token_hash(&code), until).await?;
    let lang = lang.map(|l| format!("&lang={l}")).unwrap_or_default();
    Ok((format!("{}/capture?handoff={code}{lang}", state.env.public_url), until))
}

/// `POST /api/handoffs`: a single-use link for the phone, with its QR code.
#[utoipa::path(post, path = "/handoffs", tag = "app", security(("session" = [])), request_body = HandoffCreate, responses((status = 201, body = kyc_core::capture::HandoffView), crate::openapi::Problems))]
pub async fn handoff_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Result<JsonObject<HandoffCreate>, AppError>,
) -> Result<(StatusCode, Json<HandoffView>), AppError> {
    let (url, until) = new_link(&state, session, language(body)).await?;
    let qr_svg = crate::qr::qr_svg(&url)?;
    let expires_at = UtcTimestamp::from_unix_millis(until).to_string();
    Ok((StatusCode::CREATED, Json(HandoffView { url, qr_svg, expires_at })))
}

/// The text message in the user's language (English when none was given).
fn sms_text(lang: Option<&str>, url: &str) -> String {
    (lang.and_then(Language::from_code).unwrap_or(Language::En).shell().sms_handoff)(url)
}

/// The window of a session's text-message limit.
const SMS_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

/// `POST /api/handoffs/sms`: the link by text message to the saved mobile number, at most the
/// team's limit per session in 24 hours (a failed send counts: it may have gone out).
#[utoipa::path(post, path = "/handoffs/sms", tag = "app", security(("session" = [])), request_body = HandoffCreate, responses((status = 202, body = HandoffSent), crate::openapi::Problems))]
pub async fn handoff_sms_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Result<JsonObject<HandoffCreate>, AppError>,
) -> Result<(StatusCode, Json<HandoffSent>), AppError> {
    let sms = state.sms.clone().ok_or(AppError::NotConfigured)?;
    let person = state.env.store.person_load(session).await?;
    let mobile = person.map(|p| p.mobile_number).filter(|m| !m.is_empty());
    let mobile = mobile.ok_or_else(|| AppError::Conflict("No mobile number has been saved.".into()))?;
    let team = state.env.store.session_settings(session).await?.team;
    let limit = crate::teams::policy::applied(&state.env, &team).await?.rules.sms_per_session;
    let now_ms = clock::now().unix_millis();
    let per_number = state.limits.settings().sms_per_number;
    let quota = SmsQuota {
        per_session: limit,
        session_window_ms: SMS_WINDOW_MS,
        per_number: per_number.burst.get(),
        number_window_ms: per_number.period.as_millis() as i64,
    };
    let number_hash = hex::encode(Sha256::digest(mobile.as_bytes()));
    if let Some(wait_ms) = state.env.store.sms_allow(session, number_hash, now_ms, quota).await? {
        return Err(AppError::TooManyRequests {
            why: "No more text messages for now. Scan the QR code with your phone instead.".into(),
            retry_after: std::time::Duration::from_millis(wait_ms as u64),
        });
    }
    let lang = language(body);
    let (url, until) = new_link(&state, session, lang).await?;
    sms.send(&mobile, &sms_text(lang, &url)).await?;
    let expires_at = UtcTimestamp::from_unix_millis(until).to_string();
    Ok((StatusCode::ACCEPTED, Json(HandoffSent { expires_at })))
}

/// `POST /api/handoffs/exchange`: the link's code, once and in time, for a capture-only token;
/// 410 `link_expired` otherwise.
#[utoipa::path(post, path = "/handoffs/exchange", tag = "app", request_body = HandoffExchange, responses((status = 201, body = kyc_core::api::SessionCreated), crate::openapi::Problems))]
pub async fn handoff_exchange(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    body: JsonObject<HandoffExchange>,
) -> Result<(StatusCode, Json<SessionCreated>), AppError> {
    let JsonObject(request) = body;
    state.limits.code_redeem(ip)?;
    let token = new_token();
    let now = clock::now().unix_millis();
    let grant = Grant::CaptureToken { token_hash: token_hash(&token), expires_at_ms: now + CAPTURE_TOKEN_TTL_MS };
    match state.env.store.code_redeem(token_hash(&request.code), now, grant).await? {
        Ok(_) => Ok((StatusCode::CREATED, Json(SessionCreated { token, session: None }))),
        Err(_) => Err(AppError::LinkExpired),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_text_message_and_an_unknown_one_gets_english() {
        let url = "https://kyc.example/capture?handoff=abc";
        let english = sms_text(None, url);
        for language in Language::ALL {
            let text = sms_text(Some(language.code()), url);
            assert!(text.contains(url), "{text}");
            assert_eq!(text == english, language == Language::En, "{language:?}");
        }
        assert!(sms_text(Some("nl"), url).contains("uw telefoon"));
        assert_eq!(sms_text(Some("xx"), url), english);
    }
}
