//! What a product team's webhook carries: one typed shape, from which the queued bodies are
//! written and the OpenAPI description's `webhooks` are derived.

use serde::Serialize;

/// An event's type; the string is its `type` in the body and in an endpoint's subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub enum EventType {
    /// The user finished a step of the flow (`data.step`), reported once per step.
    #[serde(rename = "session.step_completed")]
    StepCompleted,
    /// The identification's status moved (`data.status`).
    #[serde(rename = "session.status_changed")]
    StatusChanged,
    /// A decision: `data.outcome` is `successful`, `failed` or `expired`.
    #[serde(rename = "session.completed")]
    Completed,
    /// The provider referred the case to a person.
    #[serde(rename = "session.referred")]
    Referred,
    /// A referral was settled (`data.status`: the decision the reviewer took).
    #[serde(rename = "session.review_settled")]
    ReviewSettled,
    /// A link of the session expired before it was used.
    #[serde(rename = "session.link_expired")]
    LinkExpired,
    /// The session's personal data was erased.
    #[serde(rename = "session.data_deleted")]
    DataDeleted,
}

impl EventType {
    /// Every type, in the order the documentation lists them.
    pub const ALL: [EventType; 7] = [
        Self::StepCompleted,
        Self::StatusChanged,
        Self::Completed,
        Self::Referred,
        Self::ReviewSettled,
        Self::LinkExpired,
        Self::DataDeleted,
    ];

    /// The type as it is written (`session.completed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StepCompleted => "session.step_completed",
            Self::StatusChanged => "session.status_changed",
            Self::Completed => "session.completed",
            Self::Referred => "session.referred",
            Self::ReviewSettled => "session.review_settled",
            Self::LinkExpired => "session.link_expired",
            Self::DataDeleted => "session.data_deleted",
        }
    }

    /// The type written as `name`, if there is one.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// The body of every delivery, signed as the Standard Webhooks specification says. It holds no
/// personal data: the team fetches what it may through the partner API.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WebhookEvent {
    /// `msg_…`, also sent as `webhook-id`: the same id on every retry, for deduplication.
    pub id: String,
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// When it happened (RFC 3339, UTC).
    pub created_at: String,
    /// About which session, and what changed.
    pub data: EventData,
}

/// An event's details; only the members its type has are present.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct EventData {
    /// The session's public id (as `GET /partner/v1/sessions/{public_id}` takes it).
    pub session: String,
    /// The identification's status (`status_changed`, `completed`, `referred`, `review_settled`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// The decision (`completed`): `successful`, `failed` or `expired`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
    /// The step's key (`step_completed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<&'static str>,
}
