//! First and last names, with the sanitisation rules Solaris applies to `first_name` and
//! `last_name`: at most 50 characters, no leading whitespace, no symbols or emoji.

use serde::Serialize;
use thiserror::Error;

/// Longest name Solaris accepts, counted in characters (not bytes).
pub const MAX_LEN: usize = 50;

/// A name as printed on the ID document: letters of any script, with hyphens, apostrophes and
/// single spaces allowed between letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct PersonName(String);

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NameError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// More than [`MAX_LEN`] characters.
    #[error("is too long (maximum is 50 characters)")]
    TooLong,
    /// Starts with a space or another whitespace character.
    #[error("must not start with a space")]
    LeadingWhitespace,
    /// Contains a digit, a symbol or an emoji.
    #[error("may contain only letters, hyphens, apostrophes and spaces")]
    Symbol,
    /// A hyphen, apostrophe or space at the end or next to another one.
    #[error("may use a hyphen, apostrophe or space only between letters")]
    MisplacedSeparator,
}

impl NameError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::TooLong => "name_too_long",
            Self::LeadingWhitespace => "name_leading_space",
            Self::Symbol => "name_symbol",
            Self::MisplacedSeparator => "name_separator",
        }
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | ' ')
}

/// Combining marks carry accents in decomposed text ("e" + U+0301); they are part of a letter.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

impl PersonName {
    /// Checks `raw` against the name rules; the value is kept exactly as typed.
    pub fn parse(raw: &str) -> Result<Self, NameError> {
        if raw.is_empty() {
            return Err(NameError::Empty);
        }
        if raw.starts_with(char::is_whitespace) {
            return Err(NameError::LeadingWhitespace);
        }
        if raw.chars().count() > MAX_LEN {
            return Err(NameError::TooLong);
        }
        let mut previous_was_separator = true;
        for c in raw.chars() {
            if is_separator(c) {
                if previous_was_separator {
                    return Err(NameError::MisplacedSeparator);
                }
                previous_was_separator = true;
            } else if c.is_alphabetic() || (is_combining_mark(c) && !previous_was_separator) {
                previous_was_separator = false;
            } else {
                return Err(NameError::Symbol);
            }
        }
        if previous_was_separator {
            return Err(NameError::MisplacedSeparator);
        }
        Ok(Self(raw.to_owned()))
    }

    /// The name as entered.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PersonName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_accents_scripts_and_inner_separators_are_accepted() {
        for name in [
            "Zoë",
            "Łukasz",
            "Jean-Luc",
            "O'Brien",
            "María José",
            "Zoe\u{0308}",
            "Ельцин",
            "山田",
            "X-AUTOTEST-HAPPYPATH",
        ] {
            assert!(PersonName::parse(name).is_ok(), "{name} should be accepted");
        }
    }

    #[test]
    fn a_leading_space_is_rejected() {
        assert_eq!(PersonName::parse(" Anna"), Err(NameError::LeadingWhitespace));
        assert_eq!(PersonName::parse("\tAnna"), Err(NameError::LeadingWhitespace));
    }

    #[test]
    fn emoji_symbols_and_digits_are_rejected() {
        assert_eq!(PersonName::parse("Anna😀"), Err(NameError::Symbol));
        assert_eq!(PersonName::parse("J@ne"), Err(NameError::Symbol));
        assert_eq!(PersonName::parse("Anna2"), Err(NameError::Symbol));
        assert_eq!(PersonName::parse("Anna."), Err(NameError::Symbol));
    }

    #[test]
    fn fifty_characters_are_accepted_and_fifty_one_rejected() {
        let fifty = "Ä".repeat(50);
        assert!(PersonName::parse(&fifty).is_ok());
        assert_eq!(PersonName::parse(&"a".repeat(51)), Err(NameError::TooLong));
    }

    #[test]
    fn separators_only_stand_between_letters() {
        assert_eq!(PersonName::parse("Anna-"), Err(NameError::MisplacedSeparator));
        assert_eq!(PersonName::parse("Anna  Lena"), Err(NameError::MisplacedSeparator));
        assert_eq!(PersonName::parse("-Anna"), Err(NameError::MisplacedSeparator));
        assert_eq!(PersonName::parse(""), Err(NameError::Empty));
    }
}
