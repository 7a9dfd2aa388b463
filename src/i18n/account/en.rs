//! English texts of the account steps.

use super::AccountTexts;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};

pub(super) const TEXTS: AccountTexts = AccountTexts {
    identity_title: "Prove your identity",
    identity_intro: "Choose how you want to prove who you are. You can carry on with the other steps while we check.",
    method_legend: "How do you want to prove your identity?",
    method_facial: "Facial recognition",
    method_facial_hint: "Show your ID document and record a short selfie video. The check takes 3 to 6 minutes.",
    method_transfer: "Instant bank transfer",
    method_transfer_hint: "Send a small amount from an account in your name to an IBAN we book for you.",
    frame_title: "Facial recognition",
    frame_closed: "Thank you. You have finished the facial recognition; its result will appear on the last page.",
    transfer_intro: "Send an instant transfer from an account in your own name to:",
    iban: "IBAN",
    bic: "BIC",
    max_amount: |cents| format!("Send at most {} euros: larger transfers are rejected.", cents / 100),
    activation_heading: "Continue on your phone",
    activation_intro:
        "Scan this QR code with the Xpollens Authenticator app on your phone, or type the activation code in the app.",
    activation_show: "Show the code for my phone",
    qr_label: "QR code with your activation code",
    activation_code: "Activation code",
    activation_waiting: "Your activation code is not ready yet. Please try again in a moment.",
    declaration_title: "Confirm your details",
    declaration_intro: "We send the details you entered (contact and address) to the bank that opens your account.",
    declaration_send: "Confirm and send my details",
    tax_title: "Tax residence",
    tax_intro: "The bank must know where you pay taxes and whether you are a US person.",
    us_person: "Are you a US citizen or a US tax resident?",
    yes: "Yes",
    no: "No",
    tax_country: "Country of tax residence",
    tin: "Tax identification number",
    tin_hint: "Leave it empty only if your country issues none.",
    tin_required: "Enter your tax identification number: this country issues one and the bank needs it.",
    tax_send: "Send my tax details",
    terms_title: "Account terms",
    terms_intro: "Read the terms and conditions of the payment account before you accept them.",
    terms_checkbox: "I have read and accept the terms and conditions of the payment account.",
    terms_accept: "Accept the terms",
    terms_required: "Please tick the box to accept the terms.",
    status_title: "Your account",
    status_lead: |status| match status {
        AccountStatus::Open => "Your account is open. Thank you!",
        AccountStatus::Refused => "We cannot open your account. If you have questions, please contact support.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Your account opens once every check is clear. This page updates by itself."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Not started",
        AccountStatus::InProgress => "In progress",
        AccountStatus::Open => "Open",
        AccountStatus::Refused => "Refused",
    },
    overall: "Account status",
    diligences_heading: "Identity checks",
    diligences_none: "No result yet.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "ID document",
        DiligenceKind::Selfie => "Selfie video",
        DiligenceKind::Transfer => "Bank transfer",
        DiligenceKind::Other => "Supporting document",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Accepted",
        DiligenceState::Refused => "Refused",
        DiligenceState::InReview => "Being reviewed",
    },
    steps_heading: "Your steps",
    step_done: "Done",
    step_open: "To do",
    tax_documents: "The bank needs documents about your tax status and will contact you.",
    identity_again: "Prove your identity again",
};
