//! Every request has a deadline, so that a stuck provider or store cannot pile up requests
//! without end: past it the request is dropped and answered 503 in the API's error shape
//! ([`crate::error::AppError::Timeout`], answered by [`crate::edge`]). Picture uploads get
//! longer, for slow mobile connections and the hand-over to the provider that the last picture
//! starts.
//!
//! A dropped request is the same for the handlers as a client that went away: the flows store
//! each stage before the next provider call, and a hand-over cut short is finished by a worker
//! (see [`crate::flow`]).

use axum::http::Method;
use std::time::Duration;

/// How long each kind of request may take.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// Any request but a picture upload: a few provider calls, each with its own timeout.
    pub request: Duration,
    /// `PUT /api/captures/{slot}`: up to 4 MiB from a phone, then perhaps the hand-over.
    pub upload: Duration,
}

impl Default for Deadlines {
    fn default() -> Self {
        Self { request: Duration::from_secs(60), upload: Duration::from_secs(180) }
    }
}

impl Deadlines {
    /// The deadline of a request for `method` on `path`.
    pub(crate) fn of(&self, method: &Method, path: &str) -> Duration {
        let upload = *method == Method::PUT
            && path.strip_prefix("/api/captures/").is_some_and(|slot| !slot.is_empty() && slot != "document");
        if upload {
            self.upload
        } else {
            self.request
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::routing::get;
    use axum::Router;
    use tower::ServiceExt;

    #[test]
    fn uploads_have_the_longer_deadline_and_nothing_else_does() {
        let d = Deadlines { request: Duration::from_secs(1), upload: Duration::from_secs(2) };
        assert_eq!(d.of(&Method::PUT, "/api/captures/selfie"), d.upload);
        assert_eq!(d.of(&Method::PUT, "/api/captures/document"), d.request);
        assert_eq!(d.of(&Method::GET, "/api/captures/selfie"), d.request);
        assert_eq!(d.of(&Method::PUT, "/api/session/person"), d.request);
    }

    #[tokio::test]
    async fn a_request_past_its_deadline_gets_the_json_error() {
        let deadlines = Deadlines { request: Duration::from_millis(50), upload: Duration::from_secs(5) };
        let app = Router::new()
            .route("/slow", get(|| async { tokio::time::sleep(Duration::from_secs(5)).await }))
            .route("/fast", get(|| async { "ok" }))
            .layer(axum::middleware::from_fn_with_state(
                crate::edge::Edge { public_url: "http://localhost".into(), deadlines },
                crate::edge::edge_pass,
            ));
        let call = |path: &str| app.clone().oneshot(axum::http::Request::get(path).body(Body::empty()).unwrap());
        assert_eq!(call("/fast").await.unwrap().status(), 200);
        let slow = call("/slow").await.unwrap();
        assert_eq!(slow.status(), 503);
        assert_eq!(slow.headers()["content-type"], "application/json");
        let body = axum::body::to_bytes(slow.into_body(), 4096).await.unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "timeout");
    }
}
