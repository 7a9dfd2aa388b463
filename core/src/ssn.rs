//! US Social Security numbers, for Onfido's Identity Enhanced check: either all nine digits or
//! only the last four, as the user prefers.

use serde::Serialize;
use thiserror::Error;

/// A Social Security number as given: complete, or its last four digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "digits", rename_all = "snake_case")]
pub enum Ssn {
    /// All nine digits, without separators.
    Full(String),
    /// The last four digits only.
    LastFour(String),
}

/// Why an SSN was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SsnError {
    /// Neither nine nor four digits.
    #[error("must be all 9 digits or the last 4")]
    Format,
    /// Nine digits the Social Security Administration never issues (area 000, 666 or 9xx,
    /// group 00, serial 0000).
    #[error("is not a number that is ever issued")]
    NeverIssued,
}

impl SsnError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Format => "ssn_format",
            Self::NeverIssued => "ssn_invalid",
        }
    }
}

impl Ssn {
    /// Parses `123-45-6789`, `123 45 6789`, `123456789` or `6789`.
    pub fn parse(raw: &str) -> Result<Self, SsnError> {
        let raw = raw.trim();
        if raw.chars().any(|c| !(c.is_ascii_digit() || c == '-' || c == ' ')) {
            return Err(SsnError::Format);
        }
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        match digits.len() {
            4 if digits != "0000" => Ok(Self::LastFour(digits)),
            4 => Err(SsnError::NeverIssued),
            9 => {
                let (area, group, serial) = (&digits[..3], &digits[3..5], &digits[5..]);
                let never =
                    area == "000" || area == "666" || area.starts_with('9') || group == "00" || serial == "0000";
                if never {
                    Err(SsnError::NeverIssued)
                } else {
                    Ok(Self::Full(digits))
                }
            }
            _ => Err(SsnError::Format),
        }
    }

    /// The last four digits, which both forms share.
    pub fn last_four(&self) -> &str {
        match self {
            Self::Full(d) => &d[5..],
            Self::LastFour(d) => d,
        }
    }

    /// The digits as given (nine or four), for the provider and for storage.
    pub fn digits(&self) -> &str {
        match self {
            Self::Full(d) | Self::LastFour(d) => d,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_digits_or_the_last_four_with_the_ssa_rules() {
        let cases: [(&str, Result<&str, SsnError>); 11] = [
            ("123-45-6789", Ok("123456789")),
            ("123 45 6789", Ok("123456789")),
            ("6789", Ok("6789")),
            (" 0042 ", Ok("0042")),
            ("0000", Err(SsnError::NeverIssued)),
            ("000-12-3456", Err(SsnError::NeverIssued)),
            ("666-12-3456", Err(SsnError::NeverIssued)),
            ("912-34-5678", Err(SsnError::NeverIssued)),
            ("123-00-4567", Err(SsnError::NeverIssued)),
            ("12345", Err(SsnError::Format)),
            ("123-45-678x", Err(SsnError::Format)),
        ];
        for (raw, expected) in cases {
            assert_eq!(Ssn::parse(raw).as_ref().map(Ssn::digits).map_err(|e| *e), expected, "{raw}");
        }
        assert_eq!(Ssn::parse("123456789").unwrap().last_four(), "6789");
    }
}
