//! Calendar dates and the birth-date rule (a real date, not in the future, age 18 or more).
//!
//! Hand-written rather than pulling a date crate into the wasm: the rules need only the
//! Gregorian calendar and comparisons. "Today" is always passed in, so tests are deterministic
//! and each side uses its own clock.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// Minimum age for opening an account.
pub const MIN_AGE: u32 = 18;
/// Oldest plausible age; anything older is a typing mistake.
pub const MAX_AGE: u32 = 130;

/// A valid Gregorian date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("is not a valid date (YYYY-MM-DD)")]
pub struct InvalidDate;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl CalendarDate {
    /// Builds a date from its parts, refusing impossible ones (30 February).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, InvalidDate> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(InvalidDate);
        }
        Ok(Self { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(raw: &str) -> Result<Self, InvalidDate> {
        let b = raw.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(InvalidDate);
        }
        let num =
            |s: &str| s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse::<u32>().ok()).flatten().ok_or(InvalidDate);
        Self::new(num(&raw[0..4])? as i32, num(&raw[5..7])? as u8, num(&raw[8..10])? as u8)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Whole years from `self` to `on` (0 when `on` is earlier).
    pub fn years_until(self, on: CalendarDate) -> u32 {
        let mut years = on.year - self.year;
        if (on.month, on.day) < (self.month, self.day) {
            years -= 1;
        }
        years.max(0) as u32
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for CalendarDate {
    type Error = InvalidDate;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CalendarDate> for String {
    fn from(value: CalendarDate) -> Self {
        value.to_string()
    }
}

/// A birth date of an adult.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct BirthDate(CalendarDate);

/// Why a birth date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BirthDateError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// Not a real date.
    #[error("is not a valid date")]
    Invalid,
    /// After today.
    #[error("must not be in the future")]
    InFuture,
    /// Younger than [`MIN_AGE`].
    #[error("must be at least 18 years ago")]
    TooYoung,
    /// Older than [`MAX_AGE`].
    #[error("is too far in the past")]
    TooOld,
}

impl BirthDateError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Invalid => "date_invalid",
            Self::InFuture => "date_future",
            Self::TooYoung => "age_under_18",
            Self::TooOld => "date_too_old",
        }
    }
}

impl BirthDate {
    /// Parses `YYYY-MM-DD` and checks the age on `today`.
    pub fn parse(raw: &str, today: CalendarDate) -> Result<Self, BirthDateError> {
        if raw.trim().is_empty() {
            return Err(BirthDateError::Empty);
        }
        let date = CalendarDate::parse(raw.trim()).map_err(|_| BirthDateError::Invalid)?;
        if date > today {
            return Err(BirthDateError::InFuture);
        }
        match date.years_until(today) {
            age if age < MIN_AGE => Err(BirthDateError::TooYoung),
            age if age > MAX_AGE => Err(BirthDateError::TooOld),
            _ => Ok(Self(date)),
        }
    }

    /// The date itself.
    pub fn date(self) -> CalendarDate {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(CalendarDate::parse("2023-02-29").is_err());
        assert!(CalendarDate::parse("2024-02-29").is_ok());
        assert!(CalendarDate::parse("2024-13-01").is_err());
        assert!(CalendarDate::parse("24-01-01").is_err());
        assert!(CalendarDate::parse("2024-1-011").is_err());
        assert!(CalendarDate::parse("+024-01-01").is_err());
    }

    #[test]
    fn tomorrow_is_in_the_future() {
        assert_eq!(BirthDate::parse("2026-11-22", today()), Err(BirthDateError::InFuture));
    }

    #[test]
    fn a_seventeen_year_old_is_too_young_and_turns_eighteen_on_the_birthday() {
        assert_eq!(BirthDate::parse("2008-11-22", today()), Err(BirthDateError::TooYoung));
        assert!(BirthDate::parse("2008-11-21", today()).is_ok());
    }

    #[test]
    fn empty_garbage_and_ancient_dates_are_refused() {
        assert_eq!(BirthDate::parse("", today()), Err(BirthDateError::Empty));
        assert_eq!(BirthDate::parse("yesterday", today()), Err(BirthDateError::Invalid));
        assert_eq!(BirthDate::parse("1850-01-01", today()), Err(BirthDateError::TooOld));
    }

    #[test]
    fn epoch_day_conversion_round_trips() {
        for raw in ["1970-01-01", "2000-02-29", "1969-12-31", "2026-11-21", "1600-03-01"] {
            let d = CalendarDate::parse(raw).unwrap();
            assert_eq!(CalendarDate::from_days_since_epoch(d.days_since_epoch()), d);
        }
        assert_eq!(CalendarDate::parse("1970-01-02").unwrap().days_since_epoch(), 1);
    }
}
