//! Mobile numbers in E.164 form. This is the structural check both sides share; the proxy adds
//! the per-country check with full phone metadata, which is too heavy for the wasm.

use serde::Serialize;
use thiserror::Error;

/// A number in E.164 form: `+`, a country code and subscriber number, 8 to 15 digits in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct PhoneNumber(String);

/// Why a phone number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PhoneError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// Not `+` followed by 8 to 15 digits.
    #[error("must be in international format, like +49 151 23456789")]
    Format,
    /// Too short or too long for the country its calling code names.
    #[error("has too few or too many digits for its country")]
    Length,
}

impl PhoneError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Format => "phone_format",
            Self::Length => "phone_length",
        }
    }
}

/// Calling code and the length range of the national number after it, for the countries the
/// product serves first. Others get only the E.164 bounds here; the proxy checks every country
/// with full metadata.
const NATIONAL_LENGTHS: &[(&str, u8, u8)] = &[
    ("1", 10, 10), // US, CA
    ("31", 9, 9),  // NL
    ("32", 8, 9),  // BE
    ("33", 9, 9),  // FR
    ("34", 9, 9),  // ES
    ("39", 6, 11), // IT
    ("41", 9, 9),  // CH
    ("43", 4, 13), // AT
    ("44", 9, 10), // GB
    ("48", 9, 9),  // PL
    ("49", 6, 13), // DE
    ("353", 7, 9), // IE
];

impl PhoneNumber {
    /// Accepts spaces, hyphens and brackets as the user types them and keeps only the digits.
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(PhoneError::Empty);
        }
        let rest = raw.strip_prefix('+').ok_or(PhoneError::Format)?;
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '(' | ')' | '/' | '.' => {}
                _ => return Err(PhoneError::Format),
            }
        }
        if !(8..=15).contains(&digits.len()) || digits.starts_with('0') {
            return Err(PhoneError::Format);
        }
        // Calling codes are prefix-free, so at most one entry matches.
        if let Some((code, min, max)) = NATIONAL_LENGTHS.iter().find(|(code, ..)| digits.starts_with(code)) {
            let national = digits.len() - code.len();
            if national < usize::from(*min) || national > usize::from(*max) {
                return Err(PhoneError::Length);
            }
        }
        Ok(Self(format!("+{digits}")))
    }

    /// The number as `+` and digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_are_normalised() {
        assert_eq!(PhoneNumber::parse("+49 151 2345-6789").unwrap().as_str(), "+4915123456789");
        assert!(PhoneNumber::parse("+15550101000").is_ok());
    }

    #[test]
    fn each_country_accepts_its_own_lengths_and_refuses_others() {
        let table = [
            ("DE", "+49 151 23456789", true),
            ("DE", "+49 30 1234567", true),
            ("DE", "+49 1512345678901234", false),
            ("AT", "+43 664 1234567", true),
            ("CH", "+41 79 123 45 67", true),
            ("CH", "+41 79 123 45", false),
            ("FR", "+33 6 12 34 56 78", true),
            ("FR", "+33 6 12 34 56 7", false),
            ("NL", "+31 6 12345678", true),
            ("BE", "+32 470 12 34 56", true),
            ("IT", "+39 312 345 6789", true),
            ("ES", "+34 612 34 56 78", true),
            ("ES", "+34 612 34 56 789", false),
            ("PL", "+48 512 345 678", true),
            ("GB", "+44 7911 123456", true),
            ("GB", "+44 7911 1234567", false),
            ("IE", "+353 85 123 4567", true),
            ("US", "+1 415 555 2671", true),
            ("US", "+1 415 555 267", false),
            ("CA", "+1 613 555 0123", true),
        ];
        for (country, number, ok) in table {
            assert_eq!(PhoneNumber::parse(number).is_ok(), ok, "{country} {number}");
        }
        assert_eq!(PhoneNumber::parse("+1 415 555 267"), Err(PhoneError::Length));
    }

    #[test]
    fn national_short_and_lettered_numbers_are_refused() {
        assert_eq!(PhoneNumber::parse("0151 23456789"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+49 123"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+0049151234567"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+49 151 CALLME"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+1234567890123456"), Err(PhoneError::Format));
    }
}
