//! How a table of texts is declared, once per part of the app ([`Part`]): [`texts!`] makes of
//! a list of fields the runtime table the app reads (decoded from a language's file) and,
//! natively, the table translators write (`…Source`, one file per language) with its encoder.
//! A field's place in the list is its line in the file.

use super::file::Refused;
use super::Lang;
use std::sync::OnceLock;

/// A part of the app's texts, with a file per language: the main texts every page shows, and
/// those only the later pages show, so that the first download carries none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// The frame, the personal data, the errors: every page.
    Main,
    /// Consents, identification, phone check, status: the identification flows' page.
    Rest,
    /// The capture step: the identification flows' page.
    Capture,
    /// The account opening's steps: its page.
    Account,
}

impl Part {
    /// Every part, in the order of the build's files.
    pub(crate) const ALL: [Part; 4] = [Part::Main, Part::Rest, Part::Capture, Part::Account];

    /// The part's name, in its files' names and headers.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Part::Main => "main",
            Part::Rest => "rest",
            Part::Capture => "capture",
            Part::Account => "account",
        }
    }

    /// The part a file's header names.
    pub(crate) fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// Each language's table of one part, once loaded; they live as long as the page.
pub(crate) type Slots<T> = [OnceLock<&'static T>; Lang::ALL.len()];

/// A table of texts of one part.
pub(crate) trait Table: Sized + Send + Sync + 'static {
    /// Reads a language's file; refused unless it is of this part and format version and has
    /// exactly one line per text.
    fn decode(file: &'static str) -> Result<Self, Refused>;
    /// The language the texts are in.
    fn lang(&self) -> Lang;
    /// Where each language's table is kept once loaded.
    fn slots() -> &'static Slots<Self>;
    /// `lang`'s file, encoded from the translators' table.
    #[cfg(not(target_arch = "wasm32"))]
    fn encoded(lang: Lang) -> Result<String, String>;
}

/// Declares a part's texts: `plain` ones are a line each; `rich` ones name their runtime type
/// and, after `=`, the type translators write them as (a function of the key or arguments).
/// `sources` is the function giving each language's translators' table.
macro_rules! texts {
    (
        $(#[$doc:meta])*
        table $table:ident, source $source:ident, part $part:expr, sources $sources:path;
        plain { $( $(#[$plain_doc:meta])* $plain:ident, )* }
        rich { $( $(#[$rich_doc:meta])* $rich:ident: $runtime:ty = $source_ty:ty, )* }
    ) => {
        $(#[$doc])*
        pub(crate) struct $table {
            /// The language these texts are in.
            pub lang: $crate::i18n::Lang,
            $( $(#[$plain_doc])* pub $plain: &'static str, )*
            $( $(#[$rich_doc])* pub $rich: $runtime, )*
        }

        impl $crate::i18n::declare::Table for $table {
            fn decode(file: &'static str) -> Result<Self, $crate::i18n::file::Refused> {
                let mut lines = $crate::i18n::file::Lines::open(file, $part)?;
                let texts = $table {
                    lang: lines.lang(),
                    $( $plain: lines.next_text()?, )*
                    $( $rich: $crate::i18n::file::Decode::decode(&mut lines)?, )*
                };
                lines.finish()?;
                Ok(texts)
            }

            fn lang(&self) -> $crate::i18n::Lang {
                self.lang
            }

            fn slots() -> &'static $crate::i18n::declare::Slots<Self> {
                static SLOTS: $crate::i18n::declare::Slots<$table> =
                    [const { std::sync::OnceLock::new() }; $crate::i18n::Lang::ALL.len()];
                &SLOTS
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn encoded(lang: $crate::i18n::Lang) -> Result<String, String> {
                $sources(lang).encode(lang)
            }
        }

        /// Every text of the part in one language as translators write it: keyed texts match
        /// over the domain's enums and codes, formatted ones are functions of their arguments.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) struct $source {
            $( pub $plain: &'static str, )*
            $( pub $rich: $source_ty, )*
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $source {
            /// The texts in the file format, each evaluated over all its keys.
            pub(crate) fn encode(&self, lang: $crate::i18n::Lang) -> Result<String, String> {
                use $crate::i18n::encode::Encode;
                let mut lines = Vec::new();
                $( Encode::<&'static str>::encode(&self.$plain, &mut lines).map_err(|e| format!("{}: {e}", stringify!($plain)))?; )*
                $( Encode::<$runtime>::encode(&self.$rich, &mut lines).map_err(|e| format!("{}: {e}", stringify!($rich)))?; )*
                $crate::i18n::encode::file($part, lang, &lines)
            }
        }
    };
}

pub(crate) use texts;

/// Declares, for a part, one translators' file per language of the app's list (`en.rs`,
/// `de.rs`, ... beside the part's module) and `sources`, which gives each language's table.
macro_rules! sources {
    ( $source:ident ; $( $code:ident $variant:ident $name:literal $direction:ident, )* ) => {
        $( #[cfg(not(target_arch = "wasm32"))] mod $code; )*

        /// The table translators wrote for `lang`.
        #[cfg(not(target_arch = "wasm32"))]
        fn sources(lang: $crate::i18n::Lang) -> &'static $source {
            match lang {
                $( $crate::i18n::Lang::$variant => &$code::TEXTS, )*
            }
        }
    };
}

pub(crate) use sources;

/// The texts of `T`'s part in `lang`, if loaded (natively: encoded from the translators' table
/// on first use, as the app's build does).
pub(crate) fn loaded<T: Table>(lang: Lang) -> Option<&'static T> {
    let slot = &T::slots()[lang.index()];
    if let Some(table) = slot.get() {
        return Some(table);
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(file) = T::encoded(lang) {
        return keep::<T>(file).ok();
    }
    None
}

/// Decodes `file` as `T`'s and keeps it for good.
pub(crate) fn keep<T: Table>(file: String) -> Result<&'static T, Refused> {
    let table = T::decode(Box::leak(file.into_boxed_str()))?;
    let slot = &T::slots()[table.lang().index()];
    Ok(slot.get_or_init(|| Box::leak(Box::new(table))))
}
