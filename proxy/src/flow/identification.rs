//! The identification record of a provider's check, which the status step reads the same way
//! for every provider.

use crate::error::AppError;
use crate::store::{IdentificationRecord, SessionRecord, Store};
use kyc_core::flow::ProviderId;
use kyc_core::IdentificationStatus;

/// The identification record of `provider`'s check (id `check_id`).
pub fn identification_record(
    provider: ProviderId,
    check_id: String,
    status: IdentificationStatus,
) -> IdentificationRecord {
    IdentificationRecord {
        provider,
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
pub async fn identification_pending(
    store: &Store,
    session: SessionRecord,
    provider: ProviderId,
    check_id: String,
) -> Result<(), AppError> {
    if store.identification_load(session).await?.is_some_and(|r| r.provider == provider) {
        return Ok(());
    }
    let rec = identification_record(provider, check_id, IdentificationStatus::Pending);
    Ok(store.identification_save(session, rec, crate::clock::now().to_string()).await?)
}
