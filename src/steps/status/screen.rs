//! What the status page shows and how often it asks, as plain functions.

use kyc_core::api::StatusView;
use kyc_core::reason::{Guidance, Reason, Topic};
use kyc_core::Outcome;

/// First pause between two status requests.
const FIRST_DELAY_MS: u32 = 1_000;
/// Longest pause: a decision should not wait more than this to show up.
const MAX_DELAY_MS: u32 = 10_000;

/// The pause before the next request, growing by half each time up to [`MAX_DELAY_MS`], so a
/// long review does not hammer the proxy.
pub(crate) fn next_delay_ms(previous: Option<u32>) -> u32 {
    match previous {
        None => FIRST_DELAY_MS,
        Some(ms) => (ms.saturating_mul(3) / 2).min(MAX_DELAY_MS),
    }
}

/// A waiting time in whole minutes, rounded up and at least one: "about 0 minutes" helps nobody.
pub(crate) fn minutes(seconds: u32) -> u32 {
    seconds.div_ceil(60).max(1)
}

/// The screen for a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Screen {
    /// No decision yet; the expected wait in minutes, if known.
    Waiting(Option<u32>),
    VerifiedUnderReview,
    Verified,
    /// Interrupted, with what went wrong and the way on.
    Interrupted(Topic, Guidance),
    /// Not verified: no reason may be given.
    Failed,
    Expired,
    /// The product team looks at the application and gets in touch.
    Referred,
}

impl Screen {
    pub(crate) fn of(view: &StatusView) -> Self {
        match view.status.outcome() {
            Outcome::Waiting => Screen::Waiting(view.estimated_waiting_time.map(minutes)),
            Outcome::VerifiedUnderReview => Screen::VerifiedUnderReview,
            Outcome::Verified => Screen::Verified,
            Outcome::Interrupted => match view.reason.as_deref().and_then(Reason::parse) {
                Some(reason) => Screen::Interrupted(reason.topic(), reason.guidance()),
                None => Screen::Interrupted(Topic::Other, Reason::unknown_guidance()),
            },
            Outcome::Failed => Screen::Failed,
            Outcome::Expired => Screen::Expired,
            Outcome::Referred => Screen::Referred,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kyc_core::IdentificationStatus;

    fn view(status: IdentificationStatus, reason: Option<&str>, wait: Option<u32>) -> StatusView {
        StatusView {
            status,
            is_final: status.is_final(),
            reason: reason.map(Into::into),
            estimated_waiting_time: wait,
            corrections: Vec::new(),
            field_checks: Vec::new(),
        }
    }

    #[test]
    fn polling_backs_off_by_half_up_to_ten_seconds() {
        let mut delays = vec![next_delay_ms(None)];
        for _ in 0..8 {
            delays.push(next_delay_ms(delays.last().copied()));
        }
        assert_eq!(delays[..4], [1_000, 1_500, 2_250, 3_375]);
        assert_eq!(*delays.last().unwrap(), 10_000);
        assert!(delays.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn waiting_times_round_up_to_whole_minutes() {
        assert_eq!(minutes(0), 1);
        assert_eq!(minutes(60), 1);
        assert_eq!(minutes(61), 2);
        assert_eq!(Screen::of(&view(IdentificationStatus::Pending, None, Some(150))), Screen::Waiting(Some(3)));
    }

    #[test]
    fn each_status_leads_to_its_screen() {
        use IdentificationStatus::*;
        assert_eq!(Screen::of(&view(PendingFailed, None, None)), Screen::Waiting(None));
        assert_eq!(Screen::of(&view(PendingSuccessful, None, None)), Screen::VerifiedUnderReview);
        assert_eq!(Screen::of(&view(Successful, None, None)), Screen::Verified);
        assert_eq!(
            Screen::of(&view(Failed, Some("TECH_PHOTO"), None)),
            Screen::Failed,
            "a failure never shows a reason"
        );
        assert_eq!(Screen::of(&view(Expired, None, None)), Screen::Expired);
        assert_eq!(Screen::of(&view(Referred, None, None)), Screen::Referred);
    }

    #[test]
    fn an_interruption_explains_its_reason_and_unknown_reasons_allow_a_retry() {
        use IdentificationStatus::*;
        assert_eq!(
            Screen::of(&view(Aborted, Some("ID_DAMAGED"), None)),
            Screen::Interrupted(Topic::Document, Guidance::RetryOtherDocument)
        );
        assert_eq!(
            Screen::of(&view(Canceled, Some("USER_LANGUAGE"), None)),
            Screen::Interrupted(Topic::Other, Guidance::ContactSupport)
        );
        assert_eq!(
            Screen::of(&view(Aborted, Some("NEW_CODE"), None)),
            Screen::Interrupted(Topic::Other, Guidance::RetryNow)
        );
    }
}
