//! The embed package's TypeScript types (packages/kyc-onboarding-embed/index.d.ts) name exactly
//! the steps and statuses the app can send: a step or status added here fails this test until
//! the types have it too.

use kyc_core::{IdentificationStatus, Step};

const TYPES: &str = include_str!("../../packages/kyc-onboarding-embed/index.d.ts");

/// The string literals of `export type NAME = | "a" | "b" …;`.
fn union(name: &str) -> Vec<String> {
    let start = TYPES.find(&format!("export type {name} =")).unwrap_or_else(|| panic!("no type {name}"));
    let body = &TYPES[start..start + TYPES[start..].find(';').unwrap()];
    body.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

fn sorted(mut keys: Vec<String>) -> Vec<String> {
    keys.sort();
    keys
}

#[test]
fn every_step_key_and_no_other() {
    let steps = Step::ALL.iter().map(|s| s.key().to_owned()).collect();
    assert_eq!(sorted(union("StepKey")), sorted(steps));
}

#[test]
fn every_status_and_every_final_one_as_an_outcome() {
    use IdentificationStatus::*;
    let all =
        [Created, Pending, PendingSuccessful, PendingFailed, Successful, Aborted, Canceled, Failed, Expired, Referred];
    // A status added to the enum does not compile here until it is in the list above.
    let listed = |s: IdentificationStatus| match s {
        Created | Pending | PendingSuccessful | PendingFailed | Successful | Aborted | Canceled | Failed | Expired
        | Referred => all.contains(&s),
    };
    assert!(all.iter().all(|s| listed(*s)));
    let statuses = all.iter().map(|s| s.as_str().to_owned()).collect();
    assert_eq!(sorted(union("Status")), sorted(statuses));
    let finals = all.iter().filter(|s| s.is_final()).map(|s| s.as_str().to_owned()).collect();
    assert_eq!(sorted(union("Outcome")), sorted(finals));
}
