//! The proxy's side of each provider's flow beyond Solaris's single call: what it keeps between
//! the browser's calls ([`crate::store::Store::progress_load`]) and what each step asks of the
//! provider. Handlers in [`crate::api`] stay thin; the decisions land in the identification
//! record, so the status step reads every provider's result the same way.

pub mod iddataweb;
pub mod onfido;
pub mod serial;
pub mod signicat;
pub mod xpollens;

use crate::error::AppError;
use crate::state::AppState;
use crate::store::SessionRecord;
use kyc_core::flow::FlowId;
use kyc_core::Step;
use kyc_core::{ConsentKind, PersonalData};

/// Which steps of the session's flow are behind the user, and which step-ups the provider sent
/// them to: what the furthest step is computed from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepsState {
    /// The device check ran (and let the user in, or decided).
    pub risk_done: bool,
    /// The phone check ended: by a decision, or by sending the user to the documents.
    pub phone_check_done: bool,
    /// The user's bank confirmed who they are (Signicat's iDIN login).
    pub bank_login_done: bool,
    /// The provider asked for the ID document and a selfie.
    pub capture_taken: bool,
    /// The pictures were handed to the provider.
    pub capture_done: bool,
    /// The data can no longer change: the provider is checking it.
    pub person_locked: bool,
    /// The provider recognised this browser from an earlier approval (ID Dataweb's trusted
    /// devices).
    pub device_recognised: bool,
    /// The identity proof was started (its result comes later, by callback).
    pub identity_done: bool,
    /// The declarative data went to the provider.
    pub declaration_done: bool,
    /// The tax answers went to the provider.
    pub tax_done: bool,
    /// The account's terms were accepted.
    pub terms_done: bool,
}

/// The saved personal data, checked again with every rule of the session's flow (a birthday may
/// have crossed midnight, the policy may have changed), once both consents are given: what a
/// provider may be sent.
pub async fn consented_person(state: &AppState, session: SessionRecord) -> Result<PersonalData, AppError> {
    let input = state
        .store
        .person_load(session)
        .await?
        .ok_or_else(|| AppError::Conflict("Personal data is missing.".into()))?;
    let consents = state.store.consents_load(session).await?;
    if !ConsentKind::ALL.iter().all(|k| consents.iter().any(|c| c.kind == *k)) {
        return Err(AppError::Conflict("Both consents are needed before the check.".into()));
    }
    let settings = state.store.session_settings(session).await?;
    let fields = settings.flow.definition().fields;
    crate::rules::parse_person(&input, &fields, &settings.locked, crate::clock::now().date(), &state.policy)
        .map_err(AppError::Validation)
}

/// Hands the pictures to the session's provider once the capture step has all it asked for.
/// Idempotent: a retake after that changes nothing at the provider. One at a time per session
/// ([`serial`]): the flows' stored stages make retries safe, the lock makes simultaneous ones so.
pub async fn captures_complete(state: &AppState, session: SessionRecord) -> Result<(), AppError> {
    let _one_at_a_time = state.handovers.lock(session).await;
    match state.store.session_settings(session).await?.flow {
        FlowId::IddatawebPhone => iddataweb::documents_submit(state, session).await,
        FlowId::OnfidoDocuments => onfido::submit(state, session).await,
        FlowId::SignicatBank => signicat::submit(state, session).await,
        // The pictures of a Solaris session go with its video call (the partner's option); an
        // Xpollens account takes none.
        FlowId::SolarisIdnow | FlowId::XpollensAccount => Ok(()),
    }
}

/// The identification record of a provider's check (id `check_id`) that the status step reads.
pub(crate) fn identification_record(
    provider: &str,
    check_id: String,
    status: kyc_core::IdentificationStatus,
) -> crate::store::IdentificationRecord {
    crate::store::IdentificationRecord {
        provider: provider.into(),
        provider_person_id: String::new(),
        provider_identification_id: check_id,
        provider_reference: None,
        url: String::new(),
        status,
        failure_reason: None,
        estimated_waiting_time: None,
    }
}

/// The identification record, pending while the provider's check (id `check_id`) runs; written
/// once, a repeated call changes nothing.
pub(crate) async fn identification_pending(
    state: &AppState,
    session: SessionRecord,
    provider: &str,
    check_id: String,
) -> Result<(), AppError> {
    if state.store.identification_load(session).await?.is_some_and(|r| r.provider == provider) {
        return Ok(());
    }
    let rec = identification_record(provider, check_id, kyc_core::IdentificationStatus::Pending);
    Ok(state.store.identification_save(session, rec, crate::clock::now().to_string()).await?)
}

/// What a flow does before the product team's review settles a referral: Signicat's dossier and
/// the proxy's personal data, kept for that review, are deleted first (a failure leaves the
/// referral open, so the product team can try again).
pub async fn before_review(state: &AppState, session: SessionRecord) -> Result<(), AppError> {
    match state.store.session_settings(session).await?.flow {
        FlowId::SignicatBank => signicat::forget(state, session).await,
        _ => Ok(()),
    }
}

/// The state of the provider-specific steps of `session`, whose flow is `flow`: one read of the
/// progress of that flow's provider (this runs for every session view).
pub async fn steps_state(state: &AppState, session: SessionRecord, flow: FlowId) -> Result<StepsState, AppError> {
    let steps = match flow {
        FlowId::IddatawebPhone => state
            .store
            .progress_load::<iddataweb::Progress>(session, iddataweb::PROVIDER)
            .await?
            .map(|p| p.steps_state()),
        FlowId::OnfidoDocuments => {
            state.store.progress_load::<onfido::Progress>(session, onfido::PROVIDER).await?.map(|p| p.steps_state())
        }
        FlowId::SignicatBank => signicat::load(state, session).await?.map(|p| p.steps_state()),
        FlowId::XpollensAccount => {
            state.store.progress_load::<xpollens::Progress>(session, xpollens::PROVIDER).await?.map(|p| p.steps_state())
        }
        FlowId::SolarisIdnow => None,
    };
    Ok(steps.unwrap_or_default())
}

impl StepsState {
    /// Whether `step` is behind the user, given the parts every flow shares.
    pub fn done(&self, step: Step, person_saved: bool, consents_given: bool, started: bool) -> bool {
        match step {
            Step::Risk => self.risk_done,
            Step::PersonalData => person_saved,
            Step::Consents => consents_given,
            Step::Identification => started,
            Step::PhoneCheck => self.phone_check_done,
            Step::BankLogin => self.bank_login_done,
            Step::Capture => self.capture_done,
            Step::Identity => self.identity_done,
            Step::Declaration => self.declaration_done,
            Step::Tax => self.tax_done,
            Step::Terms => self.terms_done,
            Step::Status => false,
        }
    }
}
