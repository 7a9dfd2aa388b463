//! What the product team reads of a decided ID Dataweb verification (the partner API's
//! `iddataweb`): the verdict, the path that led to it, and for a referral the step the
//! provider asked for that this product does not run.

use super::{DenialReason, NextStep, VerifiedBy};
use kyc_core::IdentificationStatus;
use serde::{Deserialize, Serialize};

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// ID Dataweb's policy approved.
    Approved,
    /// ID Dataweb's policy denied.
    Denied,
    /// The policy asked for a step this product does not run: a person at the product team
    /// decides (and may settle it with the partner API's review).
    Referred,
}

impl Verdict {
    /// The identification status the user's status step shows.
    pub fn status(self) -> IdentificationStatus {
        match self {
            Self::Approved => IdentificationStatus::Successful,
            Self::Denied => IdentificationStatus::Failed,
            Self::Referred => IdentificationStatus::Referred,
        }
    }
}

/// The decision and what it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DecisionDetail {
    /// What was decided.
    pub verdict: Verdict,
    /// Whether the document step-up was part of the way.
    pub stepped_up: bool,
    /// The check that approved.
    pub verified_by: Option<VerifiedBy>,
    /// Why it was denied, as far as the answer told.
    pub denial: Option<DenialReason>,
    /// The obligation the flow does not handle (e.g. `kba`), for a referral.
    pub unhandled_obligation: Option<String>,
    /// In words, for support staff.
    pub reason: Option<String>,
}

impl DecisionDetail {
    /// The decision for a final step; `None` while the verification goes on.
    pub fn of(next: &NextStep, stepped_up: bool) -> Option<Self> {
        let base = |verdict| Self {
            verdict,
            stepped_up,
            verified_by: None,
            denial: None,
            unhandled_obligation: None,
            reason: None,
        };
        match next {
            NextStep::Approved(approval) => {
                Some(Self { verified_by: Some(approval.verified_by), ..base(Verdict::Approved) })
            }
            NextStep::Denied { reason } => Some(Self { denial: Some(*reason), ..base(Verdict::Denied) }),
            NextStep::Unhandled { obligation, .. } => Some(Self {
                unhandled_obligation: Some(obligation.clone()),
                reason: Some(format!(
                    "ID Dataweb asked for the step '{obligation}', which this flow does not offer: \
                     the identity could not be verified online"
                )),
                ..base(Verdict::Referred)
            }),
            NextStep::PiiValidation(_) | NextStep::PossessionCheck(_) | NextStep::DocumentStepUp(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::iddataweb::Transaction;

    #[test]
    fn an_obligation_the_flow_does_not_run_is_referred_naming_it() {
        let transaction = Transaction { asi: "t".into(), forward_api_key: "k".into(), credential: "c".into() };
        let kba = NextStep::Unhandled { transaction: transaction.clone(), obligation: "kba".into() };
        let detail = DecisionDetail::of(&kba, true).unwrap();
        assert_eq!((detail.verdict, detail.unhandled_obligation.as_deref()), (Verdict::Referred, Some("kba")));
        assert_eq!(detail.verdict.status(), IdentificationStatus::Referred);
        assert!(detail.reason.unwrap().contains("'kba'"));
        let denied = DecisionDetail::of(&NextStep::Denied { reason: DenialReason::DocumentNotVerified }, true).unwrap();
        assert_eq!(denied.denial, Some(DenialReason::DocumentNotVerified));
        assert_eq!(DecisionDetail::of(&NextStep::DocumentStepUp(transaction), false), None);
    }
}
