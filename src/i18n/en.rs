//! English texts.

use super::Texts;
use kyc_core::person::Field;
use kyc_core::reason::{Guidance, Topic};
use kyc_core::{ConsentKind, Step};

pub(super) const TEXTS: Texts = Texts {
    native_name: "English",
    product: "Identity verification",
    language: "Language",
    step_of: |n, total| format!("Step {n} of {total}"),
    step_name: |step| match step {
        Step::PersonalData => "Personal details",
        Step::Consents => "Consent",
        Step::Identification => "Video identification",
        Step::Status => "Result",
    },
    loading: "Loading…",
    start_failed_title: "The service cannot be reached",
    continue_: "Continue",
    back: "Back",
    try_again: "Try again",
    start_again: "Start again",
    saving: "Saving…",
    summary_heading: "There is a problem",
    err_network: "We could not reach the server. Please check your internet connection and try again.",
    err_expired: "Your session has expired. Please start again.",
    err_conflict: "This is not possible at this stage. Please reload the page.",
    err_provider: "The identification service is not available at the moment. Please try again in a few minutes.",
    err_internal: "Something went wrong on our side. Please try again.",
    person_title: "Your personal details",
    person_intro: "Please enter your details exactly as they appear on your ID document. All fields are required.",
    group_you: "About you",
    group_address: "Your address",
    group_contact: "Contact details",
    field_label: |field| match field {
        Field::FirstName => "First name(s)",
        Field::LastName => "Last name",
        Field::BirthDate => "Date of birth",
        Field::Nationality => "Nationality",
        Field::Street => "Street",
        Field::HouseNumber => "House number",
        Field::PostalCode => "Postal code",
        Field::City => "City",
        Field::Country => "Country of residence",
        Field::MobileNumber => "Mobile number",
        Field::Email => "Email address",
    },
    hint_id_document: "As printed on your ID document",
    hint_phone: "International format, e.g. +49 151 23456789",
    choose_country: "Select a country",
    required_choice: "Please select a country.",
    field_error: |code| {
        Some(match code {
            "required" => "Please fill in this field.",
            "name_too_long" => "Please use at most 50 characters.",
            "name_leading_space" => "Please remove the space at the beginning.",
            "name_symbol" => "Please use only letters, hyphens, apostrophes and spaces.",
            "name_separator" => "Use hyphens, apostrophes and spaces only between letters.",
            "date_invalid" => "Please enter a valid date.",
            "date_future" => "The date of birth cannot be in the future.",
            "age_under_18" => "You must be at least 18 years old.",
            "date_too_old" => "Please check the year of birth.",
            "country_unknown" => "Please select a country from the list.",
            "postal_code_format" => "This postal code does not match the format of the country of residence.",
            "phone_format" => "Please enter the number in international format, e.g. +49 151 23456789.",
            "email_format" => "Please enter a valid email address, e.g. name@example.com.",
            "too_long" => "This entry is too long.",
            "text_invalid" => "This entry contains characters that are not allowed.",
            _ => return None,
        })
    },
    check_field: "Please check this field.",
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
    given_at: |at| format!("Given at {at} (UTC)"),
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
};
