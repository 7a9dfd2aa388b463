//! Solaris's flow: the person (with the consent times) and an identification are prepared when
//! the user reaches the video call step, so that the accepted documents can be shown; starting
//! requests it (with a proof of address when the document lacks one); the status is re-read
//! until decided, and the verified person read on a positive result. The browser gets only the
//! page URL; the IDnow reference stays here.

use super::handover;
use super::{ConsentTimes, Document, SolarisClient};
use crate::clock;
use crate::error::AppError;
use crate::flow::{Ctx, Tracked};
use crate::store::{AddressProof, IdentificationRecord, SessionRecord};
use kyc_core::api::{IdentificationRequest, IdentificationView};
use kyc_core::document::{proof_needed, ProofOfAddress, ProofReason};
use kyc_core::flow::ProviderId;
use kyc_core::{ConsentKind, CountryCode, IdentificationStatus};
use secrecy::SecretString;

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Solaris;

/// The Solaris adapter and its webhook subscription.
pub struct Solaris {
    /// The adapter.
    pub client: SolarisClient,
    /// Secret of the `IDENTIFICATION` webhook subscription; webhooks are refused without one.
    pub webhook_secret: Option<SecretString>,
}

fn solaris(ctx: &Ctx<Solaris>) -> Result<&SolarisClient, AppError> {
    Ok(&ctx.provider()?.client)
}

pub(super) fn view(rec: &IdentificationRecord) -> IdentificationView {
    IdentificationView { url: rec.url.clone(), status: rec.status, estimated_waiting_time: rec.estimated_waiting_time }
}

/// Starts the identification: idempotent; the first call requests the video call, later calls
/// return it (the same URL serves a retry after an abort). After the URL expired, a new
/// identification is started; after a crash, the one the interrupted attempt created is.
pub async fn start(
    ctx: &Ctx<Solaris>,
    session: SessionRecord,
    request: &IdentificationRequest,
) -> Result<IdentificationRecord, AppError> {
    let client = solaris(ctx)?;
    let language = super::language::call_language(request.language.as_deref());
    let mut rec = prepared(ctx, session, language).await?;
    let expired = rec.status == IdentificationStatus::Expired;
    if rec.started() && !expired {
        return Ok(rec);
    }
    let address_confirmed =
        !matches!(ctx.env.store.address_check_load(session).await?, Some(kyc_core::api::AddressCheck::NotFound));
    let proof = proof_for(request, address_confirmed)?;
    // A new identification: after expiry (the link's 14 days are over: only a new one gives a
    // new link), or to carry the proof, which is part of the identification at Solaris.
    let renewed = expired || proof.is_some();
    let mut requested = None;
    if renewed {
        let replacing = Some(rec.provider_identification_id.as_str());
        let person = &rec.provider_person_id;
        let proof = proof.as_ref().map(|(_, proof)| proof);
        let created = handover::identification_once(ctx, session, person, replacing, proof, language).await?;
        rec.provider_identification_id = created.id.clone();
        // One an interrupted attempt already requested has its page: it is not requested twice.
        requested = (created.status == IdentificationStatus::Pending && created.url.is_some()).then_some(created);
    }
    let requested = match requested {
        Some(requested) => requested,
        None => client.identification_request(&rec.provider_person_id, &rec.provider_identification_id).await?,
    };
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
    ctx.env.store.identification_save(session, rec.clone(), clock::now().to_string()).await?;
    if let Some((reason, proof)) = &proof {
        ctx.env.store.address_proof_save(session, &AddressProof { reason: *reason, proof: *proof }).await?;
    }
    if renewed {
        ctx.env.intent_done(session, handover::IDENTIFICATION_STEP).await?;
    }
    tracing::info!(session = session.id, "identification started");
    Ok(rec)
}

/// The documents accepted for the call, preparing it in the language of a user who sees the app
/// in `ui` the first time.
pub async fn supported_documents(
    ctx: &Ctx<Solaris>,
    session: SessionRecord,
    ui: Option<&str>,
) -> Result<Vec<kyc_core::api::SupportedDocument>, AppError> {
    let rec = prepared(ctx, session, super::language::call_language(ui)).await?;
    Ok(solaris(ctx)?.supported_documents(&rec.provider_person_id, &rec.provider_identification_id).await?)
}

/// The proof of address the call needs, and why (the shared rule: an address the address
/// service could not confirm, or a document that does not show it), checked for its age.
fn proof_for(
    request: &IdentificationRequest,
    address_confirmed: bool,
) -> Result<Option<(ProofReason, ProofOfAddress)>, AppError> {
    let Some(document) = &request.document else { return Ok(None) };
    let country = CountryCode::parse(&document.issuing_country)
        .map_err(|_| AppError::BadRequest("document.issuing_country is not a country code".into()))?;
    let Some(reason) = proof_needed(document.kind, country, address_confirmed) else {
        return Ok(None);
    };
    let input = request.proof_of_address.as_ref().ok_or_else(|| {
        AppError::BadRequest(match reason {
            ProofReason::AddressNotConfirmed => {
                "The address could not be confirmed: a proof of address is needed.".into()
            }
            ProofReason::DocumentWithoutAddress => {
                "This document does not show the address: a proof of address is needed.".into()
            }
        })
    })?;
    ProofOfAddress::parse(input.kind, &input.issued_at, clock::now().date())
        .map(|proof| Some((reason, proof)))
        .map_err(|e| AppError::BadRequest(format!("proof_of_address.issued_at {e}")))
}

/// The session's identification, preparing the person and a created identification at Solaris
/// (in `language`) the first time.
async fn prepared(
    ctx: &Ctx<Solaris>,
    session: SessionRecord,
    language: &'static str,
) -> Result<IdentificationRecord, AppError> {
    if let Some(rec) = ctx.env.store.identification_load(session).await? {
        return Ok(rec);
    }
    // Unconfigured, the provider answers before anything is read.
    solaris(ctx)?;
    let now = clock::now();
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let consents = ctx.env.store.consents_load(session).await?;
    let given = |kind: ConsentKind| consents.iter().find(|c| c.kind == kind).map(|c| c.given_at.clone());
    let (Some(terms), Some(data)) = (given(ConsentKind::TermsConditions), given(ConsentKind::DataProcessing)) else {
        return Err(AppError::Conflict("Both consents are needed before the identification.".into()));
    };
    let declared_at = ctx.env.store.person_saved_at(session).await?.unwrap_or_else(|| now.to_string());
    let times = ConsentTimes { terms_conditions: terms, data_processing: data, declarations: declared_at };
    let person_id = handover::person_once(ctx, session, &person, &times).await?;
    let created = handover::identification_once(ctx, session, &person_id, None, None, language).await?;
    let mut rec = crate::flow::identification_record(PROVIDER, created.id, IdentificationStatus::Created);
    rec.provider_person_id = person_id;
    ctx.env.store.identification_save(session, rec.clone(), now.to_string()).await?;
    ctx.env.intent_done(session, handover::IDENTIFICATION_STEP).await?;
    Ok(rec)
}

impl Tracked for Solaris {
    async fn refresh(ctx: &Ctx<Self>, session: SessionRecord, rec: &mut IdentificationRecord) -> Result<(), AppError> {
        let client = solaris(ctx)?;
        let latest = client.identification_show(&rec.provider_person_id, &rec.provider_identification_id).await?;
        // Agents may correct data during the call or in review: a positive result is stored only
        // after the person as verified, so no poll sees the decision without it (the page stops
        // polling at a final status) and a failed read is retried by the next refresh.
        let positive =
            matches!(latest.status, IdentificationStatus::PendingSuccessful | IdentificationStatus::Successful);
        if positive && rec.status != latest.status {
            let verified = client.person_show(&rec.provider_person_id).await?;
            ctx.env.store.person_verified_save(session, &verified).await?;
        }
        let stored = ctx
            .env
            .store
            .identification_update(
                session,
                latest.status,
                latest.failure_reason.clone(),
                latest.estimated_waiting_time,
                clock::now(),
            )
            .await?;
        if stored == Some(latest.status) {
            rec.status = latest.status;
            rec.failure_reason = latest.failure_reason;
            rec.estimated_waiting_time = latest.estimated_waiting_time;
        }
        Ok(())
    }
}

/// The KYC report and the other documents of the identification `rec`.
pub async fn documents(ctx: &Ctx<Solaris>, rec: &IdentificationRecord) -> Result<Vec<Document>, AppError> {
    Ok(solaris(ctx)?.identification_documents(&rec.provider_person_id, &rec.provider_identification_id).await?)
}

/// One document's content type and bytes.
pub async fn document_file(ctx: &Ctx<Solaris>, document_id: &str) -> Result<(String, axum::body::Bytes), AppError> {
    Ok(solaris(ctx)?.document_file(document_id).await?)
}
