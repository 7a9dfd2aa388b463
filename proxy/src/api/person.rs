//! Saving the personal data, validated again with the same rules the SPA used.

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::rules;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use kyc_core::api::SessionView;
use kyc_core::PersonalDataInput;

/// `PUT /api/session/person`: 422 with every field's error, or the saved (normalised) data.
#[utoipa::path(put, path = "/session/person", tag = "app", security(("session" = [])), request_body = kyc_core::PersonalDataInput, responses((status = 200, body = kyc_core::api::SessionView), crate::openapi::Problems))]
pub async fn person_update(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<PersonalDataInput>,
) -> Result<Json<SessionView>, AppError> {
    let JsonObject(input) = body;
    // Not while a hand-over reads the data for the provider, nor beside another save.
    let _one_at_a_time = state.env.handovers.lock(session).await?;
    let settings = state.env.store.session_settings(session).await?;
    if state.env.store.identification_started_or_drop_prepared(session).await?
        || state.providers.steps_state(session, settings.flow).await?.person_locked
    {
        return Err(AppError::Conflict(
            "The identification has started; the data can no longer be changed here.".into(),
        ));
    }
    let now = clock::now();
    let policy = crate::teams::policy::applied(&state.env, &settings.team).await?.rules;
    let person = rules::parse_person(&input, settings.flow, &settings.locked, now.date(), &policy)
        .map_err(AppError::Validation)?;
    state.providers.person_changed(session, settings.flow, &person).await?;
    state.env.store.person_save(session, &person.to_input(), now.to_string()).await?;
    state.env.store.draft_delete(session).await?;
    // An outage of the address service must not stop the user; the check is simply absent.
    let check = match state.address.verify(&person.address).await {
        Ok(check) => Some(check),
        Err(err) => {
            tracing::warn!(error = %err, "address check unavailable");
            None
        }
    };
    state.env.store.address_check_save(session, check.as_ref()).await?;
    Ok(Json(session_view(&state, session).await?))
}
