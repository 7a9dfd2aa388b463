//! A simulated SMS gateway: `POST /sms/v1/messages` (bearer key) accepts a text message for an
//! E.164 number, as a real gateway would, and keeps it in an outbox instead of sending it.
//! `GET /sms/v1/outbox?to=…` is sandbox-only: tests read the messages a number "received".

use axum::extract::{Query, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// Where the gateway is mounted.
pub const BASE_PATH: &str = "/sms/v1";
/// The longest text accepted (ten concatenated segments).
const TEXT_MAX: usize = 1530;

#[derive(Clone)]
struct Gateway {
    key: Arc<str>,
    outbox: Arc<Mutex<Vec<Value>>>,
}

#[derive(Deserialize)]
struct Message {
    to: String,
    text: String,
}

#[derive(Deserialize)]
struct OutboxQuery {
    to: String,
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": { "code": code, "message": message } }))).into_response()
}

/// `+` and 8 to 15 digits, the first not 0.
fn is_e164(number: &str) -> bool {
    let Some(digits) = number.strip_prefix('+') else { return false };
    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
}

async fn message_create(State(gw): State<Gateway>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let presented = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    if presented != Some(&*gw.key) {
        return error(StatusCode::UNAUTHORIZED, "invalid_api_key", "missing or unknown API key");
    }
    let Ok(message) = serde_json::from_slice::<Message>(&body) else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "body must be {\"to\", \"text\"}");
    };
    if !is_e164(&message.to) {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "invalid_number", "to must be an E.164 number");
    }
    if message.text.trim().is_empty() || message.text.chars().count() > TEXT_MAX {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "invalid_text", "text must have 1 to 1530 characters");
    }
    let mut outbox = gw.outbox.lock().unwrap_or_else(|p| p.into_inner());
    let id = format!("sms_{:06}", outbox.len() + 1);
    let sent_at = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
    outbox.push(json!({ "id": id, "to": message.to, "text": message.text, "sent_at_ms": sent_at }));
    (StatusCode::CREATED, Json(json!({ "id": id, "status": "queued" }))).into_response()
}

async fn outbox_index(State(gw): State<Gateway>, Query(query): Query<OutboxQuery>) -> Json<Value> {
    let outbox = gw.outbox.lock().unwrap_or_else(|p| p.into_inner());
    let messages: Vec<&Value> = outbox.iter().filter(|m| m["to"] == query.to.as_str()).collect();
    Json(json!({ "messages": messages }))
}

/// The gateway's routes, expecting `api_key` as the bearer key; mount under [`BASE_PATH`].
pub fn router(api_key: &str) -> Router {
    let gateway = Gateway { key: Arc::from(api_key), outbox: Arc::default() };
    Router::new().route("/messages", post(message_create)).route("/outbox", get(outbox_index)).with_state(gateway)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_international_numbers_are_taken() {
        assert!(is_e164("+4915123456789"));
        assert!(!is_e164("015123456789"));
        assert!(!is_e164("+49 151 23456789"));
        assert!(!is_e164("+0123456789"));
    }
}
