//! The second page's bundle: every step after the personal data (see `kyc_onboarding::rest`).

fn main() {
    kyc_onboarding::rest();
}
