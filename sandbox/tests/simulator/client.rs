//! The simulator with a bearer token, and the calls the tests make through it.

use crate::support::{issue_token, send, Answer};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use kyc_sandbox::{app, SandboxConfig};
use serde_json::{json, Value};
use std::time::Duration;

/// The simulator plus a bearer token.
pub struct Sim {
    pub app: Router,
    pub token: String,
}

impl Sim {
    pub async fn new(config: SandboxConfig) -> Self {
        let app = app(config);
        let token = issue_token(&app).await.json()["access_token"].as_str().expect("token").to_owned();
        Self { app, token }
    }

    /// A JSON API call with the bearer token.
    pub async fn api(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token))
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
            .unwrap();
        send(&self.app, request).await
    }

    /// A browser request to an IDnow page; `form` is sent url-encoded when given.
    pub async fn page(&self, path: &str, form: Option<&str>) -> Answer {
        let request = match form {
            None => Request::get(path).body(Body::empty()),
            Some(form) => Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form.to_owned())),
        };
        send(&self.app, request.unwrap()).await
    }

    pub async fn person(&self, first_name: &str, last_name: &str) -> String {
        let answer = self
            .api(Method::POST, "/v1/persons", Some(json!({"first_name": first_name, "last_name": last_name})))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
        answer.json()["id"].as_str().unwrap().to_owned()
    }

    /// A person named `first_name` with an identification in `pending`: (person id, identification).
    pub async fn requested(&self, first_name: &str, language: Option<&str>) -> (String, Value) {
        let person = self.person(first_name, "Abele").await;
        let path = format!("/v1/persons/{person}/identifications");
        let created = self.api(Method::POST, &path, Some(json!({"method": "idnow", "language": language}))).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let id = created.json()["id"].as_str().unwrap().to_owned();
        let requested = self.api(Method::PATCH, &format!("{path}/{id}/request"), None).await;
        assert_eq!(requested.status, StatusCode::OK, "{}", requested.text);
        (person, requested.json())
    }

    pub async fn identification(&self, person: &str, id: &str) -> Value {
        let answer = self.api(Method::GET, &format!("/v1/persons/{person}/identifications/{id}"), None).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        answer.json()
    }

    /// Polls until the identification has `status`, for at most a few seconds of (possibly
    /// paused) time.
    pub async fn wait_for(&self, person: &str, id: &str, status: &str) -> Value {
        for _ in 0..200 {
            let ident = self.identification(person, id).await;
            if ident["status"] == status {
                return ident;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("{id} never became {status}: {}", self.identification(person, id).await);
    }
}
