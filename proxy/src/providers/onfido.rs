//! Onfido (API v3.6): an applicant from the personal data, the pictures of the document and a
//! selfie, one check with the document, facial similarity and Identity Enhanced reports, and a
//! decision by the product team's rules.
//!
//! - [`client`](OnfidoClient): the adapter, with its wire types and errors;
//! - `flow`: the stages stored between the browser's calls, the check's refresh;
//! - `handover`: the applicant's and the check's creation, adopting an interrupted attempt's;
//! - [`decision`]: the verdict on the reports;
//! - `webhook`: `POST /webhooks/onfido`, signed `X-SHA2-Signature`;
//! - [`OnfidoSettings`]: the `ONFIDO_*` variables.

mod client;
mod country;
pub mod decision;
mod erasure;
mod errors;
mod flow;
mod handover;
mod settings;
mod webhook;
pub use webhook::onfido_event_apply;
mod wire;

pub use client::*;
pub use erasure::forget_any;
pub use flow::{decision, submit, Onfido, Progress, PROVIDER};
pub use handover::{APPLICANT_STEP, CHECK_STEP};
pub use settings::OnfidoSettings;

use crate::flow::Ctx;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// `POST /webhooks/onfido`, relative to `/webhooks`.
pub fn webhook_routes(ctx: Ctx<Onfido>) -> OpenApiRouter {
    OpenApiRouter::new().routes(routes!(webhook::onfido_webhook_receive)).with_state(ctx)
}
