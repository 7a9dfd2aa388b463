//! US Social Security Numbers, as the personal-data form asks them and Onfido's Identity
//! Enhanced report takes them: all nine digits or only the last four.

use std::fmt;
use thiserror::Error;

/// A US Social Security Number, complete or reduced to its last four digits. `Debug` shows only
/// the last two digits: the number is personal data and stays out of logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Ssn {
    /// Nine or four ASCII digits, separators removed.
    digits: String,
}

/// Why a Social Security Number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SsnError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// Neither nine digits nor four (hyphens and spaces aside).
    #[error("must be the nine digits of the number or its last four")]
    Format,
    /// Digits the Social Security Administration never issues (area 000, 666 or 900-999,
    /// group 00, serial 0000).
    #[error("is not a number that is ever issued")]
    NeverIssued,
}

impl SsnError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Format => "ssn_format",
            Self::NeverIssued => "ssn_never_issued",
        }
    }
}

impl Ssn {
    /// Accepts `123-45-6789`, `123 45 6789`, `123456789` or the last four digits `6789`.
    pub fn parse(raw: &str) -> Result<Self, SsnError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(SsnError::Empty);
        }
        if !raw.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ') {
            return Err(SsnError::Format);
        }
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        let never_issued = match digits.len() {
            9 => {
                let area = &digits[0..3];
                area == "000"
                    || area == "666"
                    || area.starts_with('9')
                    || &digits[3..5] == "00"
                    || &digits[5..] == "0000"
            }
            4 => digits == "0000",
            _ => return Err(SsnError::Format),
        };
        if never_issued {
            return Err(SsnError::NeverIssued);
        }
        Ok(Self { digits })
    }

    /// True for all nine digits, false for the last four only.
    pub fn is_full(&self) -> bool {
        self.digits.len() == 9
    }

    /// The last four digits.
    pub fn last_four(&self) -> &str {
        &self.digits[self.digits.len() - 4..]
    }

    /// The digits as entered, without separators: what is sent to the provider.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// Whether `self`, as given by an applicant, matches `on_file`: a complete number must
    /// equal it, the last four digits must equal its last four.
    pub fn matches(&self, on_file: &Ssn) -> bool {
        if self.is_full() {
            on_file.is_full() && self.digits == on_file.digits
        } else {
            self.last_four() == on_file.last_four()
        }
    }
}

/// Serialised as its digits, for storage and the provider; never for logs (see `Debug`).
impl serde::Serialize for Ssn {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.digits)
    }
}

impl fmt::Debug for Ssn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = &self.digits[self.digits.len() - 2..];
        let kind = if self.is_full() { "full" } else { "last four" };
        write!(f, "Ssn({kind}, …{shown})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_digits_or_the_last_four_are_accepted_with_or_without_separators() {
        for (raw, full, last) in [
            ("123-45-6789", true, "6789"),
            ("123 45 6789", true, "6789"),
            ("123456789", true, "6789"),
            ("6789", false, "6789"),
        ] {
            let ssn = Ssn::parse(raw).unwrap();
            assert_eq!((ssn.is_full(), ssn.last_four()), (full, last), "{raw}");
        }
    }

    #[test]
    fn other_lengths_letters_and_never_issued_numbers_are_refused() {
        assert_eq!(Ssn::parse(""), Err(SsnError::Empty));
        assert_eq!(Ssn::parse("12345678"), Err(SsnError::Format));
        assert_eq!(Ssn::parse("123-45-678x"), Err(SsnError::Format));
        for raw in ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "0000"] {
            assert_eq!(Ssn::parse(raw), Err(SsnError::NeverIssued), "{raw}");
        }
    }

    #[test]
    fn the_last_four_match_any_number_ending_in_them_and_a_full_number_only_itself() {
        let on_file = Ssn::parse("123-45-6789").unwrap();
        assert!(Ssn::parse("6789").unwrap().matches(&on_file));
        assert!(!Ssn::parse("6788").unwrap().matches(&on_file));
        assert!(Ssn::parse("123456789").unwrap().matches(&on_file));
        assert!(!Ssn::parse("223456789").unwrap().matches(&on_file));
    }

    #[test]
    fn debug_output_does_not_reveal_the_number() {
        let shown = format!("{:?}", Ssn::parse("123-45-6789").unwrap());
        assert!(!shown.contains("6789") && !shown.contains("123"), "{shown}");
    }
}
