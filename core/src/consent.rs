//! Consents and the UTC timestamps that prove when they were given.

use crate::CalendarDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// A consent the user must give before the identification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// The provider's terms and conditions (`terms_conditions_signed_at` at Solaris).
    TermsConditions,
    /// Processing of personal data (`data_terms_signed_at` at Solaris).
    DataProcessing,
}

impl ConsentKind {
    /// Every consent, in page order.
    pub const ALL: [ConsentKind; 2] = [ConsentKind::TermsConditions, ConsentKind::DataProcessing];

    /// The kind's key in URLs and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::TermsConditions => "terms_conditions",
            Self::DataProcessing => "data_processing",
        }
    }

    /// The kind for a key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// An instant in UTC, ISO 8601 with a `Z` suffix, second precision or finer
/// (`2019-01-01T00:00:00Z`, `2022-01-01T00:00:00.000Z`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UtcTimestamp {
    date: CalendarDate,
    seconds_of_day: u32,
    millis: u16,
}

/// Why a timestamp was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("is not a UTC timestamp like 2019-01-01T00:00:00Z")]
pub struct InvalidTimestamp;

impl UtcTimestamp {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff…]Z`; offsets other than `Z` are refused so that every
    /// stored consent time is unambiguous.
    pub fn parse(raw: &str) -> Result<Self, InvalidTimestamp> {
        let (date, time) = raw.split_once('T').ok_or(InvalidTimestamp)?;
        let date = CalendarDate::parse(date).map_err(|_| InvalidTimestamp)?;
        let time = time.strip_suffix('Z').ok_or(InvalidTimestamp)?;
        let (hms, frac) = match time.split_once('.') {
            Some((hms, frac)) => (hms, Some(frac)),
            None => (time, None),
        };
        let parts: Vec<&str> = hms.split(':').collect();
        let [h, m, s] = parts.as_slice() else { return Err(InvalidTimestamp) };
        let num = |v: &str, max: u32| -> Result<u32, InvalidTimestamp> {
            (v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit()))
                .then(|| v.parse().ok())
                .flatten()
                .filter(|n| *n <= max)
                .ok_or(InvalidTimestamp)
        };
        let seconds_of_day = num(h, 23)? * 3600 + num(m, 59)? * 60 + num(s, 59)?;
        let millis = match frac {
            None => 0,
            Some(f) if !f.is_empty() && f.len() <= 9 && f.bytes().all(|b| b.is_ascii_digit()) => {
                format!("{f:0<3}")[..3].parse().map_err(|_| InvalidTimestamp)?
            }
            Some(_) => return Err(InvalidTimestamp),
        };
        Ok(Self { date, seconds_of_day, millis })
    }

    /// Builds a timestamp from milliseconds since the Unix epoch (the browser's `Date.now()`).
    pub fn from_unix_millis(ms: i64) -> Self {
        let days = ms.div_euclid(86_400_000);
        let rest = ms.rem_euclid(86_400_000);
        Self {
            date: CalendarDate::from_days_since_epoch(days),
            seconds_of_day: (rest / 1000) as u32,
            millis: (rest % 1000) as u16,
        }
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_millis(&self) -> i64 {
        self.date.days_since_epoch() * 86_400_000 + i64::from(self.seconds_of_day) * 1000 + i64::from(self.millis)
    }

    /// The calendar date in UTC.
    pub fn date(&self) -> CalendarDate {
        self.date
    }
}

impl fmt::Display for UtcTimestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.seconds_of_day;
        write!(f, "{}T{:02}:{:02}:{:02}.{:03}Z", self.date, s / 3600, s / 60 % 60, s % 60, self.millis)
    }
}

impl TryFrom<String> for UtcTimestamp {
    type Error = InvalidTimestamp;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<UtcTimestamp> for String {
    fn from(value: UtcTimestamp) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_examples_parse_and_print_with_milliseconds() {
        assert_eq!(UtcTimestamp::parse("2019-01-01T00:00:00Z").unwrap().to_string(), "2019-01-01T00:00:00.000Z");
        assert_eq!(UtcTimestamp::parse("2022-01-01T13:05:09.5Z").unwrap().to_string(), "2022-01-01T13:05:09.500Z");
    }

    #[test]
    fn local_times_and_garbage_are_refused() {
        for bad in [
            "2019-01-01T00:00:00+01:00",
            "2019-01-01 00:00:00Z",
            "2019-01-01T24:00:00Z",
            "2019-01-01T00:00Z",
            "2019-01-01T00:00:00.Z",
            "",
        ] {
            assert!(UtcTimestamp::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unix_millis_round_trip() {
        let t = UtcTimestamp::parse("2026-11-21T23:18:59.123Z").unwrap();
        assert_eq!(UtcTimestamp::from_unix_millis(t.unix_millis()), t);
        assert_eq!(UtcTimestamp::from_unix_millis(0).to_string(), "1970-01-01T00:00:00.000Z");
    }
}
