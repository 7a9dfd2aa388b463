//! `GET /partner/v1/audit`: the team's own audit trail, newest first, a page at a time.

use super::Partner;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::AuditEntry;
use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};

/// Query of `GET /partner/v1/audit`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Lines older than this cursor (the `next` of the previous page).
    before: Option<i64>,
    /// At most this many lines (1 to 500, default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<u32>,
}

/// One page of the trail.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AuditPage {
    entries: Vec<AuditEntry>,
    /// The cursor of the next (older) page, when there may be one.
    next: Option<i64>,
}

/// `GET /partner/v1/audit`: what the team's keys and the operator did, newest first. Reading
/// the trail is not itself recorded (it would grow with every look).
#[utoipa::path(get, path = "/audit", tag = "partner", security(("partner_key" = [])), params(AuditQuery), responses((status = 200, body = AuditPage), crate::openapi::Problems))]
pub async fn audit_index(
    partner: Partner,
    State(state): State<AppState>,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<AuditPage>, AppError> {
    let Query(query) = query.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let limit = query.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::BadRequest("limit: from 1 to 500".into()));
    }
    let rows = state.env.store.audit_list(partner.team.clone(), query.before, limit).await?;
    let next = (rows.len() == limit as usize).then(|| rows.last().map(|(id, _)| *id)).flatten();
    Ok(Json(AuditPage { entries: rows.into_iter().map(|(_, e)| e).collect(), next }))
}
