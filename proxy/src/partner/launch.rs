//! Sessions created by the product team's backend: it chooses the language, theme, redirect URL
//! and embedding origins and may prefill what it already knows; it gets a short-lived,
//! single-use link for its user's browser, and a new one for the same session when that expired.

use super::Partner;
use crate::auth::{new_token, public_id, token_hash};
use crate::clock;
use crate::error::AppError;
use crate::flow::LaunchExtras;
use crate::json_body::JsonObject;
use crate::rules::Locked;
use crate::state::AppState;
use crate::store::{CodePurpose, SessionOptions, SessionRecord, SessionSettings};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use kyc_core::document::DocumentKind;
use kyc_core::flow::FlowId;
use kyc_core::origin::Origin;
use kyc_core::theme::{ContrastWarning, Theme};
use kyc_core::{Field, PersonalDataInput};
use rand::RngCore;
use serde::{Deserialize, Serialize};

/// How long the link works before the browser opens it.
const LAUNCH_TTL_MS: i64 = 15 * 60 * 1000;

/// Body of `POST /partner/v1/sessions`.
#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(default)]
pub struct SessionCreate {
    /// `en`, `de`, `fr` or `nl`; the browser's preference when absent.
    language: Option<String>,
    /// Data the product team already holds, shown to the user for confirmation.
    prefill: Option<PersonalDataInput>,
    /// `ID_CARD`, `PASSPORT` or `DRIVERS_LICENSE` (where the flow takes it): the document of the
    /// pictures, fixed (a flow with a capture step otherwise lets the user choose). In the video call flow, which has no capture step, it
    /// asks for pictures of that document and a selfie before the call.
    capture_document: Option<DocumentKind>,
    /// Prefilled fields the user may not change (keys of `prefill`), e.g. a name the bank
    /// already verified.
    locked_fields: Vec<Field>,
    /// The flow (a key of `FlowId`); the deployment's default when absent.
    flow: Option<String>,
    /// The account flow: the product team's identifier of the prospect (the provider's
    /// `appUserId`, 1 to 50 letters, digits, `-` or `_`); one is made up when absent.
    app_user_id: Option<String>,
    /// The account flow: the order of the account steps (`identity`, `declaration`, `tax`,
    /// `terms`, each once); the deployment's order when absent.
    steps: Option<Vec<String>>,
    /// Colours, font, radius and logo.
    theme: Option<Theme>,
    /// Where the full-page flow returns at its end, with `kyc_session` and `kyc_outcome`.
    redirect_url: Option<String>,
    /// Origins of the pages that may embed the flow in an iframe (none: it may not be framed).
    allowed_origins: Vec<String>,
    /// The team's own reference (its customer or application id): 1 to 100 letters, digits,
    /// `.`, `_`, `-` or `:`, unique within the team, to find the session again.
    external_id: Option<String>,
}

/// Answer of `POST /partner/v1/sessions` and `POST /partner/v1/sessions/{id}/links`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SessionLaunch {
    id: String,
    url: String,
    expires_at: String,
    /// Theme colour pairs below WCAG AA; the theme is applied anyway, but the team should know.
    warnings: Vec<ContrastWarning>,
}

/// At most this many embedding origins per session: each one goes into a response header.
const MAX_ORIGINS: usize = 10;

fn options_parse(request: &mut SessionCreate, language: Option<String>) -> Result<SessionOptions, AppError> {
    let theme = request.theme.take().map(Theme::parse).transpose().map_err(|e| AppError::BadRequest(e.to_string()))?;
    let redirect_url = request.redirect_url.take();
    if let Some(url) = redirect_url.as_deref() {
        let origin = Origin::of_url(url).filter(|_| url.len() <= 1000 && !url.contains('#'));
        match origin {
            None => {
                return Err(AppError::BadRequest("redirect_url: an absolute http(s) URL without a fragment".into()))
            }
            // The user's way out carries the session's outcome: never over plain text.
            Some(o) if !o.is_secure_or_loopback() => {
                return Err(AppError::BadRequest("redirect_url: must be https:// (http only on localhost)".into()))
            }
            Some(_) => {}
        }
    }
    if request.allowed_origins.len() > MAX_ORIGINS {
        return Err(AppError::BadRequest(format!("allowed_origins: at most {MAX_ORIGINS}")));
    }
    let allowed_origins = std::mem::take(&mut request.allowed_origins)
        .iter()
        .map(|o| match Origin::parse(o) {
            None => {
                Err(AppError::BadRequest(format!("allowed_origins: {o:?} is not an origin like https://bank.example")))
            }
            Some(origin) if !origin.is_secure_or_loopback() => {
                Err(AppError::BadRequest(format!("allowed_origins: {o:?} must be https:// (http only on localhost)")))
            }
            Some(origin) => Ok(origin),
        })
        .collect::<Result<_, _>>()?;
    Ok(SessionOptions { language, allowed_origins, redirect_url, theme })
}

/// A random, non-secret marker for the flow's URL: it names the session's options (framing
/// origins, logo origin, return URL) on every page load without naming the session.
fn embed_id() -> String {
    let mut bytes = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!("emb_{}", hex::encode(bytes))
}

/// A new single-use link to `session`.
async fn link_create(
    state: &AppState,
    session: SessionRecord,
    id: String,
    embed: Option<(String, SessionOptions)>,
) -> Result<SessionLaunch, AppError> {
    let now = clock::now();
    let code = new_token();
    let until = now.unix_millis() + LAUNCH_TTL_MS;
    state.env.store.code_insert(CodePurpose::Launch, session, token_hash(&code), until).await?;
    let mut url = format!("{}/?launch={code}", state.env.public_url);
    let (mut warnings, mut language) = (Vec::new(), None);
    if let Some((embed_id, options)) = embed {
        // Only sessions that need the marker carry it: framing, a return URL, a logo's origin.
        let needed = !options.allowed_origins.is_empty()
            || options.redirect_url.is_some()
            || options.theme.as_ref().is_some_and(|t| t.logo_url.is_some());
        if needed {
            url.push_str(&format!("&embed={embed_id}"));
        }
        warnings = options.theme.as_ref().map(Theme::contrast_warnings).unwrap_or_default();
        language = options.language;
    }
    if let Some(l) = language {
        url.push_str(&format!("&lang={l}"));
    }
    let expires_at = kyc_core::UtcTimestamp::from_unix_millis(until).to_string();
    Ok(SessionLaunch { id, url, expires_at, warnings })
}

/// `POST /partner/v1/sessions`.
#[utoipa::path(post, path = "/sessions", tag = "partner", security(("partner_key" = [])), request_body = SessionCreate, responses((status = 201, body = SessionLaunch), crate::openapi::Problems))]
pub async fn session_create(
    partner: Partner,
    State(state): State<AppState>,
    body: JsonObject<SessionCreate>,
) -> Result<(StatusCode, Json<SessionLaunch>), AppError> {
    let JsonObject(mut request) = body;
    let policy = crate::teams::policy::applied(&state.env, &partner.team).await?;
    // What the launch leaves out, the team's policy gives.
    if request.allowed_origins.is_empty() {
        request.allowed_origins = policy.allowed_origins.clone();
    }
    if request.theme.is_none() {
        request.theme = policy.theme.clone();
    }
    if request.steps.is_none() {
        request.steps = policy.xpollens_steps.clone();
    }
    let language = request.language.take().filter(|l| kyc_core::Language::from_code(l).is_some());
    let options = options_parse(&mut request, language)?;
    let prefill = request.prefill.filter(|p| Field::ALL.iter().any(|f| !f.value(p).is_empty()));
    if prefill.as_ref().is_some_and(|p| !crate::api::draft::oversized(p).is_empty()) {
        return Err(AppError::BadRequest("prefill values must be at most 200 characters".into()));
    }
    let flow = match request.flow.as_deref() {
        None => policy.rules.default_flow,
        Some(key) => FlowId::from_key(key).ok_or_else(|| {
            let known: Vec<_> = FlowId::ALL.iter().map(|f| f.key()).collect();
            AppError::BadRequest(format!("unknown flow {key:?}; known flows: {}", known.join(", ")))
        })?,
    };
    if let Some(flows) = policy.flows.as_ref().filter(|f| !f.contains(&flow)) {
        let allowed: Vec<_> = flows.iter().map(|f| f.key()).collect();
        return Err(AppError::Forbidden(format!(
            "flow {} is not among this team's flows: {}",
            flow.key(),
            allowed.join(", ")
        )));
    }
    if let Some(kind) = request.capture_document {
        // A flow with a capture step takes what it offers; before a video call, what Solaris takes.
        let offered = match flow.capture_documents() {
            [] => &[DocumentKind::IdCard, DocumentKind::Passport][..],
            offered => offered,
        };
        if !offered.contains(&kind) {
            return Err(AppError::BadRequest(format!(
                "capture_document: flow {} does not take {}",
                flow.key(),
                kind.as_str()
            )));
        }
    }
    let mut locked = Locked::new();
    for field in std::mem::take(&mut request.locked_fields) {
        match prefill.as_ref().map(|p| field.value(p).trim()).filter(|v| !v.is_empty()) {
            Some(value) => locked.insert(field, value.to_owned()),
            None => return Err(AppError::BadRequest(format!("locked field {} has no prefilled value", field.key()))),
        };
    }
    let extras = LaunchExtras { app_user_id: request.app_user_id.take(), steps: request.steps.take() };
    let plan = state.providers.launch_plan(flow, extras).await?;
    let settings = SessionSettings { team: partner.team.clone(), flow, locked };
    let external_id = request.external_id.take();
    let valid =
        |r: &str| (1..=100).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric() || b".:_-".contains(&b));
    if external_id.as_deref().is_some_and(|r| !valid(r)) {
        return Err(AppError::BadRequest("external_id: 1 to 100 letters, digits, '.', ':', '_' or '-'".into()));
    }
    let now = clock::now();
    let id = public_id();
    // The session's own token is never shown: the browser gets one when it opens the link.
    let expires = now.unix_millis() + state.session_ttl.as_millis() as i64;
    let session = state
        .env
        .store
        .session_insert_referenced(
            token_hash(&new_token()),
            id.clone(),
            now.to_string(),
            expires,
            &settings,
            external_id,
        )
        .await?
        .ok_or_else(|| AppError::Conflict("external_id: another session of this team already has it".into()))?;
    if let Some(prefill) = &prefill {
        state.env.store.draft_save(session, prefill, now.to_string()).await?;
    }
    if let Some(kind) = request.capture_document {
        state.env.store.capture_document_save(session, kind, true).await?;
    }
    state.providers.launched(session, plan).await?;
    let embed = embed_id();
    state.env.store.session_options_insert(session, embed.clone(), &options).await?;
    partner.audit(&state, "session.create", Some(&id), Some(flow.key().to_owned())).await?;
    Ok((StatusCode::CREATED, Json(link_create(&state, session, id, Some((embed, options))).await?)))
}

/// `POST /partner/v1/sessions/{id}/links`: a new single-use link to the same session, after the
/// first expired or was used on another device. What the user entered is kept.
#[utoipa::path(post, path = "/sessions/{public_id}/links", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), responses((status = 201, body = SessionLaunch), crate::openapi::Problems))]
pub async fn link_renew(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<(StatusCode, Json<SessionLaunch>), AppError> {
    let session = partner.session(&state, &public_id).await?;
    let options = state.env.store.session_options_load(session).await?;
    partner.audit(&state, "link.renew", Some(&public_id), None).await?;
    Ok((StatusCode::CREATED, Json(link_create(&state, session, public_id, options).await?)))
}
