//! Identification statuses (the Solaris IDnow subset, and the referral of a check the product
//! team's rules did not accept) and what each means for the user.

use serde::{Deserialize, Serialize};

/// Status of a video identification at Solaris.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdentificationStatus {
    /// The identification resource exists; the call was not requested yet.
    Created,
    /// Requested; the user has not finished the call.
    Pending,
    /// The call succeeded; a second-line review is still to come. Services may be offered.
    PendingSuccessful,
    /// Under review with a negative expectation. No services may be offered.
    PendingFailed,
    /// Verified.
    Successful,
    /// The user or agent aborted the call; the same URL can be used again.
    Aborted,
    /// The provider cancelled the call in review; the same URL can be used again.
    Canceled,
    /// Not verified. No reason may be disclosed.
    Failed,
    /// The identification URL expired before it was used.
    Expired,
    /// The checks ran but did not satisfy the product team's rules (for Onfido: a report that is
    /// not clear, or a rule over its breakdown that does not hold): a person at the product team
    /// decides, outside this product.
    Referred,
}

/// A product team's verdict on a referred identification, after its own look at the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// The person is verified after all.
    Accepted,
    /// The person is not verified.
    Rejected,
}

/// What a status means for the screen the user sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Nothing decided yet: keep waiting.
    Waiting,
    /// Identified; a review may follow but the user may continue.
    VerifiedUnderReview,
    /// Identified.
    Verified,
    /// Interrupted; the user can try again with the same link.
    Interrupted,
    /// Not identified; no reason is given.
    Failed,
    /// The link expired; a new identification is needed.
    Expired,
    /// Handed to the product team for a closer look; they contact the user.
    Referred,
}

impl IdentificationStatus {
    /// True when no further change is expected, so polling can stop.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::Successful | Self::Failed | Self::Aborted | Self::Canceled | Self::Expired | Self::Referred
        )
    }

    /// The screen this status leads to.
    pub fn outcome(self) -> Outcome {
        match self {
            Self::Created | Self::Pending | Self::PendingFailed => Outcome::Waiting,
            Self::PendingSuccessful => Outcome::VerifiedUnderReview,
            Self::Successful => Outcome::Verified,
            Self::Aborted | Self::Canceled => Outcome::Interrupted,
            Self::Failed => Outcome::Failed,
            Self::Expired => Outcome::Expired,
            Self::Referred => Outcome::Referred,
        }
    }

    /// Whether a provider may move an identification from `self` to `next`. Final statuses never
    /// go back to an open one, except that an aborted or canceled call may be retried. A referral
    /// is the product team's to settle, outside the provider: nothing the provider sends changes it.
    pub fn may_become(self, next: IdentificationStatus) -> bool {
        use IdentificationStatus::*;
        match self {
            Successful | Failed | Expired | Referred => false,
            Aborted | Canceled => matches!(
                next,
                Pending | PendingSuccessful | PendingFailed | Successful | Failed | Aborted | Canceled | Expired
            ),
            Created => next != Created,
            Pending => !matches!(next, Created | Pending),
            PendingSuccessful | PendingFailed => {
                matches!(next, Successful | Failed | Canceled | PendingSuccessful | PendingFailed) && next != self
            }
        }
    }

    /// The status after the product team's review of a referral: `None` unless `self` is
    /// [`Self::Referred`], the only status a product team settles.
    pub fn reviewed(self, review: Review) -> Option<IdentificationStatus> {
        (self == Self::Referred).then_some(match review {
            Review::Accepted => Self::Successful,
            Review::Rejected => Self::Failed,
        })
    }

    /// The status's wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Pending => "pending",
            Self::PendingSuccessful => "pending_successful",
            Self::PendingFailed => "pending_failed",
            Self::Successful => "successful",
            Self::Aborted => "aborted",
            Self::Canceled => "canceled",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Referred => "referred",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IdentificationStatus::*;
    use super::{IdentificationStatus, Review};

    #[test]
    fn only_a_referral_is_settled_by_the_product_teams_review() {
        assert_eq!(Referred.reviewed(Review::Accepted), Some(Successful));
        assert_eq!(Referred.reviewed(Review::Rejected), Some(Failed));
        let others =
            [Created, Pending, PendingSuccessful, PendingFailed, Successful, Aborted, Canceled, Failed, Expired];
        for status in others {
            assert_eq!(IdentificationStatus::reviewed(status, Review::Accepted), None, "{status:?}");
        }
    }

    #[test]
    fn final_statuses_stop_polling_and_review_statuses_do_not() {
        assert!(Successful.is_final() && Failed.is_final() && Aborted.is_final());
        assert!(!PendingSuccessful.is_final() && !PendingFailed.is_final() && !Pending.is_final());
    }

    #[test]
    fn a_final_decision_never_moves_backwards() {
        assert!(!Successful.may_become(Pending));
        assert!(!Failed.may_become(Successful));
        assert!(!PendingSuccessful.may_become(Pending));
        assert!(Aborted.may_become(Pending), "an aborted call may be retried with the same URL");
        assert!(PendingSuccessful.may_become(Successful));
    }

    #[test]
    fn a_referral_is_final_and_stays_as_it_is() {
        assert!(Referred.is_final());
        assert_eq!(Referred.outcome(), super::Outcome::Referred);
        assert!(Pending.may_become(Referred));
        for next in [Created, Pending, PendingSuccessful, PendingFailed, Successful, Failed, Aborted, Canceled, Expired]
        {
            assert!(!Referred.may_become(next), "{next:?}");
        }
        assert!(!Successful.may_become(Referred) && !Failed.may_become(Referred));
        assert_eq!(serde_json::to_string(&Referred).unwrap(), "\"referred\"");
        assert_eq!(Referred.as_str(), "referred");
    }

    #[test]
    fn statuses_serialise_as_solaris_names() {
        assert_eq!(serde_json::to_string(&PendingSuccessful).unwrap(), "\"pending_successful\"");
        assert_eq!(PendingSuccessful.as_str(), "pending_successful");
    }
}
