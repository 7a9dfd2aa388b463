//! One module per step of the flow.

mod account;
mod bank_login;
pub(crate) mod capture;
mod consents;
mod identification;
mod personal_data;
mod phone_check;
mod risk;
mod status;

use kyc_core::Step;
use leptos::prelude::*;

/// The page of `step` in the start bundle ([`kyc_core::Bundle::Start`]); nothing for the others,
/// which the router loads from the other bundle's page.
pub(crate) fn start_page(step: Step) -> AnyView {
    match step {
        Step::Risk => view! { <risk::RiskStep/> }.into_any(),
        Step::PersonalData => view! { <personal_data::PersonalDataStep/> }.into_any(),
        _ => ().into_any(),
    }
}

/// The page of `step` in the identification flows' bundle ([`kyc_core::Bundle::Rest`]);
/// nothing for the others.
pub(crate) fn rest_page(step: Step) -> AnyView {
    match step {
        Step::Consents => view! { <consents::ConsentsStep/> }.into_any(),
        // Pictures first when the product team asked for them at launch (`capture_document`).
        Step::Identification => {
            view! { <capture::CaptureGate><identification::IdentificationStep/></capture::CaptureGate> }.into_any()
        }
        Step::Status => view! { <status::StatusStep/> }.into_any(),
        Step::PhoneCheck => view! { <phone_check::PhoneCheckStep/> }.into_any(),
        Step::BankLogin => view! { <bank_login::BankLoginStep/> }.into_any(),
        Step::Capture => view! { <capture::CaptureFlowStep/> }.into_any(),
        _ => ().into_any(),
    }
}

/// The page of `step` in the account opening's bundle ([`kyc_core::Bundle::Account`]).
pub(crate) fn account_page(step: Step) -> AnyView {
    match step {
        Step::Consents => view! { <consents::ConsentsStep/> }.into_any(),
        Step::Identity => view! { <account::IdentityStep/> }.into_any(),
        Step::Declaration => view! { <account::DeclarationStep/> }.into_any(),
        Step::Tax => view! { <account::TaxStep/> }.into_any(),
        Step::Terms => view! { <account::TermsStep/> }.into_any(),
        Step::Status => view! { <account::AccountStatusStep/> }.into_any(),
        _ => ().into_any(),
    }
}
