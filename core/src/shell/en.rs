//! English texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identity verification",
    language: "Language",
    loading: "Loading…",
    load_failed: "The page could not be loaded.",
    load_slow: "This is taking longer than it should.",
    load_help: "Check your internet connection and reload the page. If it still does not load, open this link in another browser, such as a current Chrome, Firefox, Safari or Edge.",
    reload: "Reload the page",
    step_of: |n, total| format!("Step {n} of {total}"),
    step_name: |step| match step {
        Step::Risk => "Device check",
        Step::PhoneCheck => "Phone confirmation",
        Step::BankLogin => "Bank login",
        Step::Capture => "ID photos",
        Step::PersonalData => "Personal details",
        Step::Consents => "Consent",
        Step::Identification => "Video identification",
        Step::Identity => "Identity",
        Step::Declaration => "Your details",
        Step::Tax => "Tax residence",
        Step::Terms => "Account terms",
        Step::Status => "Result",
    },
    person_title: "Your personal details",
    person_intro: "Please enter your details exactly as they appear on your ID document. Fields marked optional may stay empty.",
    sms_handoff: |url| format!("Continue taking the photos of your ID on your phone: {url} (valid for 10 minutes)"),
    ident_ended: "Your video call has ended",
    bank_finished: "Your bank login is finished",
    one_moment: "One moment…",
    close_window: "You can close this window.",
};
