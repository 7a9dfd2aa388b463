//! Mobile numbers in E.164 form. This is the structural check both sides share; the proxy adds
//! the per-country check with full phone metadata, which is too heavy for the wasm.

use serde::Serialize;
use thiserror::Error;

/// A number in E.164 form: `+`, a country code and subscriber number, 8 to 15 digits in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
}

impl PhoneError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Format => "phone_format",
        }
    }
}

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
    fn national_short_and_lettered_numbers_are_refused() {
        assert_eq!(PhoneNumber::parse("0151 23456789"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+49 123"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+0049151234567"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+49 151 CALLME"), Err(PhoneError::Format));
        assert_eq!(PhoneNumber::parse("+1234567890123456"), Err(PhoneError::Format));
    }
}
