//! Sessions as the product team sees them: everything the user entered, consented to, and the
//! verified result.

use super::Partner;
use crate::error::AppError;
use crate::providers::ProviderDetail;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use kyc_core::api::{AddressCheck, ConsentView};
use kyc_core::{IdentificationStatus, PersonalDataInput};
use serde::Serialize;

/// One row of `GET /partner/v1/sessions`.
#[derive(Serialize)]
pub struct SessionSummary {
    id: String,
    created_at: String,
    status: Option<String>,
}

/// `GET /partner/v1/sessions`: the latest 200 sessions, newest first.
pub async fn sessions_index(
    partner: Partner,
    State(state): State<AppState>,
) -> Result<Json<Vec<SessionSummary>>, AppError> {
    let rows = state.env.store.sessions_list(partner.team.clone(), 200).await?;
    partner.audit(&state, "sessions.list", None, None).await?;
    Ok(Json(rows.into_iter().map(|(id, created_at, status)| SessionSummary { id, created_at, status }).collect()))
}

/// `GET /partner/v1/sessions/{id}`.
#[derive(Serialize)]
pub struct SessionDetail {
    id: String,
    person: Option<PersonalDataInput>,
    verified_person: Option<PersonalDataInput>,
    /// `not_found` means the user must still send a proof of address to support.
    address_check: Option<AddressCheck>,
    consents: Vec<ConsentView>,
    status: Option<IdentificationStatus>,
    /// When the provider last confirmed `status` (a webhook, the user's poll or the
    /// reconciliation re-read it); `null` before the first confirmation.
    status_confirmed_at: Option<String>,
    failure_reason: Option<String>,
    provider: Option<ProviderRefs>,
    /// What the session's provider adds: its decision, or the account.
    #[serde(flatten)]
    detail: ProviderDetail,
}

/// The provider's identifiers, for the product team's support staff. They are server-side
/// only: the IDnow reference in particular must never be shown to the end user.
#[derive(Serialize)]
pub struct ProviderRefs {
    name: String,
    person_id: String,
    identification_id: String,
    reference: Option<String>,
}

/// `GET /partner/v1/sessions/{id}`: entered and verified data, consents, status and reason.
/// Unlike the end user, the product team sees the reason of every outcome.
pub async fn session_show(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Json<SessionDetail>, AppError> {
    let session = partner.session(&state, &public_id).await?;
    // Before the read: a read that fails half-way was still attempted.
    partner.audit(&state, "session.read", Some(&public_id), None).await?;
    let identification = state.env.store.identification_load(session).await?;
    Ok(Json(SessionDetail {
        id: public_id,
        person: state.env.store.person_load(session).await?,
        verified_person: state.env.store.person_verified_load(session).await?,
        address_check: state.env.store.address_check_load(session).await?,
        consents: state.env.store.consents_load(session).await?,
        status: identification.as_ref().map(|i| i.status),
        status_confirmed_at: state.env.store.identification_confirmed_at(session).await?,
        failure_reason: identification.as_ref().and_then(|i| i.failure_reason.clone()),
        detail: state.providers.detail(session, state.env.store.session_settings(session).await?.flow).await?,
        provider: identification.map(|i| ProviderRefs {
            name: i.provider.key().to_owned(),
            person_id: i.provider_person_id,
            identification_id: i.provider_identification_id,
            reference: i.provider_reference,
        }),
    }))
}
