//! How the reconciliation paces its re-reads of something quiet (an identification, an account
//! waiting for its decision): after an interval of quiet, then at doubling intervals up to a
//! maximum while the provider has nothing new; news brings it back to the interval.

/// The pace, from the jobs' settings; milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// Quiet this long, it is re-read.
    pub interval_ms: i64,
    /// The longest wait between two re-reads of something unchanged.
    pub max_ms: i64,
    /// How long one instance holds what it re-reads.
    pub lease_ms: i64,
}

impl Pace {
    /// After a re-read made after `interval_ms` of quiet: the backoff to keep (`None` when it
    /// `changed`: back to the interval) and the time before which it is not asked again, so a
    /// provider that could not be reached is not asked again at once.
    pub fn after(&self, interval_ms: i64, changed: bool, now_ms: i64) -> (Option<i64>, i64) {
        let backoff = (!changed).then(|| interval_ms.saturating_mul(2).min(self.max_ms));
        (backoff, now_ms + backoff.unwrap_or(self.interval_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_doubles_up_to_the_maximum_and_news_starts_again() {
        let pace = Pace { interval_ms: 1_000, max_ms: 3_000, lease_ms: 500 };
        assert_eq!(pace.after(1_000, false, 10), (Some(2_000), 2_010));
        assert_eq!(pace.after(2_000, false, 10), (Some(3_000), 3_010));
        assert_eq!(pace.after(3_000, true, 10), (None, 1_010));
    }
}
