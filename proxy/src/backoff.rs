//! Exponential backoff with jitter, so that many items failing together do not all come back
//! at the same instant: the jobs' retries and the adapters' repeated calls.

use rand::Rng;
use std::time::Duration;

/// Delays that double from `first` up to `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The delay after the first failure.
    pub first: Duration,
    /// No delay is longer.
    pub max: Duration,
}

impl Backoff {
    /// The delay before attempt `attempt + 1` after `attempt` failures (from 1): the doubled
    /// delay, of which the upper half is random ("equal jitter").
    pub fn delay(&self, attempt: u32) -> Duration {
        let full = self.first.saturating_mul(1u32 << attempt.saturating_sub(1).min(20)).min(self.max);
        let half = full / 2;
        half + rand::thread_rng().gen_range(Duration::ZERO..=half)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_within_their_jitter_and_stop_at_the_cap() {
        let b = Backoff { first: Duration::from_secs(1), max: Duration::from_secs(60) };
        for _ in 0..50 {
            let d1 = b.delay(1);
            assert!(d1 >= Duration::from_millis(500) && d1 <= Duration::from_secs(1), "{d1:?}");
            let d4 = b.delay(4);
            assert!(d4 >= Duration::from_secs(4) && d4 <= Duration::from_secs(8), "{d4:?}");
            assert!(b.delay(30) <= Duration::from_secs(60));
            assert!(b.delay(30) >= Duration::from_secs(30));
        }
    }
}
