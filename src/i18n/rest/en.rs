//! English texts of the steps after the personal data.

use super::RestTexts;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;

pub(super) const TEXTS: RestTexts = RestTexts {
    back: "Back",
    phone_title: "Confirm on your phone",
    phone_sent: |phone| format!("We sent a text message with a link to {phone}."),
    phone_how: "Open the link on that phone. Keep this page open: it moves on by itself once the link was opened.",
    phone_waiting: "Waiting for you to open the link…",
    consents_title: "Your consent",
    consents_intro: "Before the video identification, we need your consent to the following.",
    consent_label: |kind| match kind {
        ConsentKind::TermsConditions => "I accept the terms and conditions",
        ConsentKind::DataProcessing => {
            "I agree to the processing of my personal data as described in the privacy notice"
        }
    },
    consent_text: |kind| {
        match kind {
        ConsentKind::TermsConditions => {
            "The terms and conditions govern the identification service and your use of it."
        }
        ConsentKind::DataProcessing => {
            "Your details, ID document and the video call are used only to verify your identity and are stored as the law requires."
        }
    }
    },
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Accept the terms and conditions to continue",
        ConsentKind::DataProcessing => "Agree to the processing of your personal data to continue",
    },
    consent_save_failed: "Your choice could not be saved.",
    ident_title: "Video identification",
    ident_intro: "In a short video call, an agent checks your ID document and confirms that it is you.",
    ident_ready: "Please have ready",
    ident_ready_items: [
        "Your valid ID card or passport",
        "Your mobile phone, to receive a code by text message",
        "A quiet, well-lit place",
    ],
    waiting_time: |minutes| match minutes {
        1 => "Estimated waiting time: about 1 minute".to_owned(),
        n => format!("Estimated waiting time: about {n} minutes"),
    },
    ident_frame_title: "Video identification",
    ident_finished: "I have finished the call",
    ident_starting: "Starting the video identification…",
    ident_start_failed: "We could not start the video identification.",
    status_waiting: "Waiting for the result",
    status_waiting_lead: "We are checking your identification. This page updates by itself.",
    status_verified: "You are verified",
    status_verified_lead: "Thank you. Your identity has been confirmed.",
    status_under_review_lead: "Your identification is being reviewed. You can already continue.",
    status_interrupted: "Identification interrupted",
    status_failed: "Identification failed",
    status_failed_lead: "We could not verify your identity. If you have any questions, please contact support.",
    status_expired: "The identification link expired",
    status_expired_lead: "The link for your video identification is no longer valid. Please start again.",
    status_check_failed: "We could not check the result just now. We will keep trying.",
    status_referred: "Your application needs a closer look",
    status_referred_lead: "Our team will review your details and contact you. You do not need to start again.",
    status_referred_detail: "Nothing else is needed from you right now. Keep your ID document at hand: if we need more, we will write to the email address you gave us.",
    topic: |topic| match topic {
        Topic::DataMismatch => "The details you entered do not match your ID document.",
        Topic::Document => "There was a problem with your ID document: it may be expired, damaged or not accepted.",
        Topic::Video => "The picture was not clear enough, for example because of poor lighting.",
        Topic::Audio => "The sound was not clear enough.",
        Topic::Connection => "The connection was lost or too slow.",
        Topic::IdentCode => "There was a problem with the code sent to you by text message.",
        Topic::UserEnded => "The call ended before the identification was complete.",
        Topic::Timeout => "The identification took too long and was stopped.",
        Topic::Technical => "A technical problem occurred on our side.",
        Topic::Other => "The identification could not be completed.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "You can try again now.",
        Guidance::RetryOtherDocument => "Please try again with another valid ID document.",
        Guidance::ContactSupport => "Trying again will not solve this. Please contact support.",
    },
    docs_heading: "Documents you can use",
    docs_loading: "Loading the accepted documents…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "ID card",
        DocumentKind::Passport => "Passport",
    },
    doc_countries: |n| format!("Accepted from {n} countries"),
    doc_choice_legend: "Which document will you show?",
    proof_legend: "Proof of address",
    proof_intro: "This document does not show your address. Please have a proof of address ready that is not older than 6 months; the agent will ask for it.",
    proof_type_label: "Type of proof",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Bank account statement",
        ProofOfAddressType::CertificateOfRegistration => "Certificate of registration",
        ProofOfAddressType::ElectricityBill => "Electricity bill",
        ProofOfAddressType::GasBill => "Gas bill",
        ProofOfAddressType::HeatingBill => "Heating bill",
        ProofOfAddressType::InternetBill => "Internet bill",
        ProofOfAddressType::TelephoneBill => "Telephone bill",
        ProofOfAddressType::WaterBill => "Water bill",
    },
    proof_issued_label: "Issue date",
    start_call: "Start video call",
    corrections_heading: "Details corrected from your ID document",
    corrections_entered: "You entered",
    corrections_verified: "Verified",
    address_corrected: |official| format!("We found your address as: {official}."),
    address_not_found: "We could not confirm this address. You can continue, but you will need to send us a proof of address (for example a utility bill) later.",
    bank_title: "Confirm who you are with your bank",
    bank_how: "You log in at your own bank with iDIN. Your bank confirms your name, date of birth and address to us; your banking login details stay with your bank.",
    bank_go: "Continue to your bank",
    bank_canceled: "The login at your bank was cancelled. You can try again.",
    bank_failed: "Your bank could not confirm your identity. You can try again.",
    bank_popup: "Log in at your bank in the window that has opened. This page moves on by itself when you are done.",
    bank_popup_blocked: "Your browser blocked the window for your bank. Allow pop-up windows for this page, then try again.",
    checks_heading: "How your details compare",
    checks_field: "Detail",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Your bank (iDIN)",
        Evidence::Document => "Your ID document",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Matches",
        Agreement::Similar => "Nearly matches",
        Agreement::Mismatch => "Does not match",
    },
};
