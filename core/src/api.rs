//! Wire types of the proxy's `/api`, shared so that the SPA and the proxy cannot drift apart.

use crate::{ConsentKind, FieldError, IdentificationStatus, PersonalDataInput, Step};
use serde::{Deserialize, Serialize};

/// Answer to `POST /api/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionCreated {
    /// Bearer token for every later call. Kept by the browser; nothing else is.
    pub token: String,
}

/// One consent as the proxy stored it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentView {
    /// Which consent.
    pub kind: ConsentKind,
    /// When the user gave it (browser clock, UTC).
    pub given_at: String,
    /// When the proxy received it (server clock, UTC).
    pub received_at: String,
}

/// Answer to `GET /api/session`: everything the SPA needs to resume.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionView {
    /// The saved personal data, or empty fields.
    pub person: PersonalDataInput,
    /// Whether the personal data passed validation and was saved.
    pub person_saved: bool,
    /// Consents given so far.
    pub consents: Vec<ConsentView>,
    /// The identification, once started.
    pub identification: Option<IdentificationView>,
    /// The furthest step the user may open.
    pub furthest_step: Step,
}

/// Body of `PUT /api/session/consents/{kind}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConsentRequest {
    /// When the box was ticked, ISO 8601 UTC.
    pub given_at: String,
}

/// The identification as the browser may see it: never the provider's internal reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentificationView {
    /// The provider's page for the video call, shown in an iframe.
    pub url: String,
    /// Current status.
    pub status: IdentificationStatus,
    /// Expected wait for an agent, in seconds.
    pub estimated_waiting_time: Option<u32>,
}

/// Answer to `GET /api/session/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusView {
    /// Current status.
    pub status: IdentificationStatus,
    /// True when polling can stop.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Reason code for `aborted` and `canceled`; always `None` for `failed`.
    pub reason: Option<String>,
    /// Expected wait for an agent, in seconds, while pending.
    pub estimated_waiting_time: Option<u32>,
}

/// The one error shape of the proxy: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// Contents of [`ErrorBody`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Stable machine code: `validation_failed`, `unauthorized`, `not_found`, `conflict`,
    /// `provider_unavailable`, `internal`.
    pub code: String,
    /// English explanation, safe to show.
    pub message: String,
    /// Field-level errors, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}
