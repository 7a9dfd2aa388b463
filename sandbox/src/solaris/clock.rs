//! Wall-clock time for the timestamps the API shows. Deadlines (token lifetime, review, timeout)
//! use `tokio::time::Instant` instead, so tests can move them with a paused clock.

use kyc_core::{CalendarDate, UtcTimestamp};
use std::time::{SystemTime, UNIX_EPOCH};

fn unix_millis() -> i64 {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// Now, as Solaris prints timestamps (`2022-07-14T18:18:28.000Z`).
pub(crate) fn now_utc() -> String {
    UtcTimestamp::from_unix_millis(unix_millis()).to_string()
}

/// Today's date in UTC.
pub(crate) fn today() -> CalendarDate {
    UtcTimestamp::from_unix_millis(unix_millis()).date()
}

/// The same day `months` months earlier, or the last day of that month when it is shorter
/// (31 August minus six months is 28 or 29 February).
pub(crate) fn months_before(date: CalendarDate, months: u32) -> CalendarDate {
    let total = date.year() * 12 + i32::from(date.month()) - 1 - months as i32;
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    (1..=date.day()).rev().find_map(|day| CalendarDate::new(year, month, day).ok()).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(raw: &str) -> CalendarDate {
        CalendarDate::parse(raw).unwrap()
    }

    #[test]
    fn six_months_back_crosses_years_and_clamps_the_day() {
        assert_eq!(months_before(date("2024-08-31"), 6), date("2024-02-29"));
        assert_eq!(months_before(date("2025-03-15"), 6), date("2024-09-15"));
        assert_eq!(months_before(date("2025-06-30"), 6), date("2024-12-30"));
    }

    #[test]
    fn timestamps_carry_milliseconds_and_a_z() {
        let now = now_utc();
        assert!(now.ends_with('Z') && now.len() == 24, "{now}");
    }
}
