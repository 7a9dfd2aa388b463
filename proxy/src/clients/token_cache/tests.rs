use super::*;
use axum::http::HeaderMap;
use axum::routing::post;
use axum::{Json, Router};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A token endpoint that numbers its tokens and gives them `lifetime` seconds (as a string).
async fn token_endpoint(lifetime: &'static str) -> (String, Arc<AtomicUsize>) {
    let issued = Arc::new(AtomicUsize::new(0));
    let counter = issued.clone();
    let app = Router::new().route(
        "/token",
        post(move |headers: HeaderMap| async move {
            assert!(headers["authorization"].to_str().unwrap().starts_with("Basic "));
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            Json(serde_json::json!({ "errorCode": "", "access_token": format!("t{n}"), "expires_in": lifetime }))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/token", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, issued)
}

fn cache(url: String) -> TokenCache {
    let endpoint = TokenEndpoint {
        url,
        client_id: "key".into(),
        client_secret: "secret".to_owned().into(),
        credentials_in: CredentialsIn::BasicQuery,
        margin: Duration::from_secs(30),
        throttling_is_outage: true,
    };
    TokenCache::new("test", reqwest::Client::new(), endpoint)
}

#[tokio::test]
async fn a_token_is_reused_until_the_api_refuses_it() {
    let (url, issued) = token_endpoint("600").await;
    let tokens = cache(url);
    assert_eq!(tokens.get(false).await.unwrap(), "t1");
    assert_eq!(tokens.get(false).await.unwrap(), "t1");
    assert_eq!(tokens.get(true).await.unwrap(), "t2");
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_token_about_to_expire_is_renewed_before_use() {
    let (url, issued) = token_endpoint("20").await;
    let tokens = cache(url);
    assert_eq!(tokens.get(false).await.unwrap(), "t1");
    assert_eq!(tokens.get(false).await.unwrap(), "t2");
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}
