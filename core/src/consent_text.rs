//! The consent texts the user accepts, versioned in the repository (`core/consent-texts/`).
//!
//! The SPA shows exactly these texts and sends the version and language it showed; the proxy
//! looks them up again and stores a hash of the file's bytes with the consent, so that a signed
//! receipt names the exact text that was accepted. Old versions stay listed here so that their
//! receipts can still be checked after a newer version is shown.

use crate::{ConsentKind, Language};

/// One version of one consent's text in one language: the file's bytes as they are in the
/// repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsentText {
    /// Which consent.
    pub kind: ConsentKind,
    /// The text's version (the file's `v<version>`).
    pub version: u32,
    /// The language it is written in.
    pub language: Language,
    /// The file's content: the checkbox's label, a blank line, the explanation.
    pub text: &'static str,
}

macro_rules! text {
    ($kind:ident, $version:literal, $language:ident, $file:expr) => {
        ConsentText {
            kind: ConsentKind::$kind,
            version: $version,
            language: Language::$language,
            text: include_str!(concat!("../consent-texts/", $file)),
        }
    };
}

macro_rules! version_1 {
    ( ; $( $code:ident $variant:ident $name:literal $direction:ident, )* ) => {
        [
            $( text!(TermsConditions, 1, $variant, concat!("terms_conditions/v1.", stringify!($code), ".txt")), )*
            $( text!(DataProcessing, 1, $variant, concat!("data_processing/v1.", stringify!($code), ".txt")), )*
        ]
    };
}

/// Every text ever shown. Append only: a receipt names an entry by kind, version and language.
/// Version 1 is in every language of the app's list.
const TEXTS: &[ConsentText] = &crate::with_languages!(version_1 {});

impl ConsentText {
    /// Every text ever shown, old versions included.
    pub fn all() -> &'static [ConsentText] {
        TEXTS
    }

    /// The text the app shows now: the newest version of `kind` in `language`.
    pub fn current(kind: ConsentKind, language: Language) -> &'static ConsentText {
        TEXTS
            .iter()
            .filter(|t| t.kind == kind && t.language == language)
            .max_by_key(|t| t.version)
            // The tests check that every kind has a text in every language.
            .unwrap_or(&TEXTS[0])
    }

    /// The text a consent names, current or old; `None` for a version or language never shown.
    pub fn find(kind: ConsentKind, version: u32, language: Language) -> Option<&'static ConsentText> {
        TEXTS.iter().find(|t| t.kind == kind && t.version == version && t.language == language)
    }

    /// The checkbox's label: the file's first line.
    pub fn label(&self) -> &'static str {
        self.text.split_once("\n\n").map_or(self.text, |(label, _)| label)
    }

    /// The explanation under the checkbox: the rest of the file.
    pub fn body(&self) -> &'static str {
        self.text.split_once("\n\n").map_or("", |(_, body)| body).trim_end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_consent_has_its_newest_version_in_every_language() {
        for kind in ConsentKind::ALL {
            let newest = TEXTS.iter().filter(|t| t.kind == kind).map(|t| t.version).max().unwrap();
            for language in Language::ALL {
                let current = ConsentText::current(kind, language);
                assert_eq!((current.kind, current.version, current.language), (kind, newest, language));
            }
        }
    }

    #[test]
    fn every_text_has_a_one_line_label_and_an_explanation() {
        for t in TEXTS {
            assert!(!t.label().is_empty() && !t.label().contains('\n'), "{t:?}");
            assert!(!t.body().is_empty(), "{t:?}");
            assert!(t.text.ends_with('\n') && !t.text.contains('\r'), "{t:?}");
        }
    }

    #[test]
    fn entries_are_unique_and_unknown_versions_are_not_found() {
        for (i, a) in TEXTS.iter().enumerate() {
            assert!(TEXTS[i + 1..].iter().all(|b| (a.kind, a.version, a.language) != (b.kind, b.version, b.language)));
        }
        assert!(ConsentText::find(ConsentKind::TermsConditions, 99, Language::En).is_none());
        let v1 = ConsentText::find(ConsentKind::TermsConditions, 1, Language::De).unwrap();
        assert_eq!(v1.label(), "Ich akzeptiere die Allgemeinen Geschäftsbedingungen");
        let dutch = ConsentText::find(ConsentKind::TermsConditions, 1, Language::Nl).unwrap();
        assert_eq!(dutch.label(), "Ik ga akkoord met de algemene voorwaarden");
    }
}
