//! IDnow's test scenarios and their scripts. [`Scenario::plan`] is the pure description of what
//! happens when the call ends and in the review; [`super::test_case`] picks the scenario.

use kyc_core::IdentificationStatus::{self, *};
use std::time::Duration;

/// The outcome a test name asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Success after review, no data changes.
    HappyPath,
    /// Immediate success; the agent changes every identity field.
    ChangeAll,
    /// Success; the fields are changed in review instead of during the call.
    ChangeAllReview,
    /// The agent aborts the call (video quality); the same link can be used again.
    AbortIdent,
    /// Fraud suspected during the call and confirmed in review.
    FraudIdent,
    /// Success in the call, fraud found in review.
    FraudReview,
    /// Fraud suspected during the call, cleared in review.
    FraudOk,
    /// Success in the call, cancelled in review (photo quality).
    Canceled,
    /// Like the happy path, but the review comes a day later.
    LongReview,
    /// Only meaningful for eSigning identifications, which this simulator does not offer.
    HoldCertificate,
}

/// One scripted status change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The new status.
    pub status: IdentificationStatus,
    /// Reason shown with `aborted` and `canceled`.
    pub failure_reason: Option<&'static str>,
    /// Whether the agent changes the person's identity fields at this step.
    pub changes_person: bool,
}

/// When the second-line review happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewTiming {
    /// After the configured review delay.
    Standard,
    /// After [`LONG_REVIEW_DELAY`].
    Long,
}

/// Delay of the LONGREVIEW scenario's review.
pub const LONG_REVIEW_DELAY: Duration = Duration::from_secs(24 * 60 * 60);

/// The script of one attempt: the status when the call ends, then the review, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Applied when the user finishes the call.
    pub call: Step,
    /// Applied later by the simulated reviewer.
    pub review: Option<(ReviewTiming, Step)>,
}

const fn step(status: IdentificationStatus) -> Step {
    Step { status, failure_reason: None, changes_person: false }
}

impl Scenario {
    /// The scripted sequence of this scenario.
    pub fn plan(self) -> Plan {
        use ReviewTiming::*;
        let (call, review) = match self {
            Self::HappyPath | Self::HoldCertificate => (step(PendingSuccessful), Some((Standard, step(Successful)))),
            Self::ChangeAll => (Step { changes_person: true, ..step(Successful) }, None),
            Self::ChangeAllReview => {
                (step(PendingSuccessful), Some((Standard, Step { changes_person: true, ..step(Successful) })))
            }
            Self::AbortIdent => (Step { failure_reason: Some("TECH_VIDEO"), ..step(Aborted) }, None),
            Self::FraudIdent => (step(PendingFailed), Some((Standard, step(Failed)))),
            Self::FraudReview => (step(PendingSuccessful), Some((Standard, step(Failed)))),
            Self::FraudOk => (step(PendingFailed), Some((Standard, step(Successful)))),
            Self::Canceled => (
                step(PendingSuccessful),
                Some((Standard, Step { failure_reason: Some("TECH_PHOTO"), ..step(Canceled) })),
            ),
            Self::LongReview => (step(PendingSuccessful), Some((Long, step(Successful)))),
        };
        Plan { call, review }
    }
}
