//! The user's phone, a sandbox trigger: what the product team's app does with Xpollens's mobile
//! SDK. It binds the security wallet with the activation code of callback 35
//! (`walletProvisioning.launch(activationCode)`) and asks `getIssuerData()` for the
//! identification webview's URL. The real platform offers this to the SDK only, never over the
//! partner API: so it lives under `/sandbox/`, beside the other test triggers, and no adapter
//! may call it (`POST /sdk/issuer-data` does not exist, as at Xpollens).

use super::errors::{json_body, ApiError};
use super::prospect::Webview;
use super::random::{random_code, random_hex};
use super::Sim;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Provisioning {
    activation_code: String,
}

/// `POST /sandbox/phone/provision` with `{"activationCode"}`: `{"webviewUrl"}` of the wallet's
/// identification webview (the same one until it is finished; a new one after that).
pub(crate) async fn provision_create(State(sim): State<Sim>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let Provisioning { activation_code } = json_body(&body)?;
    let base = &sim.config.public_base_url;
    let mut store = sim.store();
    let prospect = store.by_activation_code(&activation_code).ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, "unknown_activation_code", "This activation code is unknown or expired.")
    })?;
    if prospect.kyc_validated() {
        let message = "The identity is already validated.";
        return Err(ApiError::new(StatusCode::CONFLICT, "identity_validated", message));
    }
    if prospect.webview.as_ref().is_none_or(|w| w.finished) {
        let fresh = Webview { technical_id: random_hex(64, true), token: random_code(8), finished: false };
        prospect.webview = Some(fresh);
    }
    let view = prospect.webview.as_ref().map(|w| w.url(base)).unwrap_or_default();
    Ok(Json(json!({ "webviewUrl": view })))
}
