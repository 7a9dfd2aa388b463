//! The four languages of the app. Every text the user sees is written in one table per
//! language (`i18n/en.rs`, `de.rs`, `fr.rs`, `nl.rs`); a missing text is a compile error, not a
//! blank. The main texts ([`Texts`]) are not in the wasm: the build writes each language's as a
//! file ([`files`]), the page brings the user's, and a switch fetches another ([`loaded`]).

pub(crate) mod account;
pub(crate) mod capture;
#[cfg(not(target_arch = "wasm32"))]
mod de;
#[cfg(not(target_arch = "wasm32"))]
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod encode;
mod file;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
mod kinds;
mod loaded;
#[cfg(not(target_arch = "wasm32"))]
mod nl;
mod plural;
pub(crate) mod rest;
#[cfg(test)]
mod round_trip;
mod table;

#[cfg(not(target_arch = "wasm32"))]
pub use files::write_all;
pub(crate) use loaded::from_page;
pub(crate) use plural::counted;
pub(crate) use table::Texts;
#[cfg(not(target_arch = "wasm32"))]
use table::TextsSource;

use kyc_core::person::{FieldError, Widget};
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

    fn of(language: kyc_core::Language) -> Self {
        match language {
            kyc_core::Language::En => Lang::En,
            kyc_core::Language::De => Lang::De,
            kyc_core::Language::Fr => Lang::Fr,
            kyc_core::Language::Nl => Lang::Nl,
        }
    }

    /// The main texts in this language: loaded ones only, which the current language always is.
    pub(crate) fn texts(self) -> &'static Texts {
        loaded::texts(self)
    }

    /// The language's own name, for the switcher (compiled in, as the only text of each).
    pub(crate) fn native_name(self) -> &'static str {
        self.language().native_name()
    }

    /// The table translators write for this language.
    #[cfg(not(target_arch = "wasm32"))]
    fn source(self) -> &'static TextsSource {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
            Lang::Fr => &fr::TEXTS,
            Lang::Nl => &nl::TEXTS,
        }
    }
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
            let named = crate::countries::names(self.lang.code(), allowed);
            let text = if error.code == "country_not_allowed" {
                &self.country_not_allowed
            } else {
                &self.residence_not_eligible
            };
            return text.fill(&[&named]);
        }
        match self.field_error.get(&error.code) {
            Some(text) => text.to_owned(),
            None if !error.message.is_empty() => error.message.clone(),
            None => self.check_field.to_owned(),
        }
    }
}

/// The current language, in context, and the state of a switch to another.
#[derive(Clone, Copy)]
pub(crate) struct I18n {
    lang: RwSignal<Lang>,
    /// The language being fetched, if any; a later choice replaces it.
    wanted: RwSignal<Option<Lang>>,
    /// The last switch failed: its texts could not be fetched.
    failed: RwSignal<bool>,
}

impl I18n {
    /// The texts of the current language; reading them tracks the language.
    pub(crate) fn t(self) -> &'static Texts {
        self.lang.get().texts()
    }

    pub(crate) fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Whether the last switch failed (the language stayed as it was).
    pub(crate) fn switch_failed(self) -> bool {
        self.failed.get()
    }

    /// Switches to `lang`, once its texts are here: at once when they are, else after fetching
    /// them. Only the language signal changes, so everything typed stays; when the fetch fails
    /// the language stays too, and [`Self::switch_failed`] says so.
    pub(crate) fn set(self, lang: Lang) {
        self.failed.set(false);
        if loaded::has(lang) {
            self.wanted.set(None);
            self.switched(lang);
            return;
        }
        self.wanted.set(Some(lang));
        leptos::task::spawn_local(async move {
            let fetched = loaded::fetch(lang).await;
            if self.wanted.get_untracked() != Some(lang) {
                return;
            }
            self.wanted.set(None);
            match fetched {
                Ok(()) => self.switched(lang),
                Err(()) => self.failed.set(true),
            }
        });
    }

    fn switched(self, lang: Lang) {
        self.lang.set(lang);
        // Kept in the URL, so that a reload and the other bundle's page keep the choice.
        crate::url::set_query_param("lang", lang.code());
    }
}

/// Provides the language of the texts the page came with (the proxy negotiated it from the
/// host's `?lang=` and the browser's languages), and keeps `<html lang>` and the document title
/// in step with it.
pub(crate) fn provide() -> I18n {
    let i18n =
        I18n { lang: RwSignal::new(loaded::page_lang()), wanted: RwSignal::new(None), failed: RwSignal::new(false) };
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
    use kyc_core::person::Field;

    #[test]
    fn every_language_has_its_own_table_and_names_itself_in_the_switcher() {
        let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
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
        for lang in Lang::ALL {
            for code in kyc_core::person::FIELD_ERROR_CODES {
                assert!(lang.texts().field_error.get(code).is_some(), "{lang:?} {code}");
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
