//! How every adapter sends: answers are read up to a size limit, and a call is tried again
//! when that is safe and likely to help. A read (GET) is repeated after a refused connection,
//! a 5xx or a 429 (not after a timeout: a person would wait for each attempt in full); any call is repeated after a 429 or 503 that says when to come
//! back (`Retry-After`), since the provider then did nothing. Waits are short: a person may be
//! waiting for the answer, and the jobs retry later anyway.

use super::ProviderError;
use crate::backoff::Backoff;
use axum::body::Bytes;
use reqwest::{header, Method, Response, StatusCode};
use std::future::Future;
use std::time::Duration;

/// Attempts at one call, the first included.
const ATTEMPTS: u32 = 3;
/// The wait before the second attempt when the provider names none; doubled for the third.
const FIRST_WAIT: Duration = Duration::from_millis(200);
/// The waits between attempts when the provider names none.
const RETRY_WAITS: Backoff = Backoff { first: FIRST_WAIT, max: LONGEST_WAIT };
/// A `Retry-After` longer than this is not waited for: the call fails as an outage.
const LONGEST_WAIT: Duration = Duration::from_secs(5);
/// The largest answer read. Provider answers are small JSON documents or pictures well below.
pub(crate) const ANSWER_LIMIT: usize = 16 * 1024 * 1024;

/// Sends with `attempt` (which builds and sends the request afresh each time) and gives the
/// first answer worth keeping, after at most [`ATTEMPTS`] tries. Each attempt is counted for
/// `provider` ([`send_once`]).
pub(crate) async fn send_with_retries<F, Fut>(
    provider: &'static str,
    method: &Method,
    mut attempt: F,
) -> Result<Response, ProviderError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Response, reqwest::Error>>,
{
    let read = *method == Method::GET || *method == Method::HEAD;
    let mut number = 1;
    loop {
        let outcome = send_once(provider, attempt()).await;
        let wait = match &outcome {
            Ok(response) => again_after(read, response, number),
            Err(err) if read && err.is_connect() => Some(RETRY_WAITS.delay(number)),
            Err(_) => None,
        };
        match wait {
            Some(wait) if number < ATTEMPTS => {
                tracing::debug!(attempt = number, wait_ms = wait.as_millis() as u64, "provider call tried again");
                tokio::time::sleep(wait).await;
                number += 1;
            }
            _ => return Ok(outcome?),
        }
    }
}

/// Awaits one request to `provider` (its name, e.g. `solaris`), counted and timed in the
/// metrics with its status class, or as an error when no answer came. Calls that are never
/// repeated send through this alone.
pub(crate) async fn send_once(
    provider: &'static str,
    send: impl Future<Output = Result<Response, reqwest::Error>>,
) -> Result<Response, reqwest::Error> {
    let start = std::time::Instant::now();
    let outcome = send.await;
    crate::metrics::provider_call(provider, outcome.as_ref().ok().map(Response::status), start.elapsed());
    outcome
}

/// How long to wait before trying `response`'s call again, if at all.
fn again_after(read: bool, response: &Response, number: u32) -> Option<Duration> {
    let status = response.status();
    let asked = retry_after(response);
    if matches!(status, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE) {
        if let Some(wait) = asked {
            return (wait <= LONGEST_WAIT).then_some(wait);
        }
    }
    let transient = status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS;
    (read && transient).then(|| RETRY_WAITS.delay(number))
}

/// `Retry-After` in seconds (the HTTP-date form is not used by these providers).
fn retry_after(response: &Response) -> Option<Duration> {
    let raw = response.headers().get(header::RETRY_AFTER)?.to_str().ok()?;
    raw.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// The whole body of `response`, refused once it passes [`ANSWER_LIMIT`] (a provider fault or
/// a hostile endpoint must not fill the proxy's memory).
pub(crate) async fn body_limited(mut response: Response) -> Result<Bytes, ProviderError> {
    let too_large = || ProviderError::Unexpected(format!("answer larger than {ANSWER_LIMIT} bytes"));
    if response.content_length().is_some_and(|n| n > ANSWER_LIMIT as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > ANSWER_LIMIT {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

#[cfg(test)]
mod tests;
