//! The personal data a provider may be sent.

use super::Env;
use crate::error::AppError;
use crate::store::SessionRecord;
use kyc_core::{ConsentKind, PersonalData};

/// The saved personal data, checked again with every rule of the session's flow (a birthday may
/// have crossed midnight, the policy may have changed), once both consents are given: what a
/// provider may be sent.
pub async fn consented_person(env: &Env, session: SessionRecord) -> Result<PersonalData, AppError> {
    let store = &env.store;
    let input =
        store.person_load(session).await?.ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    let consents = store.consents_load(session).await?;
    if !ConsentKind::ALL.iter().all(|k| consents.iter().any(|c| c.kind == *k)) {
        return Err(AppError::Conflict("Both consents are needed before the check.".into()));
    }
    let settings = store.session_settings(session).await?;
    let fields = settings.flow.definition().fields;
    let policy = crate::teams::policy::applied(env, &settings.team).await?.rules;
    crate::rules::parse_person(&input, settings.flow, &fields, &settings.locked, crate::clock::now().date(), &policy)
        .map_err(AppError::Validation)
}
