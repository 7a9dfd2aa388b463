//! The app's main texts, field by field, written once: the runtime table the app reads
//! ([`Texts`], decoded from a language's file), and natively the table translators write
//! (`TextsSource`, in `en.rs`, `de.rs`, ...) with its encoder ([`super::declare`]).

use super::declare::{texts, Part};
use super::kinds::{Coded, ErrorCodes, Keyed, OptionKeys, Template};
use kyc_core::person::{Field, Group};
use kyc_core::Step;

texts! {
    /// Every main text of the app in one language, as loaded from its file.
    table Texts, source TextsSource, part Part::Main, sources super::sources;
    plain {
        product,
        language,
        loading,
        start_failed_title,
        continue_,
        try_again,
        start_again,
        saving,
        summary_heading,
        err_network,
        err_expired,
        err_conflict,
        err_provider,
        err_internal,
        /// Too many requests, or the service briefly busy: wait and try again (input is kept).
        err_busy,
        risk_title,
        risk_checking,
        /// Shown when a provider recognises this browser from an earlier verification.
        welcome_back,
        person_title,
        person_intro,
        /// After the label of a field that may stay empty.
        optional,
        hint_birth_name,
        hint_ssn,
        hint_fatca,
        hint_pep,
        /// Why a field the product team fixed cannot be edited.
        locked_hint,
        required_option,
        hint_id_document,
        hint_phone,
        choose_country,
        required_choice,
        check_field,
        err_refused,
        err_details_refused,
        err_link_expired,
        /// Full-page flow, at the end: the link back to the product team's site.
        return_continue,
        /// Full-page flow, expired link: the link to the product team's site for a new one.
        return_new_link,
        choose_option,
        draft_saved,
    }
    rich {
        /// "Step 1 of 4": `{0}` the step's number, `{1}` the count.
        step_of: Template = fn(usize, usize) -> String,
        step_name: Keyed<Step> = fn(Step) -> &'static str,
        group_legend: Keyed<Group> = fn(Group) -> &'static str,
        field_label: Keyed<Field> = fn(Field) -> &'static str,
        /// The name of a choice's option by its wire value (`MR`, `PROF_DR`, `yes`, ...); any
        /// other key, the empty one included, names "no choice".
        option_label: Coded<OptionKeys> = fn(&str) -> &'static str,
        /// The message for a kyc-core error code; `None` for codes this table does not know.
        field_error: Coded<ErrorCodes> = fn(&str) -> Option<&'static str>,
        /// "Not available for residents of this country", followed by the allowed ones (`{0}`).
        country_not_allowed: Template = fn(&str) -> String,
        /// The identification provider identifies only residents of the countries given (`{0}`).
        residence_not_eligible: Template = fn(&str) -> String,
    }
}

/// A language's main table as its translators write it: the texts the page frame shows too
/// (the product, the language switcher, the step list, the first step's heading and
/// introduction) are the frame's own (`kyc_core::shell`), written once there; the rest follow.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! with_frame {
    ($language:ident { $($texts:tt)* }) => {{
        const FRAME: &kyc_core::shell::ShellTexts = kyc_core::Language::$language.shell();
        $crate::i18n::table::TextsSource {
            product: FRAME.product,
            language: FRAME.language,
            step_of: FRAME.step_of,
            step_name: FRAME.step_name,
            loading: FRAME.loading,
            person_title: FRAME.person_title,
            person_intro: FRAME.person_intro,
            $($texts)*
        }
    }};
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) use with_frame;
