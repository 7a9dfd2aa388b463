//! Saving the personal data, validated again with the same rules the SPA used.

use super::sessions::session_view;
use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use kyc_core::api::SessionView;
use kyc_core::{Field, FieldError, PersonalData, PersonalDataInput};
use validator::ValidateEmail;

/// `PUT /api/session/person`: 422 with every field's error, or the saved (normalised) data.
pub async fn person_update(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Result<Json<PersonalDataInput>, JsonRejection>,
) -> Result<Json<SessionView>, AppError> {
    let Json(input) = body?;
    if state.store.identification_load(session).await?.is_some() {
        return Err(AppError::Conflict(
            "The identification has started; the data can no longer be changed here.".into(),
        ));
    }
    let now = clock::now();
    let person = parse_authoritatively(&input, now.date())?;
    state.store.person_save(session, &person.to_input(), now.to_string()).await?;
    Ok(Json(session_view(&state, session).await?))
}

/// The shared rules, plus the checks too heavy for the browser (full e-mail syntax).
fn parse_authoritatively(input: &PersonalDataInput, today: kyc_core::CalendarDate) -> Result<PersonalData, AppError> {
    let mut errors = match PersonalData::parse(input, today) {
        Ok(person) if person.email.as_str().validate_email() => return Ok(person),
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    };
    if !errors.iter().any(|e| e.field == Field::Email) && !input.email.trim().validate_email() {
        errors.push(FieldError {
            field: Field::Email,
            code: "email_format".into(),
            message: "is not a valid e-mail address".into(),
        });
    }
    Err(AppError::Validation(errors))
}
