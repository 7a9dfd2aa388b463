//! States and provinces, for the countries whose addresses need one (the US and Canada): the
//! Solaris `address.state` and Onfido's `address.state`.

use crate::CountryCode;
use serde::Serialize;
use thiserror::Error;

/// US states, the District of Columbia and the inhabited territories (USPS codes).
const US: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AS", "American Samoa"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("GU", "Guam"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("MP", "Northern Mariana Islands"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("PR", "Puerto Rico"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VI", "U.S. Virgin Islands"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
];

/// Canadian provinces and territories (Canada Post codes), in their official English names.
const CA: &[(&str, &str)] = &[
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NT", "Northwest Territories"),
    ("NS", "Nova Scotia"),
    ("NU", "Nunavut"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("YT", "Yukon"),
];

/// The states or provinces of `country` as (code, name), empty where addresses need none.
pub fn of(country: &str) -> &'static [(&'static str, &'static str)] {
    match country.trim() {
        c if c.eq_ignore_ascii_case("US") => US,
        c if c.eq_ignore_ascii_case("CA") => CA,
        _ => &[],
    }
}

/// A state or province code, valid for its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Subdivision(String);

/// Why a state was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SubdivisionError {
    /// The country needs a state and none was chosen.
    #[error("is required")]
    Empty,
    /// Not a state or province of the country.
    #[error("is not a state or province of the country")]
    Unknown,
}

impl SubdivisionError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Unknown => "state_unknown",
        }
    }
}

impl Subdivision {
    /// Parses a code such as `ny` or `QC` for `country`.
    pub fn parse(raw: &str, country: CountryCode) -> Result<Self, SubdivisionError> {
        let code = raw.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(SubdivisionError::Empty);
        }
        of(country.as_str()).iter().find(|(c, _)| *c == code).map(|_| Self(code)).ok_or(SubdivisionError::Unknown)
    }

    /// The code, e.g. `NY`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn states_are_checked_against_their_country() {
        let cases = [
            ("US", "ny", Ok("NY")),
            ("US", " DC ", Ok("DC")),
            ("CA", "QC", Ok("QC")),
            ("CA", "NY", Err(SubdivisionError::Unknown)),
            ("US", "QC", Err(SubdivisionError::Unknown)),
            ("US", "", Err(SubdivisionError::Empty)),
            ("DE", "BY", Err(SubdivisionError::Unknown)),
        ];
        for (c, raw, expected) in cases {
            let got = Subdivision::parse(raw, country(c));
            assert_eq!(got.as_ref().map(Subdivision::as_str), expected.as_ref().copied(), "{c} {raw}");
        }
    }

    #[test]
    fn only_the_us_and_canada_need_a_state() {
        assert_eq!(of("US").len(), 56);
        assert_eq!(of("ca").len(), 13);
        assert!(of("DE").is_empty() && of("GB").is_empty());
    }
}
