//! The first page's bundle: the device check and the personal data (see `kyc_onboarding::start`).

fn main() {
    kyc_onboarding::start();
}
