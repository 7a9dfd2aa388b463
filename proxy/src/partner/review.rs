//! The product team's review of a referral: an identification its rules did not accept (a
//! report that is not clear, a rule over its breakdown that failed) waits in `referred` until a
//! person at the product team decides; that decision is final. Flows that delete the personal
//! data at their provider keep it for this review and delete it before it lands.

use super::Partner;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use kyc_core::{IdentificationStatus, Review};
use serde::{Deserialize, Serialize};

/// Body of `POST /partner/v1/sessions/{id}/review`.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// `accepted` or `rejected`.
    outcome: Review,
}

/// Answer: the status now stored.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ReviewAnswer {
    status: IdentificationStatus,
}

/// `POST /partner/v1/sessions/{id}/review`: settles a referred identification as `successful`
/// or `failed`; the user sees it on the status step. 409 when it is not referred (any more).
#[utoipa::path(post, path = "/sessions/{public_id}/review", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), request_body = ReviewRequest, responses((status = 200, body = ReviewAnswer), crate::openapi::Problems))]
pub async fn review_create(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
    body: JsonObject<ReviewRequest>,
) -> Result<Json<ReviewAnswer>, AppError> {
    let JsonObject(request) = body;
    let session = partner.session(&state, &public_id).await?;
    let current = state.env.store.identification_load(session).await?.map(|i| i.status);
    let not_referred = || AppError::Conflict("Only a referred identification can be reviewed.".into());
    let next = current.and_then(|s| s.reviewed(request.outcome)).ok_or_else(not_referred)?;
    let flow = state.env.store.session_settings(session).await?.flow;
    state.providers.before_review(session, flow).await?;
    if !state.env.store.identification_review(session, next, clock::now()).await? {
        return Err(not_referred());
    }
    partner.audit(&state, "review.create", Some(&public_id), Some(next.as_str().to_owned())).await?;
    tracing::info!(status = next.as_str(), "referral reviewed by the product team");
    Ok(Json(ReviewAnswer { status: next }))
}
