//! The control routes: `POST`, `GET` and `DELETE /sandbox/faults`, and `GET /sandbox/health`
//! for whoever waits for the simulators to be up.

use super::{Action, Fault, Faults};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

/// The control routes over `faults`, to merge at the root of the simulators' router.
pub(crate) fn router(faults: Faults) -> Router {
    Router::new()
        .route("/sandbox/faults", get(faults_index).post(fault_create).delete(faults_clear))
        .route("/sandbox/health", get(|| async { "ok" }))
        .with_state(faults)
}

async fn faults_index(State(faults): State<Faults>) -> Json<Value> {
    Json(json!({ "faults": faults.list() }))
}

async fn fault_create(State(faults): State<Faults>, body: axum::body::Bytes) -> Response {
    let fault = serde_json::from_slice(&body).map_err(|e| e.to_string()).and_then(checked);
    match fault {
        Ok(fault) => {
            faults.add(fault.clone());
            (StatusCode::CREATED, Json(fault)).into_response()
        }
        Err(problem) => (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "error": problem }))).into_response(),
    }
}

async fn faults_clear(State(faults): State<Faults>) -> StatusCode {
    faults.clear();
    StatusCode::NO_CONTENT
}

/// The fault `body` describes. A field its action does not use is refused rather than ignored:
/// a misspelt `times` or `path_prefix` would otherwise leave a fault on every request for good.
fn checked(body: Value) -> Result<Fault, String> {
    let fault: Fault = serde_json::from_value(body.clone()).map_err(|e| e.to_string())?;
    let (name, own): (&str, &[&str]) = match fault.action {
        Action::Status { status, .. } => {
            StatusCode::from_u16(status).map_err(|_| format!("{status} is not an HTTP status"))?;
            ("status", &["path_prefix", "method", "status", "retry_after_secs"])
        }
        Action::DelayBefore { .. } => ("delay_before", &["path_prefix", "method", "ms"]),
        Action::DelayAfter { .. } => ("delay_after", &["path_prefix", "method", "ms"]),
        Action::DropWebhooks { .. } => ("drop_webhooks", &["provider"]),
    };
    let fields = body.as_object().map(|o| o.keys()).into_iter().flatten();
    if let Some(field) =
        fields.filter(|k| !["action", "times"].contains(&k.as_str())).find(|k| !own.contains(&k.as_str()))
    {
        return Err(format!("a {name} fault has no `{field}`"));
    }
    if fault.times == Some(0) {
        return Err("`times` must be at least 1 (leave it out for \"until cleared\")".to_owned());
    }
    Ok(fault)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_or_misplaced_fields_and_zero_times_are_refused() {
        let ok = checked(json!({ "action": "status", "status": 503, "path_prefix": "/onfido", "times": 2 }));
        assert_eq!(ok.unwrap().times, Some(2));
        let err = |body| checked(body).unwrap_err();
        assert_eq!(err(json!({ "action": "status", "status": 503, "time": 2 })), "a status fault has no `time`");
        assert!(err(json!({ "action": "drop_webhooks", "provider": "onfido", "method": "POST" })).contains("method"));
        assert!(err(json!({ "action": "delay_after", "ms": 5, "times": 0 })).contains("times"));
        assert!(err(json!({ "action": "status", "status": 1000 })).contains("1000"));
        assert!(err(json!({ "action": "explode" })).contains("unknown variant"));
        assert!(err(json!({ "action": "drop_webhooks", "provider": "acme" })).contains("unknown variant"));
    }
}
