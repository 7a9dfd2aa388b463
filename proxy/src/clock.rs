//! The proxy's clock, in the same types the domain rules use.

use kyc_core::UtcTimestamp;
use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in UTC.
pub fn now() -> UtcTimestamp {
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
    UtcTimestamp::from_unix_millis(ms)
}
