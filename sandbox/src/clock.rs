//! Wall-clock time and random ids for what the simulators print. Deadlines (token lifetimes,
//! reviews, timeouts) use `tokio::time::Instant` instead, so tests can move them with a paused
//! clock.

use kyc_core::{CalendarDate, UtcTimestamp};
use rand::Rng;
use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in milliseconds since the Unix epoch.
pub(crate) fn unix_millis() -> i64 {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// Now, as an ISO 8601 UTC timestamp with milliseconds (`2022-07-14T18:18:28.000Z`).
pub(crate) fn now_utc() -> String {
    UtcTimestamp::from_unix_millis(unix_millis()).to_string()
}

/// Today's date in UTC.
pub(crate) fn today() -> CalendarDate {
    UtcTimestamp::from_unix_millis(unix_millis()).date()
}

/// 128 random bits as 32 hex digits.
pub(crate) fn random_hex() -> String {
    hex::encode(rand::thread_rng().gen::<[u8; 16]>())
}

/// A random (version 4) UUID.
pub(crate) fn uuid_v4() -> String {
    let mut bytes: [u8; 16] = rand::thread_rng().gen();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex::encode(bytes);
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_carry_milliseconds_and_a_z() {
        let now = now_utc();
        assert!(now.ends_with('Z') && now.len() == 24, "{now}");
    }
}
