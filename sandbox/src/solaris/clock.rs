//! Solaris's dates: the shared clock ([`crate::clock`]) and the age of a proof of address.

pub(crate) use crate::clock::{now_utc, today};
use kyc_core::CalendarDate;

/// The same day `months` months earlier, or the last day of that month when it is shorter
/// (31 August minus six months is 28 or 29 February).
pub(crate) fn months_before(date: CalendarDate, months: u32) -> CalendarDate {
    shifted(date, -(months as i32))
}

/// The same day `months` months later, or the last day of that month when it is shorter.
pub(crate) fn months_after(date: CalendarDate, months: u32) -> CalendarDate {
    shifted(date, months as i32)
}

fn shifted(date: CalendarDate, months: i32) -> CalendarDate {
    let total = date.year() * 12 + i32::from(date.month()) - 1 + months;
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
        assert_eq!(months_after(date("2022-07-22"), 78), date("2029-01-22"), "the guide's AML follow-up");
    }
}
