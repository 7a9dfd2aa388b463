use super::*;
use axum::http::StatusCode as Code;
use axum::response::IntoResponse;
use axum::routing::any;
use axum::Router;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A server answering its first `failures` calls with `status` (and `Retry-After: 0` when
/// `retry_after`), then 200 with a body of `size` bytes; it counts the calls.
async fn server(failures: usize, status: Code, retry_after: bool, size: usize) -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let app = Router::new().route(
        "/",
        any(move || async move {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            if n < failures {
                let mut response = status.into_response();
                if retry_after {
                    response.headers_mut().insert("retry-after", "0".parse().unwrap());
                }
                return response;
            }
            vec![b'x'; size].into_response()
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, calls)
}

async fn call(method: Method, url: &str) -> Result<Response, ProviderError> {
    let http = reqwest::Client::new();
    send_with_retries("test", &method, || http.request(method.clone(), url).send()).await
}

#[tokio::test]
async fn a_read_is_tried_again_after_a_server_error() {
    let (url, calls) = server(2, Code::BAD_GATEWAY, false, 2).await;
    assert_eq!(call(Method::GET, &url).await.unwrap().status(), StatusCode::OK);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_write_is_not_repeated_after_a_server_error_but_after_a_named_wait() {
    let (url, calls) = server(1, Code::INTERNAL_SERVER_ERROR, false, 2).await;
    assert_eq!(call(Method::POST, &url).await.unwrap().status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(calls.load(Ordering::SeqCst), 1, "the provider may have done it");
    let (url, calls) = server(1, Code::SERVICE_UNAVAILABLE, true, 2).await;
    assert_eq!(call(Method::POST, &url).await.unwrap().status(), StatusCode::OK);
    assert_eq!(calls.load(Ordering::SeqCst), 2, "a 503 with Retry-After did nothing");
}

#[tokio::test]
async fn attempts_are_bounded() {
    let (url, calls) = server(10, Code::TOO_MANY_REQUESTS, true, 2).await;
    assert_eq!(call(Method::GET, &url).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(calls.load(Ordering::SeqCst), ATTEMPTS as usize);
}

#[tokio::test]
async fn an_answer_past_the_limit_is_refused() {
    let (url, _) = server(0, Code::OK, false, ANSWER_LIMIT + 1).await;
    let response = call(Method::GET, &url).await.unwrap();
    assert!(matches!(body_limited(response).await, Err(ProviderError::Unexpected(_))));
    let (url, _) = server(0, Code::OK, false, 1000).await;
    assert_eq!(body_limited(call(Method::GET, &url).await.unwrap()).await.unwrap().len(), 1000);
}

#[tokio::test]
async fn providers_are_reached_over_https() {
    // Nothing listens there: the call fails to connect, which it only tries when it can speak
    // TLS (without a TLS backend it fails before, as an unsupported scheme).
    let err = reqwest::Client::new().get("https://127.0.0.1:1/").send().await.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
}
