//! The proof of address an identification was requested with, kept beside it for the product
//! team's support: Solaris's agent sees it in the call, the team sees that it was supplied.

use super::{SessionRecord, Store, StoreError};
use kyc_core::document::{ProofOfAddress, ProofReason};
use serde::{Deserialize, Serialize};

/// A proof of address given for the video call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AddressProof {
    /// Why it was needed.
    pub reason: ProofReason,
    /// The document's kind (by Solaris's name) and when it was issued.
    #[serde(flatten)]
    pub proof: ProofOfAddress,
}

impl Store {
    /// Records the proof the session's identification was requested with.
    pub async fn address_proof_save(&self, session: SessionRecord, proof: &AddressProof) -> Result<(), StoreError> {
        self.json_store(
            "UPDATE identifications SET proof_of_address = ?2 WHERE session_id = ?1",
            "identifications.proof_of_address",
            session,
            Some(proof),
        )
        .await
    }

    /// The proof the session's identification was requested with, if one was needed.
    pub async fn address_proof_load(&self, session: SessionRecord) -> Result<Option<AddressProof>, StoreError> {
        self.json_load(
            "SELECT proof_of_address FROM identifications WHERE session_id = ?1",
            "identifications.proof_of_address",
            session,
        )
        .await
    }
}
