//! The pure parts: which name picks which scenario, and that every script only moves forwards.

use kyc_core::IdentificationStatus::{self, *};
use kyc_sandbox::solaris::idnow::scenario::{ReviewTiming, Scenario};
use kyc_sandbox::solaris::idnow::test_case::{Mode, TestCase};

#[test]
fn test_names_pick_mode_and_scenario() {
    let case = |first: &str, last: &str| TestCase::from_names(first, last);
    assert_eq!(case("X-AUTOTEST-HAPPYPATH", "Doe"), TestCase { mode: Mode::Auto, scenario: Scenario::HappyPath });
    assert_eq!(case("Jane", "X-MANUALTEST-CHANGEALLREVIEW").scenario, Scenario::ChangeAllReview);
    assert_eq!(case("x-autotest-cancelled", "Doe").scenario, Scenario::Canceled);
    assert_eq!(case("X-AUTOTEST-CHANGEALL", "Doe").scenario, Scenario::ChangeAll);
    assert_eq!(case("Jane", "Doe"), TestCase::DEFAULT);
    assert_eq!(case("X-AUTOTEST-NOSUCHCASE", "Doe"), TestCase::DEFAULT);
}

#[test]
fn every_plan_only_moves_forwards_from_pending() {
    let all = [
        Scenario::HappyPath,
        Scenario::ChangeAll,
        Scenario::ChangeAllReview,
        Scenario::AbortIdent,
        Scenario::FraudIdent,
        Scenario::FraudReview,
        Scenario::FraudOk,
        Scenario::Canceled,
        Scenario::LongReview,
        Scenario::HoldCertificate,
    ];
    for scenario in all {
        let plan = scenario.plan();
        assert!(Pending.may_become(plan.call.status), "{scenario:?}");
        if let Some((_, review)) = plan.review {
            assert!(plan.call.status.may_become(review.status), "{scenario:?}");
        }
        let statuses: Vec<IdentificationStatus> =
            std::iter::once(plan.call).chain(plan.review.map(|r| r.1)).map(|s| s.status).collect();
        let reasons_only_where_allowed = std::iter::once(plan.call)
            .chain(plan.review.map(|r| r.1))
            .all(|s| s.failure_reason.is_none() || matches!(s.status, Aborted | Canceled));
        assert!(reasons_only_where_allowed, "{scenario:?}: {statuses:?}");
    }
    assert_eq!(Scenario::LongReview.plan().review.map(|r| r.0), Some(ReviewTiming::Long));
    assert_eq!(Scenario::FraudIdent.plan().review.map(|r| r.1.status), Some(Failed));
}
