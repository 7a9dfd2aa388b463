//! Which steps of a session's flow are behind the user, as far as only its provider knows.

use crate::store::{SessionRecord, Store, StoreError};
use kyc_core::flow::ProviderId;
use kyc_core::Step;
use serde::de::DeserializeOwned;

/// A provider's progress as stored between the browser's calls: which steps it puts behind
/// the user.
pub trait Staged: DeserializeOwned + Send + 'static {
    /// Whose progress it is (the stored row's provider).
    const PROVIDER: ProviderId;

    /// The steps this stage puts behind the user.
    fn steps_state(&self) -> StepsState;
}

/// The steps the session's stored progress of type `P` puts behind the user (none before any).
pub async fn steps_of<P: Staged>(store: &Store, session: SessionRecord) -> Result<StepsState, StoreError> {
    Ok(store.progress_load::<P>(session, P::PROVIDER).await?.map(|p| p.steps_state()).unwrap_or_default())
}

/// Which steps of the session's flow are behind the user, and which step-ups the provider sent
/// them to: what the furthest step is computed from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepsState {
    /// The device check ran (and let the user in, or decided).
    pub risk_done: bool,
    /// The phone check ended: by a decision, or by sending the user to the documents.
    pub phone_check_done: bool,
    /// The user's bank confirmed who they are (an eID bank login).
    pub bank_login_done: bool,
    /// The provider asked for the ID document and a selfie.
    pub capture_taken: bool,
    /// The pictures were handed to the provider.
    pub capture_done: bool,
    /// The data can no longer change: the provider is checking it.
    pub person_locked: bool,
    /// The provider recognised this browser from an earlier approval (its trusted devices).
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
