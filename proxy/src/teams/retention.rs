//! How long a session's data is kept: the deployment's `KYC_RETENTION_*` variables, which a
//! team's policy may override (`retention_pictures_hours`, `retention_personal_data_days`,
//! `retention_abandoned_days`). The retention job ([`crate::jobs::retention`]) applies them.

use crate::settings::{parse, ConfigError};

/// One hour, in milliseconds.
const HOUR_MS: i64 = 3_600_000;
/// One day, in milliseconds.
const DAY_MS: i64 = 24 * HOUR_MS;

/// What a team's sessions keep, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Pictures never handed to a provider go this many hours after they were taken (those the
    /// provider accepted go at once).
    pub pictures_hours: u32,
    /// Personal data goes this many days after the decision (an open referral keeps it).
    pub personal_data_days: u32,
    /// A session without a decision goes this many days after its last activity.
    pub abandoned_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Self { pictures_hours: 24, personal_data_days: 30, abandoned_days: 30 }
    }
}

/// The limits a value must keep to (a typo of a few zeros would keep data for ever).
pub const MAX_HOURS: u32 = 24 * 365;
/// See [`MAX_HOURS`].
pub const MAX_DAYS: u32 = 3650;

impl Retention {
    /// `KYC_RETENTION_PICTURES_HOURS`, `KYC_RETENTION_PERSONAL_DATA_DAYS` and
    /// `KYC_RETENTION_ABANDONED_DAYS` through `get`, the defaults for what is unset.
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let base = Self::default();
        let bounded = |name: &'static str, default: u32, max: u32| -> Result<u32, ConfigError> {
            let value: u32 = parse(get, name, &default.to_string())?;
            if value > max {
                return Err(ConfigError::new(name, format!("at most {max}")));
            }
            Ok(value)
        };
        Ok(Self {
            pictures_hours: bounded("KYC_RETENTION_PICTURES_HOURS", base.pictures_hours, MAX_HOURS)?,
            personal_data_days: bounded("KYC_RETENTION_PERSONAL_DATA_DAYS", base.personal_data_days, MAX_DAYS)?,
            abandoned_days: bounded("KYC_RETENTION_ABANDONED_DAYS", base.abandoned_days, MAX_DAYS)?,
        })
    }

    /// How long pictures never sent are kept, in milliseconds.
    pub fn pictures_ms(&self) -> i64 {
        i64::from(self.pictures_hours) * HOUR_MS
    }

    /// How long personal data is kept after the decision, in milliseconds.
    pub fn personal_data_ms(&self) -> i64 {
        i64::from(self.personal_data_days) * DAY_MS
    }

    /// How long a session without a decision is kept after its last activity, in milliseconds.
    pub fn abandoned_ms(&self) -> i64 {
        i64::from(self.abandoned_days) * DAY_MS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deployment_sets_its_retention_within_bounds() {
        let vars = |name: &str| match name {
            "KYC_RETENTION_PERSONAL_DATA_DAYS" => Some("7".to_owned()),
            _ => None,
        };
        let read = Retention::from_lookup(&vars).unwrap();
        assert_eq!(read, Retention { personal_data_days: 7, ..Retention::default() });
        let too_long = |name: &str| (name == "KYC_RETENTION_PICTURES_HOURS").then(|| "100000".to_owned());
        assert!(Retention::from_lookup(&too_long).is_err());
    }
}
