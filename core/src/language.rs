//! The languages the app is written in.

mod list;
mod plural;

pub use plural::Plural;
use serde::{Deserialize, Serialize};

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub const fn attribute(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

macro_rules! declare {
    ( ; $( $code:ident $variant:ident $name:literal $direction:ident, )* ) => {
        /// A language of the app's texts (ISO 639-1; Norwegian is Bokmål, `nb`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "lowercase")]
        pub enum Language {
            $( #[doc = $name] $variant, )*
        }

        impl Language {
            /// Every language the app is written in, English first.
            pub const ALL: [Language; [$(stringify!($code)),*].len()] = [$(Language::$variant),*];

            /// The ISO 639-1 code, as in JSON and file names.
            pub const fn code(self) -> &'static str {
                match self {
                    $( Language::$variant => stringify!($code), )*
                }
            }

            /// The language's own name, for the language switcher: the one text of each
            /// language the app carries compiled in, so that it can offer every language
            /// before loading any.
            pub const fn native_name(self) -> &'static str {
                match self {
                    $( Language::$variant => $name, )*
                }
            }

            /// The language's place in [`Language::ALL`]: tables kept per language index by it.
            pub const fn index(self) -> usize {
                // Declared in the order of `ALL` by the same list, without explicit values.
                self as usize
            }

            /// Which way the language is written.
            pub const fn direction(self) -> Direction {
                match self {
                    $( Language::$variant => Direction::$direction, )*
                }
            }
        }
    };
}

crate::with_languages!(declare {});

impl Language {
    /// The language for an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a tag like `de-AT`, by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?;
        // Norwegian: `no` and Nynorsk's `nn` readers get Bokmål, which every Norwegian reads.
        let primary = if ["no", "nn"].iter().any(|n| primary.eq_ignore_ascii_case(n)) { "nb" } else { primary };
        Self::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The first language of `tags` (most wanted first) the app is written in, else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Self {
        tags.into_iter().find_map(Self::from_tag).unwrap_or(Language::En)
    }

    /// The language for a request: the host's choice (`?lang=`) first, then the browser's
    /// `Accept-Language` by its weights (a tag at `q=0` is refused), else English. The app
    /// chooses the same way from `navigator.languages`, so the page and the app agree.
    pub fn negotiate(host: Option<&str>, accept_language: &str) -> Self {
        let mut weighted: Vec<(&str, u16)> = accept_language
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let q = parts.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), quality)?;
                (q > 0 && !tag.is_empty()).then_some((tag, q))
            })
            .collect();
        // Stable: equal weights keep the browser's order.
        weighted.sort_by_key(|item| std::cmp::Reverse(item.1));
        Self::preferred(host.into_iter().chain(weighted.into_iter().map(|(tag, _)| tag)))
    }
}

/// A `q` value in thousandths; `None` when it is not one.
fn quality(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    // At most 1000 after the range check, so the cast keeps the value.
    (0.0..=1.0).contains(&value).then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_serde() {
        for (at, language) in Language::ALL.into_iter().enumerate() {
            assert_eq!(language.index(), at);
            assert_eq!(serde_json::to_value(language).unwrap(), language.code());
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
    }

    #[test]
    fn the_host_comes_first_then_the_browsers_weights() {
        assert_eq!(Language::negotiate(Some("fr"), "de-DE,de;q=0.9"), Language::Fr);
        assert_eq!(Language::negotiate(None, "de-AT,de;q=0.9,en;q=0.8"), Language::De);
        assert_eq!(Language::negotiate(None, "en;q=0.5, nl-BE"), Language::Nl);
        assert_eq!(Language::negotiate(None, "ja-JP,fr;q=0.3"), Language::Fr);
        assert_eq!(Language::negotiate(None, "es-ES,fr;q=0.3"), Language::Es);
        assert_eq!(Language::negotiate(Some("xx"), "de;q=0,fr;q=0.2"), Language::Fr);
        assert_eq!(Language::negotiate(None, ""), Language::En);
        assert_eq!(Language::negotiate(None, ";;;,q=2,de;q=abc"), Language::En);
    }

    #[test]
    fn norwegian_readers_get_bokmal_and_arabic_is_right_to_left() {
        for tag in ["no", "nb-NO", "nn", "NO"] {
            assert_eq!(Language::from_tag(tag), Some(Language::Nb), "{tag}");
        }
        assert_eq!(Language::ALL.len(), 28);
        let rtl: Vec<Language> = Language::ALL.into_iter().filter(|l| l.direction() == Direction::Rtl).collect();
        assert_eq!(rtl, [Language::Ar]);
    }
}
