//! The team's webhook endpoints: register (the secret is shown once), list, remove, rotate the
//! secret (the old one keeps signing beside the new for a day), list deliveries with their
//! attempts, redeliver one.

use super::Partner;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use crate::store::outbox::{DeliveryView, Endpoint, EventType};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use base64::Engine;
use kyc_core::origin::Origin;
use rand::RngCore;
use serde::{Deserialize, Serialize};

/// How long a rotated secret still signs beside the new one.
const OVERLAP_MS: i64 = 24 * 60 * 60 * 1000;
/// At most this many endpoints per team.
const MAX_ENDPOINTS: usize = 10;

/// Body of `POST /partner/v1/webhooks`.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndpointCreate {
    /// Where to post: `https://` (plain `http://` only on localhost).
    url: String,
    /// The event types to receive; `["*"]` for all.
    events: Vec<String>,
}

/// An endpoint with its secret: shown at registration and rotation only.
#[derive(Serialize, utoipa::ToSchema)]
pub struct EndpointCreated {
    #[serde(flatten)]
    endpoint: Endpoint,
    /// `whsec_…`: verify each delivery with it (Standard Webhooks).
    secret: String,
}

/// Answer of a rotation.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SecretRotated {
    /// The new secret.
    secret: String,
    /// Until when deliveries are signed with the previous one too.
    previous_valid_until: String,
}

fn new_secret() -> String {
    let mut key = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut key);
    format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(key))
}

/// `POST /partner/v1/webhooks`.
#[utoipa::path(post, path = "/webhooks", tag = "partner webhooks", security(("partner_key" = [])), request_body = EndpointCreate, responses((status = 201, body = EndpointCreated), crate::openapi::Problems))]
pub async fn webhook_create(
    partner: Partner,
    State(state): State<AppState>,
    body: JsonObject<EndpointCreate>,
) -> Result<(StatusCode, Json<EndpointCreated>), AppError> {
    let JsonObject(request) = body;
    let secure = Origin::of_url(&request.url).is_some_and(|o| o.is_secure_or_loopback());
    if !secure || request.url.len() > 1000 || request.url.contains('#') {
        return Err(AppError::BadRequest("url: an https:// URL (http only on localhost) without a fragment".into()));
    }
    let all = request.events == ["*"];
    if request.events.is_empty() || (!all && request.events.iter().any(|e| EventType::parse(e).is_none())) {
        let known: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
        return Err(AppError::BadRequest(format!("events: [\"*\"] or some of {}", known.join(", "))));
    }
    let store = &state.env.store;
    if store.endpoints_list(partner.team.clone()).await?.len() >= MAX_ENDPOINTS {
        return Err(AppError::Conflict(format!("at most {MAX_ENDPOINTS} endpoints per team")));
    }
    let endpoint = Endpoint {
        id: format!("whe_{}", crate::random::hex(8)),
        url: request.url,
        events: request.events,
        created_at: crate::clock::now().to_string(),
    };
    let secret = new_secret();
    store.endpoint_insert(partner.team.clone(), endpoint.clone(), secret.clone()).await?;
    partner.audit(&state, "webhook.add", None, Some(endpoint.id.clone())).await?;
    Ok((StatusCode::CREATED, Json(EndpointCreated { endpoint, secret })))
}

/// `GET /partner/v1/webhooks`.
#[utoipa::path(get, path = "/webhooks", tag = "partner webhooks", security(("partner_key" = [])), responses((status = 200, body = Vec<crate::store::outbox::Endpoint>), crate::openapi::Problems))]
pub async fn webhooks_index(partner: Partner, State(state): State<AppState>) -> Result<Json<Vec<Endpoint>>, AppError> {
    Ok(Json(state.env.store.endpoints_list(partner.team.clone()).await?))
}

/// `DELETE /partner/v1/webhooks/{id}`: the endpoint and its undelivered events.
#[utoipa::path(delete, path = "/webhooks/{id}", tag = "partner webhooks", security(("partner_key" = [])), params(("id" = String, Path, description = "`whe_…`")), responses((status = 204, description = "Removed"), crate::openapi::Problems))]
pub async fn webhook_delete(
    partner: Partner,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    if !state.env.store.endpoint_delete(partner.team.clone(), id.clone()).await? {
        return Err(AppError::NotFound);
    }
    partner.audit(&state, "webhook.remove", None, Some(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /partner/v1/webhooks/{id}/secret`: a new secret; the old one signs too for a day.
#[utoipa::path(post, path = "/webhooks/{id}/secret", tag = "partner webhooks", security(("partner_key" = [])), params(("id" = String, Path, description = "`whe_…`")), responses((status = 201, body = SecretRotated), crate::openapi::Problems))]
pub async fn webhook_secret_rotate(
    partner: Partner,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<SecretRotated>), AppError> {
    let secret = new_secret();
    let until = crate::clock::now().unix_millis() + OVERLAP_MS;
    if !state.env.store.endpoint_secret_rotate(partner.team.clone(), id.clone(), secret.clone(), until).await? {
        return Err(AppError::NotFound);
    }
    partner.audit(&state, "webhook.secret_rotate", None, Some(id)).await?;
    let previous_valid_until = kyc_core::UtcTimestamp::from_unix_millis(until).to_string();
    Ok((StatusCode::CREATED, Json(SecretRotated { secret, previous_valid_until })))
}

/// `GET /partner/v1/webhooks/{id}/deliveries`: the latest 100 events, each with its attempts.
#[utoipa::path(get, path = "/webhooks/{id}/deliveries", tag = "partner webhooks", security(("partner_key" = [])), params(("id" = String, Path, description = "`whe_…`")), responses((status = 200, body = Vec<crate::store::outbox::DeliveryView>), crate::openapi::Problems))]
pub async fn deliveries_index(
    partner: Partner,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<DeliveryView>>, AppError> {
    let list = state.env.store.deliveries_list(partner.team.clone(), id, 100).await?;
    Ok(Json(list.ok_or(AppError::NotFound)?))
}

/// `POST /partner/v1/webhooks/{id}/deliveries/{event_id}/redeliver`: sends it again (after the
/// earlier events of its session), retried for three days from now.
#[utoipa::path(post, path = "/webhooks/{id}/deliveries/{event_id}/redeliver", tag = "partner webhooks", security(("partner_key" = [])), params(("id" = String, Path, description = "`whe_…`"), ("event_id" = String, Path, description = "`msg_…`")), responses((status = 202, description = "Queued again"), crate::openapi::Problems))]
pub async fn delivery_redeliver(
    partner: Partner,
    State(state): State<AppState>,
    Path((id, event_id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let now = crate::clock::now().unix_millis();
    let team = partner.team.clone();
    if !state.env.store.delivery_redeliver(team, id.clone(), event_id.clone(), now).await? {
        return Err(AppError::NotFound);
    }
    partner.audit(&state, "webhook.redeliver", None, Some(event_id)).await?;
    Ok(StatusCode::ACCEPTED)
}
