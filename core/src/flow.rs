//! The steps of the onboarding and their order. The URL names the current step, so each step
//! has a path segment; which step a returning user resumes at follows from what is stored.

use serde::{Deserialize, Serialize};

/// A step of the onboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Name, birth date, nationality, address, contact.
    PersonalData,
    /// Terms and conditions, data processing.
    Consents,
    /// The provider's video call.
    Identification,
    /// Waiting for and showing the decision.
    Status,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 4] = [Step::PersonalData, Step::Consents, Step::Identification, Step::Status];

    /// The step's path segment in the SPA's URL.
    pub fn path(self) -> &'static str {
        match self {
            Step::PersonalData => "personal-data",
            Step::Consents => "consents",
            Step::Identification => "identification",
            Step::Status => "status",
        }
    }

    /// The step for a path segment.
    pub fn from_path(segment: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.path() == segment)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Self> {
        Self::ALL.iter().position(|&s| s == self).and_then(|i| Self::ALL.get(i + 1)).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Self> {
        Self::ALL.iter().position(|&s| s == self).and_then(|i| i.checked_sub(1)).map(|i| Self::ALL[i])
    }

    /// Position in the flow, from 1, for "step 2 of 4".
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|&s| s == self).map_or(1, |i| i + 1)
    }

    /// The furthest step a user may be on, given what the proxy holds.
    pub fn furthest(person_saved: bool, consents_given: bool, identification_started: bool) -> Self {
        match (person_saved, consents_given, identification_started) {
            (_, _, true) => Step::Status,
            (true, true, false) => Step::Identification,
            (true, false, _) => Step::Consents,
            (false, _, _) => Step::PersonalData,
        }
    }

    /// Whether a user who may reach `furthest` may open `self`: no skipping ahead.
    pub fn reachable(self, furthest: Step) -> bool {
        // Identification and status are the same stage: the call screen stays open for retries.
        self.number() <= furthest.number() || (self == Step::Identification && furthest == Step::Status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_and_the_order_is_fixed() {
        for step in Step::ALL {
            assert_eq!(Step::from_path(step.path()), Some(step));
        }
        assert_eq!(Step::PersonalData.next(), Some(Step::Consents));
        assert_eq!(Step::Status.next(), None);
        assert_eq!(Step::PersonalData.previous(), None);
        assert_eq!(Step::Status.number(), 4);
    }

    #[test]
    fn a_user_resumes_where_the_stored_data_ends_and_cannot_skip_ahead() {
        assert_eq!(Step::furthest(false, false, false), Step::PersonalData);
        assert_eq!(Step::furthest(true, false, false), Step::Consents);
        assert_eq!(Step::furthest(true, true, false), Step::Identification);
        assert_eq!(Step::furthest(true, true, true), Step::Status);
        assert!(!Step::Identification.reachable(Step::Consents));
        assert!(Step::PersonalData.reachable(Step::Status));
    }
}
