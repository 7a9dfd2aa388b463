//! Creating a session and reading everything the SPA needs to resume it.

use crate::auth::{new_token, public_id, token_hash, CurrentSession};
use crate::client_ip::ClientIp;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use crate::store::{Grant, SessionRecord, SessionSettings};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use kyc_core::api::{IdentificationView, SessionCreated, SessionView};
use kyc_core::{ConsentKind, Step};

/// `POST /api/sessions`: a fresh, empty session and its bearer token.
/// The session belongs to the deployment's own team; with `KYC_APP_SESSIONS=off` the app makes
/// none and every session starts from a product team's link.
#[utoipa::path(post, path = "/sessions", tag = "app", responses((status = 201, body = kyc_core::api::SessionCreated), crate::openapi::Problems))]
pub async fn session_create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
) -> Result<(StatusCode, Json<SessionCreated>), AppError> {
    if !state.env.policy.app_sessions {
        return Err(AppError::Forbidden(
            "This service starts only from the link of the company that sent you here. Please open that link again."
                .into(),
        ));
    }
    state.limits.session_create(ip)?;
    let token = new_token();
    let now = clock::now();
    let expires = now.unix_millis() + state.session_ttl.as_millis() as i64;
    let settings = SessionSettings {
        team: crate::teams::DEPLOYMENT.to_owned(),
        flow: state.env.policy.default_flow,
        locked: Default::default(),
    };
    let session =
        state.env.store.session_insert(token_hash(&token), public_id(), now.to_string(), expires, &settings).await?;
    created(&state, token, session).await
}

/// The answer with `token` and its `session` as the app reads it first.
async fn created(
    state: &AppState,
    token: String,
    session: SessionRecord,
) -> Result<(StatusCode, Json<SessionCreated>), AppError> {
    let session = Some(session_view(state, session).await?);
    Ok((StatusCode::CREATED, Json(SessionCreated { token, session })))
}

/// Body of `POST /api/sessions/launch`.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct LaunchRequest {
    code: String,
}

/// `POST /api/sessions/launch`: trades the single-use code of a product team's link for the
/// browser's own bearer token; 410 when the link was used or is too old.
#[utoipa::path(post, path = "/sessions/launch", tag = "app", request_body = LaunchRequest, responses((status = 201, body = kyc_core::api::SessionCreated), crate::openapi::Problems))]
pub async fn session_launch(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    body: JsonObject<LaunchRequest>,
) -> Result<(StatusCode, Json<SessionCreated>), AppError> {
    let JsonObject(request) = body;
    state.limits.code_redeem(ip)?;
    let token = new_token();
    let now = clock::now().unix_millis();
    let grant = Grant::SessionToken { token_hash: token_hash(&token) };
    match state.env.store.code_redeem(token_hash(&request.code), now, grant).await? {
        Ok(session) => created(&state, token, session).await,
        Err(_) => Err(AppError::LinkExpired),
    }
}

/// `GET /api/session`: saved data, consents, identification and the furthest reachable step.
#[utoipa::path(get, path = "/session", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn session_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<SessionView>, AppError> {
    Ok(Json(session_view(&state, session).await?))
}

/// The session as the SPA sees it. The provider reference is deliberately not part of it.
pub async fn session_view(state: &AppState, session: SessionRecord) -> Result<SessionView, AppError> {
    let person = state.env.store.person_load(session).await?;
    let consents = state.env.store.consents_load(session).await?;
    // A prepared (created, not requested) identification is not visible: the call has not begun.
    let started =
        state.env.store.identification_load(session).await?.filter(crate::store::IdentificationRecord::started);
    let identification = started.map(|rec| IdentificationView {
        url: rec.url,
        status: rec.status,
        estimated_waiting_time: rec.estimated_waiting_time,
    });
    let person_saved = person.is_some();
    let consents_given = ConsentKind::ALL.iter().all(|k| consents.iter().any(|c| c.kind == *k));
    let settings = state.env.store.session_settings(session).await?;
    let flow = state.providers.flow(session, settings.flow).await?;
    let steps = state.providers.steps_state(session, settings.flow).await?;
    // A decision (or a started call) puts every step before the result behind the user.
    let started = identification.is_some();
    let done =
        |step: Step| step != Step::Status && (started || steps.done(step, person_saved, consents_given, started));
    let taken = |step: Step| step == Step::Capture && steps.capture_taken;
    let furthest = flow.furthest(done, taken);
    // What the user is past, for the product team's webhooks (each step once).
    let behind = flow.path(taken).into_iter().take_while(|s| *s != furthest).map(Step::key).collect();
    state.env.store.steps_completed(session, behind).await?;
    Ok(SessionView {
        furthest_step: furthest,
        path: flow.path(taken),
        device_recognised: steps.device_recognised,
        flow,
        locked: settings.locked.into_keys().collect(),
        person: person.unwrap_or_default(),
        person_saved,
        address_check: state.env.store.address_check_load(session).await?,
        draft: state.env.store.draft_load(session).await?,
        consents,
        identification,
        theme: state.env.store.session_options_load(session).await?.and_then(|(_, options)| options.theme),
        residence: crate::teams::policy::applied(&state.env, &settings.team).await?.rules.residence(settings.flow),
    })
}
