//! The video identification at Solaris: the person (with consent times) and an identification
//! are prepared when the user reaches the step, so that the accepted documents can be shown;
//! starting requests it (with a proof of address when the document lacks one). The browser gets
//! only the page URL; the IDnow reference stays here.

use crate::auth::CurrentSession;
use crate::clock;
use crate::error::AppError;
use crate::providers::solaris::ConsentTimes;
use crate::state::AppState;
use crate::store::{IdentificationRecord, SessionRecord};
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use kyc_core::api::{IdentificationRequest, IdentificationView, SupportedDocument};
use kyc_core::document::{shows_address, ProofOfAddress};
use kyc_core::{ConsentKind, CountryCode, IdentificationStatus};

fn view(rec: &IdentificationRecord) -> IdentificationView {
    IdentificationView { url: rec.url.clone(), status: rec.status, estimated_waiting_time: rec.estimated_waiting_time }
}

/// `GET /api/session/identification/documents`: the documents accepted for the call.
pub async fn identification_documents_index(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<Vec<SupportedDocument>>, AppError> {
    let rec = prepared(&state, session).await?;
    let documents = state.solaris.supported_documents(&rec.provider_person_id, &rec.provider_identification_id).await?;
    Ok(Json(documents))
}

/// `POST /api/session/identification`: idempotent; the first call starts the identification,
/// later calls return it (the same URL serves a retry after an abort). After the URL expired,
/// a new identification is started.
pub async fn identification_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Bytes,
) -> Result<Json<IdentificationView>, AppError> {
    // The body is optional: an empty one means no document was chosen.
    let request: IdentificationRequest = if body.is_empty() {
        IdentificationRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| AppError::BadRequest(format!("invalid body: {e}")))?
    };
    let mut rec = prepared(&state, session).await?;
    let expired = rec.status == IdentificationStatus::Expired;
    if rec.started() && !expired {
        return Ok(Json(view(&rec)));
    }
    let proof = proof_for(&request)?;
    if expired && proof.is_none() {
        // The link's 14 days are over: only a new identification gives a new link.
        rec.provider_identification_id =
            state.solaris.identification_create(&rec.provider_person_id, None, None).await?.id;
    }
    if let Some(proof) = proof {
        // The proof is part of the identification at Solaris: a fresh one carries it.
        let created = state.solaris.identification_create(&rec.provider_person_id, None, Some(&proof)).await?;
        rec.provider_identification_id = created.id;
    }
    let requested =
        state.solaris.identification_request(&rec.provider_person_id, &rec.provider_identification_id).await?;
    rec.url = requested.url.ok_or_else(|| {
        tracing::warn!("solaris returned no identification url");
        AppError::ProviderUnavailable
    })?;
    rec.provider_reference = requested.reference;
    rec.status = match requested.status {
        IdentificationStatus::Created => IdentificationStatus::Pending,
        other => other,
    };
    rec.estimated_waiting_time = requested.estimated_waiting_time;
    rec.failure_reason = None;
    state.store.identification_save(session, rec.clone(), clock::now().to_string()).await?;
    tracing::info!(session = session.id, "identification started");
    Ok(Json(view(&rec)))
}

/// The proof of address the chosen document requires, checked with the shared rule.
fn proof_for(request: &IdentificationRequest) -> Result<Option<ProofOfAddress>, AppError> {
    let Some(document) = &request.document else { return Ok(None) };
    let country = CountryCode::parse(&document.issuing_country)
        .map_err(|_| AppError::BadRequest("document.issuing_country is not a country code".into()))?;
    if shows_address(document.kind, country) {
        return Ok(None);
    }
    let input = request.proof_of_address.as_ref().ok_or_else(|| {
        AppError::BadRequest("This document does not show the address: a proof of address is needed.".into())
    })?;
    ProofOfAddress::parse(input.kind, &input.issued_at, clock::now().date())
        .map(Some)
        .map_err(|e| AppError::BadRequest(format!("proof_of_address.issued_at {e}")))
}

/// The session's identification, preparing the person and a created identification at Solaris
/// the first time.
async fn prepared(state: &AppState, session: SessionRecord) -> Result<IdentificationRecord, AppError> {
    if let Some(rec) = state.store.identification_load(session).await? {
        return Ok(rec);
    }
    let now = clock::now();
    let input = state
        .store
        .person_load(session)
        .await?
        .ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    // Parsed again: a birthday rule may have crossed midnight, or the policy changed since saving.
    let settings = state.store.session_settings(session).await?;
    let fields = settings.flow.definition().fields;
    let person = crate::rules::parse_person(&input, &fields, &settings.locked, now.date(), &state.policy)
        .map_err(AppError::Validation)?;
    let consents = state.store.consents_load(session).await?;
    let given = |kind: ConsentKind| consents.iter().find(|c| c.kind == kind).map(|c| c.given_at.clone());
    let (Some(terms), Some(data)) = (given(ConsentKind::TermsConditions), given(ConsentKind::DataProcessing)) else {
        return Err(AppError::Conflict("Both consents are needed before the identification.".into()));
    };
    let person_id = match state.store.provider_person_load(session).await? {
        Some(id) => id,
        None => {
            let declared_at = state.store.person_saved_at(session).await?.unwrap_or_else(|| now.to_string());
            let times = ConsentTimes { terms_conditions: terms, data_processing: data, declarations: declared_at };
            let id = state.solaris.person_create(&person, &times).await?;
            state.store.provider_person_save(session, id.clone()).await?;
            id
        }
    };
    let created = state.solaris.identification_create(&person_id, None, None).await?;
    let rec = IdentificationRecord {
        provider: "solaris".into(),
        provider_person_id: person_id,
        provider_identification_id: created.id,
        provider_reference: None,
        url: String::new(),
        status: IdentificationStatus::Created,
        failure_reason: None,
        estimated_waiting_time: None,
    };
    state.store.identification_save(session, rec.clone(), now.to_string()).await?;
    Ok(rec)
}
