//! Postal codes, checked against the format of the country they belong to.

use crate::CountryCode;
use serde::Serialize;
use thiserror::Error;

/// A postal code valid for its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct PostalCode(String);

/// Why a postal code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PostalCodeError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// Does not match the country's format.
    #[error("does not match the postal code format of the country")]
    Format,
}

impl PostalCodeError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Format => "postal_code_format",
        }
    }
}

/// Formats per country: `9` is a digit, `A` a letter, `*` either, anything else itself. Countries not listed
/// get a permissive check (letters, digits, space and hyphen, at most 10).
fn patterns(country: &str) -> Option<&'static [&'static str]> {
    Some(match country {
        "DE" | "FR" | "IT" | "ES" | "FI" | "EE" | "HR" | "LT" | "MY" => &["99999"],
        "AT" | "CH" | "BE" | "DK" | "NO" | "LU" | "HU" | "SI" | "BG" | "CY" | "AU" | "ZA" => &["9999"],
        "NL" => &["9999 AA", "9999AA"],
        "PL" => &["99-999"],
        "PT" => &["9999-999"],
        "SE" | "CZ" | "SK" | "GR" => &["999 99", "99999"],
        "US" => &["99999", "99999-9999"],
        "CA" => &["A9A 9A9", "A9A9A9"],
        // Eircode: a routing key (letter and two characters) and a four-character identifier.
        "IE" => &["A** ****", "A******"],
        "GB" => &[
            "A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA", "A99AA", "A999AA", "AA99AA", "AA999AA",
            "A9A9AA", "AA9A9AA",
        ],
        _ => return None,
    })
}

fn matches(pattern: &str, value: &str) -> bool {
    pattern.len() == value.len()
        && pattern.bytes().zip(value.bytes()).all(|(p, v)| match p {
            b'9' => v.is_ascii_digit(),
            b'A' => v.is_ascii_alphabetic(),
            b'*' => v.is_ascii_alphanumeric(),
            other => other == v,
        })
}

impl PostalCode {
    /// Checks `raw` (surrounding spaces ignored) against the format of `country`.
    pub fn parse(raw: &str, country: CountryCode) -> Result<Self, PostalCodeError> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(PostalCodeError::Empty);
        }
        let ok = match patterns(country.as_str()) {
            Some(list) => list.iter().any(|p| matches(p, value)),
            None => value.len() <= 10 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-'),
        };
        if ok {
            Ok(Self(value.to_ascii_uppercase()))
        } else {
            Err(PostalCodeError::Format)
        }
    }

    /// The code, upper case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str, country: &str) -> Result<PostalCode, PostalCodeError> {
        PostalCode::parse(raw, CountryCode::parse(country).unwrap())
    }

    #[test]
    fn each_country_accepts_its_own_format() {
        for (code, country) in [
            ("13353", "DE"),
            ("1010", "AT"),
            ("8001", "CH"),
            ("75001", "FR"),
            ("1012 AB", "NL"),
            ("1000", "BE"),
            ("00184", "IT"),
            ("28013", "ES"),
            ("00-950", "PL"),
            ("SW1A 1AA", "GB"),
            ("ec1a1bb", "GB"),
            ("D02 X285", "IE"),
            ("10001", "US"),
            ("10001-1234", "US"),
            ("K1A 0B1", "CA"),
        ] {
            assert!(parse(code, country).is_ok(), "{code} in {country}");
        }
    }

    #[test]
    fn each_country_refuses_what_is_not_its_format() {
        for (code, country) in [
            ("1234", "DE"),
            ("133530", "DE"),
            ("13353", "AT"),
            ("80012", "CH"),
            ("7500", "FR"),
            ("1012", "NL"),
            ("1012 A", "NL"),
            ("10000", "BE"),
            ("0018", "IT"),
            ("2801", "ES"),
            ("00950", "PL"),
            ("SW1A", "GB"),
            ("12345", "GB"),
            ("D02", "IE"),
            ("1000", "US"),
            ("10001-12", "US"),
            ("K1A0B", "CA"),
            ("12345", "CA"),
        ] {
            assert_eq!(parse(code, country), Err(PostalCodeError::Format), "{code} in {country}");
        }
        assert_eq!(parse(" ", "DE"), Err(PostalCodeError::Empty));
    }
}
