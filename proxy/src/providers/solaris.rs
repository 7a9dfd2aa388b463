//! Solaris with IDnow's video call: a person with the consent times, an identification whose
//! page the SPA frames, the status re-read until decided, and the KYC documents for the product
//! team afterwards.
//!
//! - [`client`](SolarisClient): the adapter, with its wire types and errors;
//! - `flow`: preparing and starting the identification, its refresh, the documents;
//! - `handover`: the person's and the identifications' creation, adopting an interrupted
//!   attempt's;
//! - `routes`: `/api/session/identification[/documents]`;
//! - `webhook`: `POST /webhooks/solaris`, signed `Solaris-Webhook-Signature`;
//! - [`SolarisSettings`]: the `SOLARIS_*` variables.

mod client;
mod errors;
mod flow;
mod handover;
mod language;
mod person_sync;
mod routes;
mod settings;
mod webhook;
pub use webhook::{identification_event_id, solaris_event_apply};
mod wire;

pub use client::*;
pub use flow::{document_file, documents, Solaris, PROVIDER};
pub use handover::{IDENTIFICATION_STEP, PERSON_STEP};
pub use settings::SolarisSettings;

use crate::flow::Ctx;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The video call step's routes, relative to `/api`.
pub fn api_routes(ctx: Ctx<Solaris>) -> OpenApiRouter {
    OpenApiRouter::new()
        .routes(routes!(routes::identification_create))
        .routes(routes!(routes::identification_documents_index))
        .with_state(ctx)
}

/// `POST /webhooks/solaris`, relative to `/webhooks`.
pub fn webhook_routes(ctx: Ctx<Solaris>) -> OpenApiRouter {
    OpenApiRouter::new().routes(routes!(webhook::solaris_webhook_receive)).with_state(ctx)
}
