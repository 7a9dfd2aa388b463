//! `POST /v1/device/lookup` (this simulator's own shape; the guide only says returning devices
//! are recognised): the credential a device fingerprint was bound to on approval. The fingerprint
//! travels in the body, not the URL.

use super::errors::ApiError;
use super::Sim;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// The lookup's body.
#[derive(Deserialize)]
pub(crate) struct Lookup {
    fingerprint: String,
}

/// `POST /v1/device/lookup` `{"fingerprint": …}`.
pub(crate) async fn lookup(State(sim): State<Sim>, body: axum::body::Bytes) -> Result<Json<Value>, ApiError> {
    let Lookup { fingerprint } =
        serde_json::from_slice(&body).map_err(|_| ApiError::bad_request("Send {\"fingerprint\": \"…\"}."))?;
    let store = sim.store();
    let binding = store.devices.get(fingerprint.trim()).ok_or_else(|| ApiError::unknown("trusted device"))?;
    Ok(Json(json!({
        "errorCode": "",
        "errorDescription": "",
        "credential": binding.credential,
        "deviceType": binding.device,
        "transaction_id": binding.asi,
        "boundAt": binding.bound_at,
    })))
}
