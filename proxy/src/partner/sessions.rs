//! Sessions as the product team sees them: everything the user entered, consented to, and the
//! verified result.

use super::receipts::{session_consents, ConsentRecord, HeldConsent};
use super::Partner;
use crate::error::AppError;
use crate::providers::ProviderDetail;
use crate::state::AppState;
use crate::store::SessionFilter;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header::LINK;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::IntoResponse;
use axum::Json;
use kyc_core::api::AddressCheck;
use kyc_core::capture::signals::CaptureSignals;
use kyc_core::capture::CaptureSlot;
use kyc_core::flow::FlowId;
use kyc_core::{IdentificationStatus, PersonalDataInput};
use serde::{Deserialize, Serialize};

/// One row of `GET /partner/v1/sessions`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SessionSummary {
    id: String,
    created_at: String,
    flow: String,
    status: Option<String>,
    /// The team's own reference, when it gave one.
    external_id: Option<String>,
}

/// Query of `GET /partner/v1/sessions`.
#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default, deny_unknown_fields)]
pub struct SessionQuery {
    /// An identification status (`pending`, `successful`, …), or `none` for sessions without one.
    status: Option<String>,
    /// The decision: `successful`, `failed` or `referred` (a final status).
    outcome: Option<String>,
    /// A flow's key.
    flow: Option<String>,
    /// Created at or after this UTC time (RFC 3339).
    created_after: Option<String>,
    /// Created before this UTC time.
    created_before: Option<String>,
    /// The team's own reference.
    external_id: Option<String>,
    /// The cursor: sessions older than this one (the `Link: rel="next"` of the previous page).
    before: Option<String>,
    /// At most this many (1 to 200, default 200).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u32>,
}

fn bad(why: impl Into<String>) -> AppError {
    AppError::BadRequest(why.into())
}

fn timestamp(name: &str, text: Option<String>) -> Result<Option<String>, AppError> {
    text.map(|t| {
        kyc_core::UtcTimestamp::parse(&t)
            .map(|t| t.to_string())
            .map_err(|_| bad(format!("{name}: a UTC time like 2026-12-06T10:00:00Z")))
    })
    .transpose()
}

impl SessionQuery {
    fn filter(self) -> Result<(SessionFilter, u32), AppError> {
        let limit = self.limit.unwrap_or(200);
        if !(1..=200).contains(&limit) {
            return Err(bad("limit: from 1 to 200"));
        }
        let known = |s: &str| {
            s == "none" || serde_json::from_value::<IdentificationStatus>(serde_json::Value::String(s.into())).is_ok()
        };
        if let Some(status) = self.status.as_deref().filter(|s| !known(s)) {
            return Err(bad(format!("status: {status:?} is not an identification status (or none)")));
        }
        let outcome = match self.outcome.as_deref() {
            None => None,
            Some(o @ ("successful" | "failed" | "referred")) => Some(o.to_owned()),
            Some(o) => return Err(bad(format!("outcome: {o:?} is not successful, failed or referred"))),
        };
        if let (Some(status), Some(outcome)) = (&self.status, &outcome) {
            if status != outcome {
                return Err(bad("status and outcome: give one of them"));
            }
        }
        if let Some(flow) = self.flow.as_deref().filter(|f| FlowId::from_key(f).is_none()) {
            return Err(bad(format!("flow: {flow:?} is not a flow")));
        }
        let filter = SessionFilter {
            status: self.status.or(outcome),
            flow: self.flow,
            created_after: timestamp("created_after", self.created_after)?,
            created_before: timestamp("created_before", self.created_before)?,
            external_id: self.external_id,
            before: self.before,
        };
        Ok((filter, limit))
    }
}

/// `GET /partner/v1/sessions`: the team's sessions, newest first, a page at a time (at most
/// 200), filtered by status or outcome, flow, creation time or the team's own reference. When
/// there may be more, the `Link` header names the next page (`rel="next"`).
#[utoipa::path(get, path = "/sessions", tag = "partner", security(("partner_key" = [])), params(SessionQuery), responses((status = 200, body = Vec<SessionSummary>, headers(("link" = String, description = "`<…>; rel=\"next\"` when there are more"))), crate::openapi::Problems))]
pub async fn sessions_index(
    partner: Partner,
    State(state): State<AppState>,
    query: Result<Query<SessionQuery>, QueryRejection>,
) -> Result<impl IntoResponse, AppError> {
    let Query(query) = query.map_err(|e| bad(e.body_text()))?;
    let (filter, limit) = query.filter()?;
    let next_filter = filter.clone();
    let rows = state.env.store.sessions_search(partner.team.clone(), filter, limit).await?;
    partner.audit(&state, "sessions.list", None, None).await?;
    let mut headers = HeaderMap::new();
    if let Some(last) = rows.last().filter(|_| rows.len() == limit as usize) {
        let next = next_page(&next_filter, &last.public_id, limit);
        if let Ok(link) = HeaderValue::from_str(&format!("</partner/v1/sessions?{next}>; rel=\"next\"")) {
            headers.insert(LINK, link);
        }
    }
    let list: Vec<SessionSummary> = rows
        .into_iter()
        .map(|r| SessionSummary {
            id: r.public_id,
            created_at: r.created_at,
            flow: r.flow,
            status: r.status,
            external_id: r.external_id,
        })
        .collect();
    Ok((headers, Json(list)))
}

/// The query of the page after `last`, with the same filters.
fn next_page(filter: &SessionFilter, last: &str, limit: u32) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    let pairs = [
        ("status", &filter.status),
        ("flow", &filter.flow),
        ("created_after", &filter.created_after),
        ("created_before", &filter.created_before),
        ("external_id", &filter.external_id),
    ];
    for (name, value) in pairs {
        if let Some(value) = value {
            query.append_pair(name, value);
        }
    }
    query.append_pair("before", last).append_pair("limit", &limit.to_string());
    query.finish()
}

/// `GET /partner/v1/sessions/{id}`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SessionDetail {
    id: String,
    person: Option<PersonalDataInput>,
    verified_person: Option<PersonalDataInput>,
    /// `not_found`: the address could not be confirmed, so the video call was requested with a
    /// proof of address (`proof_of_address`).
    address_check: Option<AddressCheck>,
    /// The proof of address the video call was requested with, and why it was needed.
    proof_of_address: Option<crate::store::AddressProof>,
    /// The consents that hold, each with its signed receipt.
    consents: Vec<HeldConsent>,
    /// Every consent given or withdrawn, oldest first, each with its signed receipt.
    consent_history: Vec<ConsentRecord>,
    status: Option<IdentificationStatus>,
    /// When the provider last confirmed `status` (a webhook, the user's poll or the
    /// reconciliation re-read it); `null` before the first confirmation.
    status_confirmed_at: Option<String>,
    failure_reason: Option<String>,
    provider: Option<ProviderRefs>,
    /// What the capture step noticed while each picture was taken (camera settings asked for and
    /// delivered, a virtual camera, pauses in the camera's frames), for the team's own judgement:
    /// observations, not a verdict. Empty when no picture was taken or none said anything.
    signals: Vec<PictureSignals>,
    /// What the session's provider adds: its decision, or the account.
    #[serde(flatten)]
    detail: ProviderDetail,
}

/// The capture signals of one picture.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PictureSignals {
    /// The picture they were noticed with.
    slot: CaptureSlot,
    /// What was noticed.
    #[serde(flatten)]
    signals: CaptureSignals,
}

/// The provider's identifiers, for the product team's support staff. They are server-side
/// only: the IDnow reference in particular must never be shown to the end user.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProviderRefs {
    name: String,
    person_id: String,
    identification_id: String,
    reference: Option<String>,
}

/// `GET /partner/v1/sessions/{id}`: entered and verified data, consents, status and reason.
/// Unlike the end user, the product team sees the reason of every outcome.
#[utoipa::path(get, path = "/sessions/{public_id}", tag = "partner", security(("partner_key" = [])), params(("public_id" = String, Path, description = "The session's public id")), responses((status = 200, body = SessionDetail), crate::openapi::Problems))]
pub async fn session_show(
    partner: Partner,
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Json<SessionDetail>, AppError> {
    let session = partner.session(&state, &public_id).await?;
    // Before the read: a read that fails half-way was still attempted.
    partner.audit(&state, "session.read", Some(&public_id), None).await?;
    let identification = state.env.store.identification_load(session).await?;
    let consents = session_consents(&state, &partner, session, &public_id).await?;
    Ok(Json(SessionDetail {
        id: public_id,
        person: state.env.store.person_load(session).await?,
        verified_person: state.env.store.person_verified_load(session).await?,
        address_check: state.env.store.address_check_load(session).await?,
        proof_of_address: state.env.store.address_proof_load(session).await?,
        consents: consents.current,
        consent_history: consents.history,
        status: identification.as_ref().map(|i| i.status),
        status_confirmed_at: state.env.store.identification_confirmed_at(session).await?,
        failure_reason: identification.as_ref().and_then(|i| i.failure_reason.clone()),
        signals: state
            .env
            .store
            .capture_signals_load(session)
            .await?
            .into_iter()
            .map(|(slot, signals)| PictureSignals { slot, signals })
            .collect(),
        detail: state.providers.detail(session, state.env.store.session_settings(session).await?.flow).await?,
        provider: identification.map(|i| ProviderRefs {
            name: i.provider.key().to_owned(),
            person_id: i.provider_person_id,
            identification_id: i.provider_identification_id,
            reference: i.provider_reference,
        }),
    }))
}
