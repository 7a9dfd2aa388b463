//! What the adapter test binaries share: the providers' example payloads (our fixtures) and a
//! loopback server for stand-ins and simulators.

#![allow(dead_code)]

use serde_json::Value;

/// The fixture `name` (without `.json`) of `provider` under `tests/fixtures/`.
pub fn fixture(provider: &str, name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{provider}/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Serves `app` on a loopback port; its base URL.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// Asserts that `answer` has the shape of `provider`'s fixture `name`.
#[track_caller]
pub fn assert_shape(provider: &str, name: &str, answer: &Value) {
    let gaps = kyc_sandbox::shape::departures(&fixture(provider, name), answer);
    assert!(gaps.is_empty(), "{provider}/{name}: {gaps:?} in {answer}");
}

/// The answer of an OAuth token endpoint to a client-credentials grant (HTTP Basic).
pub async fn client_credentials(token_url: &str, client: &str, secret: &str, scope: &str) -> Value {
    reqwest::Client::new()
        .post(token_url)
        .basic_auth(client, Some(secret))
        .form(&[("grant_type", "client_credentials"), ("scope", scope)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}
