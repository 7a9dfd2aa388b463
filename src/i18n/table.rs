//! The app's main texts, field by field, written once: [`texts!`] makes of this list the
//! runtime table the app reads ([`Texts`], decoded from a language's file), and natively the
//! table translators write (`TextsSource`, in `en.rs`, `de.rs`, ...) with its encoder. A field's
//! place in the list is its line in the file.

use super::kinds::{Coded, ErrorCodes, Keyed, OptionKeys, Template};
use super::Lang;
use kyc_core::person::{Field, Group};
use kyc_core::Step;

/// Declares the texts: `plain` ones are a line each; `rich` ones name their runtime type and,
/// after `=`, the type translators write them as (a function of the key or the arguments).
macro_rules! texts {
    (
        plain { $( $(#[$plain_doc:meta])* $plain:ident, )* }
        rich { $( $(#[$rich_doc:meta])* $rich:ident: $runtime:ty = $source:ty, )* }
    ) => {
        /// Every main text of the app in one language, as loaded from its file.
        pub(crate) struct Texts {
            /// The language these texts are in.
            pub lang: Lang,
            $( $(#[$plain_doc])* pub $plain: &'static str, )*
            $( $(#[$rich_doc])* pub $rich: $runtime, )*
        }

        impl Texts {
            /// Reads a language's file ([`super::file`]); refused unless it has the format's
            /// version and exactly one line per text.
            pub(crate) fn decode(file: &'static str) -> Result<Self, super::file::Refused> {
                let mut lines = super::file::Lines::open(file)?;
                let texts = Texts {
                    lang: lines.lang(),
                    $( $plain: lines.next_text()?, )*
                    $( $rich: super::file::Decode::decode(&mut lines)?, )*
                };
                lines.finish()?;
                Ok(texts)
            }
        }

        /// Every main text in one language as translators write it: keyed texts match over the
        /// domain's enums and codes, formatted ones are functions of their arguments.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) struct TextsSource {
            $( pub $plain: &'static str, )*
            $( pub $rich: $source, )*
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl TextsSource {
            /// The texts in the file format, each evaluated over all its keys.
            pub(crate) fn encode(&self, lang: Lang) -> Result<String, String> {
                use super::encode::Encode;
                let mut lines = Vec::new();
                $( Encode::<&'static str>::encode(&self.$plain, &mut lines).map_err(|e| format!("{}: {e}", stringify!($plain)))?; )*
                $( Encode::<$runtime>::encode(&self.$rich, &mut lines).map_err(|e| format!("{}: {e}", stringify!($rich)))?; )*
                super::encode::file(lang, &lines)
            }
        }
    };
}

texts! {
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
