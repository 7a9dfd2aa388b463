//! The four languages of the app. Every text the user sees lives in one [`Texts`] table per
//! language (`i18n/en.rs`, `de.rs`, `fr.rs`, `nl.rs`); a missing text is a compile error, not a blank.

pub(crate) mod account;
pub(crate) mod capture;
mod de;
mod en;
mod fr;
mod nl;
pub(crate) mod rest;

use kyc_core::person::{Field, FieldError, Group, Widget};
use kyc_core::Step;
use leptos::prelude::*;

/// A language the app is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    De,
    Fr,
    Nl,
}

impl Lang {
    pub(crate) const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Nl];

    /// The BCP 47 code, for `<html lang>`, `Intl` and the switcher's values.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
        }
    }

    /// The same language as the domain names it (consent texts are kept per language there).
    pub(crate) fn language(self) -> kyc_core::Language {
        match self {
            Lang::En => kyc_core::Language::En,
            Lang::De => kyc_core::Language::De,
            Lang::Fr => kyc_core::Language::Fr,
            Lang::Nl => kyc_core::Language::Nl,
        }
    }

    /// The language for a tag like `de-AT`, looking at the primary subtag only.
    pub(crate) fn from_tag(tag: &str) -> Option<Self> {
        kyc_core::Language::from_tag(tag).map(Self::of)
    }

    /// The first supported language in the browser's preference list, else English (the rule
    /// the proxy follows for the page frame).
    pub(crate) fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Self {
        Self::of(kyc_core::Language::preferred(tags))
    }

    fn of(language: kyc_core::Language) -> Self {
        match language {
            kyc_core::Language::En => Lang::En,
            kyc_core::Language::De => Lang::De,
            kyc_core::Language::Fr => Lang::Fr,
            kyc_core::Language::Nl => Lang::Nl,
        }
    }

    pub(crate) fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
            Lang::Fr => &fr::TEXTS,
            Lang::Nl => &nl::TEXTS,
        }
    }
}

/// Every text of the app in one language. Keyed texts are functions so that each language
/// file matches exhaustively over the domain enums.
pub(crate) struct Texts {
    /// The language these texts are in.
    pub lang: Lang,
    /// The language's own name, for the switcher.
    pub native_name: &'static str,
    pub product: &'static str,
    pub language: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub step_name: fn(Step) -> &'static str,
    pub loading: &'static str,
    pub start_failed_title: &'static str,
    pub continue_: &'static str,
    pub try_again: &'static str,
    pub start_again: &'static str,
    pub saving: &'static str,
    pub summary_heading: &'static str,
    pub err_network: &'static str,
    pub err_expired: &'static str,
    pub err_conflict: &'static str,
    pub err_provider: &'static str,
    pub err_internal: &'static str,
    /// Too many requests, or the service briefly busy: wait and try again (input is kept).
    pub err_busy: &'static str,
    pub risk_title: &'static str,
    pub risk_checking: &'static str,
    /// Shown when a provider recognises this browser from an earlier verification.
    pub welcome_back: &'static str,
    pub person_title: &'static str,
    pub person_intro: &'static str,
    pub group_legend: fn(Group) -> &'static str,
    pub field_label: fn(Field) -> &'static str,
    /// After the label of a field that may stay empty.
    pub optional: &'static str,
    pub hint_birth_name: &'static str,
    pub hint_ssn: &'static str,
    pub hint_fatca: &'static str,
    pub hint_pep: &'static str,
    /// Why a field the product team fixed cannot be edited.
    pub locked_hint: &'static str,
    /// The name of a choice's option by its wire value (`MR`, `PROF_DR`, `yes`, ...); any other
    /// key, the empty one included, names "no choice".
    pub option_label: fn(&str) -> &'static str,
    pub required_option: &'static str,
    pub hint_id_document: &'static str,
    pub hint_phone: &'static str,
    pub choose_country: &'static str,
    pub required_choice: &'static str,
    /// The message for a kyc-core error code; `None` for codes this table does not know.
    pub field_error: fn(&str) -> Option<&'static str>,
    pub check_field: &'static str,
    pub err_refused: &'static str,
    pub err_details_refused: &'static str,
    pub err_link_expired: &'static str,
    /// Full-page flow, at the end: the link back to the product team's site.
    pub return_continue: &'static str,
    /// Full-page flow, expired link: the link to the product team's site for a new one.
    pub return_new_link: &'static str,
    /// "Not available for residents of this country", followed by the allowed ones.
    pub country_not_allowed: fn(&str) -> String,
    /// The identification provider identifies only residents of the countries given.
    pub residence_not_eligible: fn(&str) -> String,
    pub choose_option: &'static str,
    pub draft_saved: &'static str,
}

impl Texts {
    /// The message under a field: the translation of its code, else the server's own message,
    /// else a generic request to check the field.
    pub(crate) fn field_error_message(&self, error: &FieldError) -> String {
        if error.code == "required" {
            match error.field.widget() {
                Widget::Country(_) => return self.required_choice.to_owned(),
                Widget::Choice(_) | Widget::YesNo => return self.required_option.to_owned(),
                _ => {}
            }
        }
        if let "country_not_allowed" | "residence_not_eligible" = error.code.as_str() {
            // The rule names the allowed countries' codes at the end of its message.
            let allowed = error.message.rsplit_once("allowed: ").map_or("", |(_, list)| list);
            let named = crate::countries::names(self.lang, allowed);
            let text = if error.code == "country_not_allowed" {
                self.country_not_allowed
            } else {
                self.residence_not_eligible
            };
            return text(&named);
        }
        match (self.field_error)(&error.code) {
            Some(text) => text.to_owned(),
            None if !error.message.is_empty() => error.message.clone(),
            None => self.check_field.to_owned(),
        }
    }
}

/// The current language, in context.
#[derive(Clone, Copy)]
pub(crate) struct I18n(RwSignal<Lang>);

impl I18n {
    /// The texts of the current language; reading them tracks the language.
    pub(crate) fn t(self) -> &'static Texts {
        self.0.get().texts()
    }

    pub(crate) fn lang(self) -> Lang {
        self.0.get()
    }

    pub(crate) fn set(self, lang: Lang) {
        self.0.set(lang);
    }
}

/// Picks the language from `navigator.languages`, provides it, and keeps `<html lang>` and the
/// document title in step with it.
pub(crate) fn provide() -> I18n {
    // The host's choice (`?lang=de` on the URL it opens or frames) comes before the browser's.
    let search = window().location().search().unwrap_or_default();
    let host = crate::url::query_param(&search, "lang");
    let languages = window().navigator().languages();
    let tags: Vec<String> = host.into_iter().chain(languages.iter().filter_map(|v| v.as_string())).collect();
    let i18n = I18n(RwSignal::new(Lang::preferred(tags.iter().map(String::as_str))));
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang();
        let document = document();
        if let Some(root) = document.document_element() {
            // Screen readers pick their voice from this attribute.
            let _ = root.set_attribute("lang", lang.code());
            // All four languages are written left to right; stated so a host page's `dir` does not leak in.
            let _ = root.set_attribute("dir", "ltr");
        }
        document.set_title(lang.texts().product);
    });
    i18n
}

pub(crate) fn use_i18n() -> I18n {
    expect_context()
}

/// A text of the current language, for a view or an attribute, following language changes.
/// Every text goes through this one closure type, so the renderer is compiled once for all of
/// them instead of once per text, which would be a large share of the wasm.
pub(crate) fn tr(pick: fn(&'static Texts) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.t())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_supported_browser_language_wins() {
        assert_eq!(Lang::preferred(["it-IT", "de-AT", "en"]), Lang::De);
        assert_eq!(Lang::preferred(["FR"]), Lang::Fr);
        assert_eq!(Lang::preferred(["nl-NL", "en"]), Lang::Nl);
        assert_eq!(Lang::preferred(["it", "nl-BE", "fr-BE"]), Lang::Nl);
        assert_eq!(Lang::preferred(["es", "pt-BR"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
    }

    #[test]
    fn every_language_has_its_own_table_and_names_itself_in_the_switcher() {
        let names: Vec<_> = Lang::ALL.iter().map(|l| l.texts().native_name).collect();
        assert_eq!(names, ["English", "Deutsch", "Français", "Nederlands"]);
        for lang in Lang::ALL {
            assert_eq!(lang.texts().lang, lang);
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert_eq!(lang.language().code(), lang.code(), "the consent texts' language");
        }
        assert_eq!(kyc_core::Language::ALL.len(), Lang::ALL.len(), "every domain language is offered");
    }

    #[test]
    fn every_core_error_code_is_translated_in_every_language() {
        let codes = [
            "required",
            "name_too_long",
            "name_leading_space",
            "name_symbol",
            "name_separator",
            "date_invalid",
            "date_future",
            "age_under_18",
            "date_too_old",
            "country_unknown",
            "postal_code_format",
            "phone_format",
            "email_format",
            "too_long",
            "text_invalid",
            "phone_invalid",
            "phone_not_mobile",
            "phone_length",
            "provider_rejected",
            "proof_too_old",
            "state_unknown",
            "ssn_format",
            "ssn_never_issued",
            "choice_unknown",
            "locked",
        ];
        for lang in Lang::ALL {
            for code in codes {
                assert!((lang.texts().field_error)(code).is_some(), "{lang:?} {code}");
            }
        }
    }

    #[test]
    fn unknown_codes_fall_back_to_the_server_message_then_to_a_generic_one() {
        let t = Lang::De.texts();
        let server = FieldError { field: Field::Email, code: "email_mx".into(), message: "has no mail server".into() };
        assert_eq!(t.field_error_message(&server), "has no mail server");
        let bare = FieldError { message: String::new(), ..server };
        assert_eq!(t.field_error_message(&bare), t.check_field);
        let country = FieldError { field: Field::Country, code: "required".into(), message: String::new() };
        assert_eq!(t.field_error_message(&country), t.required_choice);
    }
}
