//! Autosave of the personal-data form while the user types: stored unvalidated (it is a draft),
//! bounded in size, and replaced by the real data on a successful save.

use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use kyc_core::{Field, FieldError, PersonalDataInput};

/// No field of the form is anywhere near this long; longer values are not stored.
const MAX_FIELD_CHARS: usize = 200;

/// The fields of an unvalidated draft (autosave or a product team's prefill) too long to store.
pub fn oversized(draft: &PersonalDataInput) -> Vec<FieldError> {
    Field::ALL
        .iter()
        .filter(|f| f.value(draft).chars().count() > MAX_FIELD_CHARS)
        .map(|&field| FieldError { field, code: "too_long".into(), message: "is too long".into() })
        .collect()
}

/// `PUT /api/session/draft`: 204 when stored.
#[utoipa::path(put, path = "/session/draft", tag = "app", security(("session" = [])), request_body = kyc_core::PersonalDataInput, responses((status = 204, description = "Stored"), crate::openapi::Problems))]
pub async fn draft_update(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<PersonalDataInput>,
) -> Result<StatusCode, AppError> {
    let JsonObject(draft) = body;
    let too_long = oversized(&draft);
    if !too_long.is_empty() {
        return Err(AppError::Validation(too_long));
    }
    let started = state.env.store.identification_load(session).await?.is_some_and(|r| r.started());
    if started {
        return Err(AppError::Conflict(
            "The identification has started; the data can no longer be changed here.".into(),
        ));
    }
    state.env.store.draft_save(session, &draft, clock::now().to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}
