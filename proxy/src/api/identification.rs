//! Starting the video identification at Solaris: person (with consent times), identification,
//! request. The answer carries only the page URL; the IDnow reference stays here.

use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::providers::solaris::ConsentTimes;
use crate::state::AppState;
use crate::store::{IdentificationRecord, SessionRecord};
use axum::extract::State;
use axum::Json;
use kyc_core::api::IdentificationView;
use kyc_core::{ConsentKind, IdentificationStatus};

fn view(rec: &IdentificationRecord) -> IdentificationView {
    IdentificationView { url: rec.url.clone(), status: rec.status, estimated_waiting_time: rec.estimated_waiting_time }
}

/// `POST /api/session/identification`: idempotent; the first call starts the identification,
/// later calls return it (the same URL serves a retry after an abort).
pub async fn identification_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<IdentificationView>, AppError> {
    if let Some(rec) = state.store.identification_load(session).await? {
        return Ok(Json(view(&rec)));
    }
    let rec = start(&state, session).await?;
    state.store.identification_insert(session, rec.clone(), clock::now().to_string()).await?;
    tracing::info!(session = session.id, "identification started");
    Ok(Json(view(&rec)))
}

async fn start(state: &AppState, session: SessionRecord) -> Result<IdentificationRecord, AppError> {
    let now = clock::now();
    let input = state
        .store
        .person_load(session)
        .await?
        .ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    // Stored data passed validation when saved; parsing again catches a birthday rule crossing midnight and old rows.
    let person = crate::rules::parse_person(&input, now.date(), &state.policy).map_err(AppError::Validation)?;
    let consents = state.store.consents_load(session).await?;
    let given = |kind: ConsentKind| consents.iter().find(|c| c.kind == kind).map(|c| c.given_at.clone());
    let (Some(terms), Some(data)) = (given(ConsentKind::TermsConditions), given(ConsentKind::DataProcessing)) else {
        return Err(AppError::Conflict("Both consents are needed before the identification.".into()));
    };
    let person_id = match state.store.provider_person_load(session).await? {
        Some(id) => id,
        None => {
            let id = state
                .solaris
                .person_create(&person, &ConsentTimes { terms_conditions: terms, data_processing: data })
                .await?;
            state.store.provider_person_save(session, id.clone()).await?;
            id
        }
    };
    let created = state.solaris.identification_create(&person_id, None).await?;
    let requested = state.solaris.identification_request(&person_id, &created.id).await?;
    let url = requested.url.ok_or_else(|| {
        tracing::warn!("solaris returned no identification url");
        AppError::ProviderUnavailable
    })?;
    Ok(IdentificationRecord {
        provider: "solaris".into(),
        provider_person_id: person_id,
        provider_identification_id: requested.id,
        provider_reference: requested.reference,
        url,
        status: if requested.status == IdentificationStatus::Created {
            IdentificationStatus::Pending
        } else {
            requested.status
        },
        failure_reason: None,
        estimated_waiting_time: requested.estimated_waiting_time,
    })
}
