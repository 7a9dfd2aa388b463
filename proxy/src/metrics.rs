//! Prometheus metrics: the series (one process-wide registry, made on first use, so any number
//! of apps in one process share it), the layer that counts the HTTP requests, and the router
//! that serves `GET /metrics` on its own listener (`KYC_METRICS_LISTEN`), never on the public
//! port.
//!
//! Labels never hold a raw path, an id, a token or personal data: a request is labelled with
//! the route's template (`/partner/v1/sessions/{public_id}`), or `unmatched`.

use crate::store::Store;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use prometheus::{HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

/// Buckets of the proxy's own answers, in seconds.
const HTTP_BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
/// Buckets of provider calls, in seconds (their timeouts go up to 15 s and more).
const PROVIDER_BUCKETS: &[f64] = &[0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0];

/// Every series the proxy exports.
struct Series {
    registry: Registry,
    http_requests: IntCounterVec,
    http_duration: HistogramVec,
    provider_requests: IntCounterVec,
    provider_duration: HistogramVec,
    inbox_events: IntGaugeVec,
    inbox_applied: IntCounterVec,
    reconcile_rereads: IntCounterVec,
    webhooks_sent: IntCounterVec,
    mrz_reads: IntCounterVec,
}

static SERIES: LazyLock<Series> = LazyLock::new(Series::new);

impl Series {
    fn new() -> Self {
        let registry = Registry::new();
        fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
            let vec = IntCounterVec::new(Opts::new(name, help), labels).expect("valid counter");
            registry.register(Box::new(vec.clone())).expect("registered once");
            vec
        }
        fn histogram(registry: &Registry, name: &str, help: &str, labels: &[&str], buckets: &[f64]) -> HistogramVec {
            let opts = HistogramOpts::new(name, help).buckets(buckets.to_vec());
            let vec = HistogramVec::new(opts, labels).expect("valid histogram");
            registry.register(Box::new(vec.clone())).expect("registered once");
            vec
        }
        let inbox_events =
            IntGaugeVec::new(Opts::new("kyc_inbox_events", "Provider events in the inbox by state"), &["state"])
                .expect("valid gauge");
        registry.register(Box::new(inbox_events.clone())).expect("registered once");
        Self {
            http_requests: counter(
                &registry,
                "kyc_http_requests_total",
                "HTTP requests answered, by route template, method and status",
                &["route", "method", "status"],
            ),
            http_duration: histogram(
                &registry,
                "kyc_http_request_duration_seconds",
                "Time to the answer's head, by route template and method",
                &["route", "method"],
                HTTP_BUCKETS,
            ),
            provider_requests: counter(
                &registry,
                "kyc_provider_requests_total",
                "HTTP requests to providers (each attempt), by provider and outcome (status class or error)",
                &["provider", "outcome"],
            ),
            provider_duration: histogram(
                &registry,
                "kyc_provider_request_duration_seconds",
                "Duration of one request to a provider, to the answer's head",
                &["provider"],
                PROVIDER_BUCKETS,
            ),
            inbox_events,
            inbox_applied: counter(
                &registry,
                "kyc_inbox_applied_total",
                "Provider events worked by the inbox worker, by provider and outcome",
                &["provider", "outcome"],
            ),
            reconcile_rereads: counter(
                &registry,
                "kyc_reconcile_rereads_total",
                "Identifications re-read from their provider by the reconciliation, by provider and outcome",
                &["provider", "outcome"],
            ),
            webhooks_sent: counter(
                &registry,
                "kyc_webhook_attempts_total",
                "Attempts at webhooks to the product teams' servers, by outcome",
                &["outcome"],
            ),
            mrz_reads: counter(
                &registry,
                "kyc_capture_mrz_reads_total",
                "Machine-readable zones read again on uploaded document pictures, by slot and outcome",
                &["slot", "status"],
            ),
            registry,
        }
    }
}

/// The layer's function (`axum::middleware::from_fn`): counts and times each request under its
/// route's template.
pub async fn track(matched: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let start = Instant::now();
    let response = next.run(request).await;
    let elapsed = start.elapsed();
    let (route, method) = (matched.as_ref().map_or("unmatched", MatchedPath::as_str), method_label(&method));
    let series = &*SERIES;
    series.http_duration.with_label_values(&[route, method]).observe(elapsed.as_secs_f64());
    series.http_requests.with_label_values(&[route, method, response.status().as_str()]).inc();
    response
}

/// The standard methods; any other is labelled `other` (a client must not grow the series).
const METHODS: [Method; 9] = [
    Method::GET,
    Method::POST,
    Method::PUT,
    Method::DELETE,
    Method::PATCH,
    Method::HEAD,
    Method::OPTIONS,
    Method::CONNECT,
    Method::TRACE,
];

fn method_label(method: &Method) -> &str {
    if METHODS.contains(method) {
        method.as_str()
    } else {
        "other"
    }
}

/// One request to `provider` that took `elapsed`: its status, or `None` when no answer came
/// (refused connection, timeout).
pub fn provider_call(provider: &str, status: Option<StatusCode>, elapsed: Duration) {
    let outcome = match status.map(|s| s.as_u16() / 100) {
        None => "error",
        Some(1) => "1xx",
        Some(2) => "2xx",
        Some(3) => "3xx",
        Some(4) => "4xx",
        Some(_) => "5xx",
    };
    let series = &*SERIES;
    series.provider_requests.with_label_values(&[provider, outcome]).inc();
    series.provider_duration.with_label_values(&[provider]).observe(elapsed.as_secs_f64());
}

/// The inbox worker's outcome for one event of `provider`: `done`, `retry`, `parked` or
/// `ignored`.
pub fn inbox_applied(provider: &str, outcome: &'static str) {
    SERIES.inbox_applied.with_label_values(&[provider, outcome]).inc();
}

/// One re-read by the reconciliation: `changed`, `unchanged` or `error`.
pub fn reconcile_reread(provider: &str, outcome: &'static str) {
    SERIES.reconcile_rereads.with_label_values(&[provider, outcome]).inc();
}

/// The machine-readable zone read again on an uploaded picture of `slot`: `none`, `invalid` or
/// `valid` (never what it says).
pub fn mrz_read(slot: &str, status: &'static str) {
    SERIES.mrz_reads.with_label_values(&[slot, status]).inc();
}

/// One attempt at a webhook to a product team's server: `delivered` or `retry`.
pub fn webhook_delivered(outcome: &'static str) {
    SERIES.webhooks_sent.with_label_values(&[outcome]).inc();
}

/// `GET /metrics`, for the metrics listener only.
pub fn router(store: Store) -> Router {
    Router::new().route("/metrics", get(render)).with_state(store)
}

/// The inbox counts read afresh, then every series in the text format.
async fn render(State(store): State<Store>) -> Response {
    let series = &*SERIES;
    match store.inbox_counts().await {
        Ok(counts) => {
            series.inbox_events.with_label_values(&["pending"]).set(counts.pending);
            series.inbox_events.with_label_values(&["failed"]).set(counts.failed);
        }
        Err(err) => tracing::error!(error = %err, "inbox not counted for the metrics"),
    }
    match TextEncoder::new().encode_to_string(&series.registry.gather()) {
        Ok(text) => ([(header::CONTENT_TYPE, prometheus::TEXT_FORMAT)], text).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "metrics not rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_outside_the_standard_are_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::TRACE), "TRACE");
        assert_eq!(method_label(&Method::from_bytes(b"BREW").unwrap()), "other");
    }
}
