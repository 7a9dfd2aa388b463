//! Background delivery of what the simulators send on their own (webhooks, callbacks,
//! notifications): attempts on a retry schedule until the receiver takes one, and the signature
//! the webhook-signing providers compute alike. What is sent, and how, stays with each provider.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::future::Future;
use std::time::Duration;

/// What one attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// The receiver took it.
    Delivered,
    /// Not delivered, and trying again would not help (e.g. the subscription was cancelled).
    Final,
    /// Not delivered; worth another attempt.
    Retry,
}

/// The usual reading of a receiver's answer: a 2xx delivers, anything else is retried. Failures
/// are logged at debug level only, since retries are routine; `what` names the sender.
pub(crate) fn retry_unless_2xx(
    what: &str,
    attempt: u32,
    answer: Result<reqwest::StatusCode, reqwest::Error>,
) -> Attempt {
    match answer {
        Ok(status) if status.is_success() => return Attempt::Delivered,
        Ok(status) => tracing::debug!(attempt, %status, what, "refused; will retry"),
        // Without the URL: it may carry the receiver's tokens.
        Err(error) => tracing::debug!(attempt, error = %error.without_url(), what, "not delivered; will retry"),
    }
    Attempt::Retry
}

/// `attempts - 1` delays between attempts: `first`, doubling each time, none longer than `cap`.
pub(crate) fn doubling(first: Duration, cap: Duration, attempts: u32) -> Vec<Duration> {
    (0..attempts.saturating_sub(1)).map(|n| first.saturating_mul(1 << n.min(16)).min(cap)).collect()
}

/// Calls `attempt` with the attempt number (from 1), waiting `delays[n]` after the n-th failed
/// one, until an attempt is not [`Attempt::Retry`] or the delays run out. The last attempt's
/// outcome: [`Attempt::Retry`] means the sender gave up.
pub(crate) async fn with_retries<F, Fut>(delays: &[Duration], mut attempt: F) -> Attempt
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Attempt>,
{
    let mut number = 1;
    loop {
        let outcome = attempt(number).await;
        let Some(delay) = delays.get(number as usize - 1).filter(|_| outcome == Attempt::Retry) else {
            return outcome;
        };
        tokio::time::sleep(*delay).await;
        number += 1;
    }
}

/// Lowercase hex HMAC-SHA256 of `body` keyed with `key`, as webhook signatures carry it.
pub(crate) fn hmac_sha256_hex(key: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes()).expect("HMAC accepts any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[test]
    fn doubling_gives_one_delay_fewer_than_attempts() {
        let delays: Vec<u128> =
            doubling(Duration::from_millis(250), Duration::from_secs(3), 7).iter().map(Duration::as_millis).collect();
        assert_eq!(delays, [250, 500, 1000, 2000, 3000, 3000]);
    }

    #[tokio::test(start_paused = true)]
    async fn attempts_stop_at_the_first_delivery_or_when_the_schedule_runs_out() {
        let calls = AtomicU32::new(0);
        let delays = [Duration::from_secs(1); 3];
        let outcome = with_retries(&delays, |n| {
            calls.fetch_add(1, Ordering::SeqCst);
            async move {
                if n == 2 {
                    Attempt::Delivered
                } else {
                    Attempt::Retry
                }
            }
        })
        .await;
        assert_eq!((outcome, calls.swap(0, Ordering::SeqCst)), (Attempt::Delivered, 2));
        let outcome = with_retries(&delays, |_| {
            calls.fetch_add(1, Ordering::SeqCst);
            async { Attempt::Retry }
        })
        .await;
        assert_eq!((outcome, calls.load(Ordering::SeqCst)), (Attempt::Retry, 4));
    }
}
