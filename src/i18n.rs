//! The four languages of the app. Every text the user sees is written in one table per
//! language (`i18n/en.rs`, `de.rs`, `fr.rs`, `nl.rs`); a missing text is a compile error, not a
//! blank. The main texts ([`Texts`]) are not in the wasm: the build writes each language's as a
//! file ([`files`]), the page brings the user's, and a switch fetches another ([`loaded`]).

pub(crate) mod account;
pub(crate) mod capture;
mod declare;
#[cfg(not(target_arch = "wasm32"))]
mod encode;
mod file;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod form_texts;
mod kinds;
mod loaded;
mod plural;
pub(crate) mod rest;
#[cfg(test)]
mod round_trip;
mod table;

#[cfg(not(target_arch = "wasm32"))]
pub use files::write_all;
pub(crate) use loaded::from_page;
pub(crate) use loaded::PartTable;
use loaded::MAIN;
pub(crate) use plural::counted;
pub(crate) use table::Texts;
#[cfg(not(target_arch = "wasm32"))]
use table::{with_frame, TextsSource};

use kyc_core::person::{Field, FieldError, Widget};
use leptos::prelude::*;

/// A language the app is translated into: the domain's list, one for the whole product.
pub(crate) use kyc_core::Language as Lang;

// The main texts' translators' tables: `i18n/en.rs`, `de.rs`, ...
kyc_core::with_languages!(sources { TextsSource });
use declare::sources;

/// The parts of the texts each page shows, as [`kyc_core::Bundle::text_parts`] names them for
/// the proxy: the first page's.
pub(crate) const START_PAGE: &[PartTable] = &[MAIN];
/// The identification flows' page's parts.
pub(crate) const REST_PAGE: &[PartTable] = &[
    MAIN,
    PartTable::of::<rest::RestTexts>(declare::Part::Rest),
    PartTable::of::<capture::CaptureTexts>(declare::Part::Capture),
];
/// The account opening's page's parts.
pub(crate) const ACCOUNT_PAGE: &[PartTable] = &[
    MAIN,
    PartTable::of::<rest::RestTexts>(declare::Part::Rest),
    PartTable::of::<account::AccountTexts>(declare::Part::Account),
];

/// The main texts of `lang`: loaded ones only, which the current language always is.
pub(crate) fn texts_of(lang: Lang) -> &'static Texts {
    loaded::table(lang)
}

impl Texts {
    /// The hint under a field's label, for the few fields that need one.
    pub(crate) fn field_hint(field: Field) -> Option<fn(&'static Texts) -> &'static str> {
        match field {
            Field::FirstName | Field::LastName => Some(|t| t.hint_id_document),
            Field::BirthName => Some(|t| t.hint_birth_name),
            Field::MobileNumber => Some(|t| t.hint_phone),
            Field::Ssn => Some(|t| t.hint_ssn),
            Field::FatcaRelevant => Some(|t| t.hint_fatca),
            Field::Pep => Some(|t| t.hint_pep),
            _ => None,
        }
    }

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
        texts_of(self.lang.get())
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
            // Arabic is written right to left; stated for every language, so that the
            // stylesheets' logical properties mirror the page for it and only for it.
            let _ = root.set_attribute("dir", lang.direction().attribute());
        }
        document.set_title(texts_of(lang).product);
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
        let mut names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Lang::ALL.len());
        for lang in Lang::ALL {
            assert_eq!(texts_of(lang).lang, lang);
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    #[test]
    fn every_core_error_code_is_translated_in_every_language() {
        for lang in Lang::ALL {
            for code in kyc_core::person::FIELD_ERROR_CODES {
                assert!(texts_of(lang).field_error.get(code).is_some(), "{lang:?} {code}");
            }
        }
    }

    #[test]
    fn unknown_codes_fall_back_to_the_server_message_then_to_a_generic_one() {
        let t = texts_of(Lang::De);
        let server = FieldError { field: Field::Email, code: "email_mx".into(), message: "has no mail server".into() };
        assert_eq!(t.field_error_message(&server), "has no mail server");
        let bare = FieldError { message: String::new(), ..server };
        assert_eq!(t.field_error_message(&bare), t.check_field);
        let country = FieldError { field: Field::Country, code: "required".into(), message: String::new() };
        assert_eq!(t.field_error_message(&country), t.required_choice);
    }
}
