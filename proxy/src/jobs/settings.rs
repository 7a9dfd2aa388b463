//! How often and how patiently the jobs work: `KYC_RECONCILE_AFTER_SECS`,
//! `KYC_RECONCILE_MAX_SECS`, `KYC_JOB_LEASE_SECS`, `KYC_EVENT_ATTEMPTS`, `KYC_SHUTDOWN_GRACE_SECS`,
//! and the retention's `KYC_RETENTION_*`.

use super::Backoff;
use crate::settings::{parse, ConfigError};
use crate::teams::Retention;
use std::time::Duration;

const DAY_SECS: u64 = 24 * 3600;

/// The jobs' timing.
#[derive(Debug, Clone)]
pub struct JobSettings {
    /// How long an identification may stay quiet before it is re-read from its provider.
    pub reconcile_after: Duration,
    /// The longest the reconciliation waits between two re-reads of an identification that
    /// stays unchanged (the interval doubles up to this).
    pub reconcile_max: Duration,
    /// How long a worker holds an item before another may take it (it died, or hangs).
    pub lease: Duration,
    /// How often a worker looks for due items when nothing woke it.
    pub poll: Duration,
    /// Attempts at an event before it is parked as failed.
    pub event_attempts: u32,
    /// Attempts at an event naming nothing stored here before it is set aside.
    pub unknown_attempts: u32,
    /// Delays between attempts at an event.
    pub event_backoff: Backoff,
    /// How long in-flight work may take to finish when the proxy stops.
    pub shutdown_grace: Duration,
    /// Delays between attempts at a webhook to a product team's server.
    pub webhook_backoff: Backoff,
    /// How long a webhook is retried before it is given up.
    pub webhook_patience: Duration,
    /// The deployment's retention, for teams that set none of their own.
    pub retention: Retention,
    /// How often the retention job runs.
    pub retention_every: Duration,
    /// How long expired single-use codes are kept (a late click still tells the team).
    pub codes_kept: Duration,
    /// How long delivered or given-up webhooks to the teams are kept, with their attempts.
    pub deliveries_kept: Duration,
}

impl Default for JobSettings {
    fn default() -> Self {
        Self {
            reconcile_after: Duration::from_secs(120),
            reconcile_max: Duration::from_secs(3600),
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(1),
            // About four hours of attempts, doubling from one second to half an hour.
            event_attempts: 18,
            unknown_attempts: 6,
            event_backoff: Backoff { first: Duration::from_secs(1), max: Duration::from_secs(1800) },
            shutdown_grace: Duration::from_secs(10),
            // From 5 seconds, doubling to an hour, for three days.
            webhook_backoff: Backoff { first: Duration::from_secs(5), max: Duration::from_secs(3600) },
            webhook_patience: Duration::from_secs(3 * 24 * 3600),
            retention: Retention::default(),
            retention_every: Duration::from_secs(600),
            codes_kept: Duration::from_secs(7 * DAY_SECS),
            deliveries_kept: Duration::from_secs(30 * DAY_SECS),
        }
    }
}

impl JobSettings {
    /// Reads the settings through `get`, defaults for what is unset.
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let base = Self::default();
        let secs = |name: &'static str, default: Duration| -> Result<Duration, ConfigError> {
            let value: u64 = parse(get, name, &default.as_secs().to_string())?;
            if value == 0 {
                return Err(ConfigError::new(name, "must be at least 1 second"));
            }
            Ok(Duration::from_secs(value))
        };
        let days = |name: &'static str, default: Duration| -> Result<Duration, ConfigError> {
            let value: u64 = parse(get, name, &(default.as_secs() / DAY_SECS).to_string())?;
            if value > 3650 {
                return Err(ConfigError::new(name, "at most 3650 days"));
            }
            Ok(Duration::from_secs(value * DAY_SECS))
        };
        Ok(Self {
            reconcile_after: secs("KYC_RECONCILE_AFTER_SECS", base.reconcile_after)?,
            reconcile_max: secs("KYC_RECONCILE_MAX_SECS", base.reconcile_max)?,
            lease: secs("KYC_JOB_LEASE_SECS", base.lease)?,
            event_attempts: parse(get, "KYC_EVENT_ATTEMPTS", &base.event_attempts.to_string())?,
            shutdown_grace: secs("KYC_SHUTDOWN_GRACE_SECS", base.shutdown_grace)?,
            retention: Retention::from_lookup(get)?,
            retention_every: secs("KYC_RETENTION_EVERY_SECS", base.retention_every)?,
            codes_kept: days("KYC_RETENTION_CODES_DAYS", base.codes_kept)?,
            deliveries_kept: days("KYC_RETENTION_DELIVERIES_DAYS", base.deliveries_kept)?,
            ..base
        })
    }

    /// The reconciliation's pace.
    pub fn pace(&self) -> crate::flow::Pace {
        crate::flow::Pace {
            interval_ms: self.reconcile_after.as_millis() as i64,
            max_ms: self.reconcile_max.as_millis() as i64,
            lease_ms: self.lease.as_millis() as i64,
        }
    }

    /// How often the reconciliation looks for quiet identifications: often enough to keep to
    /// `reconcile_after`, at most every 15 seconds.
    pub fn reconcile_every(&self) -> Duration {
        (self.reconcile_after / 4).clamp(Duration::from_millis(100), Duration::from_secs(15))
    }
}
