//! The account opening's page: its consents, steps and result (see `kyc_onboarding::account`).

fn main() {
    kyc_onboarding::account();
}
