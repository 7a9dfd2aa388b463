//! A re-save of the personal data before the video call reaches the person Solaris already
//! holds, as far as the guide's `PATCH` allows.

use crate::helpers::{json_of, person, sandbox_token, TestApp};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

/// The session's person id at Solaris, after the call step listed the documents (which prepares
/// the person and the identification).
async fn prepared_person(app: &TestApp, token: &str) -> String {
    let listed = app.request(Method::GET, "/api/session/identification/documents", Some(token), None).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let session = app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap();
    app.store.identification_load(session).await.unwrap().unwrap().provider_person_id
}

/// The person as the simulator keeps it, read with the API's own token.
async fn at_solaris(app: &TestApp, id: &str) -> Value {
    let bearer =
        sandbox_token(format!("{}/oauth2/token", app.sandbox_url), "sandbox-client", "sandbox-secret", "partners")
            .await;
    json_of(reqwest::Client::new().get(format!("{}/v1/persons/{id}", app.sandbox_url)).bearer_auth(bearer)).await
}

#[tokio::test]
async fn a_re_save_updates_the_person_at_solaris_and_only_a_changed_identity_makes_a_new_one() {
    let app = TestApp::spawn().await;
    let token = app.ready_session("X-AUTOTEST-HAPPYPATH").await;
    let first = prepared_person(&app, &token).await;

    let save = |body: Value| app.person_update(&token, body);
    assert_eq!(save(person("X-AUTOTEST-HAPPYPATH")).await.status, StatusCode::OK);
    assert_eq!(prepared_person(&app, &token).await, first, "the same data again: the same person");

    let mut titled = person("X-AUTOTEST-HAPPYPATH");
    titled["title"] = json!("DR");
    assert_eq!(save(titled.clone()).await.status, StatusCode::OK);
    assert_eq!(prepared_person(&app, &token).await, first, "a title added: the person is updated");
    assert_eq!(at_solaris(&app, &first).await["title"], "DR");

    // An address Solaris already holds changes only through a change request the user cannot
    // authorise before the call: a new person carries the corrected one.
    titled["house_number"] = json!("15");
    assert_eq!(save(titled).await.status, StatusCode::OK);
    let second = prepared_person(&app, &token).await;
    assert_ne!(second, first);
    assert_eq!(at_solaris(&app, &second).await["address"]["line_2"], "15");
    assert_eq!(at_solaris(&app, &first).await["address"]["line_2"], "14", "the first person is left as it was");
}
