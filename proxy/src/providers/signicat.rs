//! Signicat Assure, as its guide's bank example: one dossier per user holding the typed data, an
//! eID login at the user's bank (iDIN in the Netherlands, BankID in Norway), a document-and-selfie process from the capture step, the typed
//! data matched field by field against both, the decision, the proof kept as the session's
//! evidence, then the dossier deleted.
//!
//! - [`client`](SignicatClient): the adapter, with its ids, images, matching, notifications,
//!   processes, wire types and errors;
//! - `flow`: the stages stored between the browser's calls; `bank_login`: the eID login of the
//!   user's country (`eid`: which Assure process that is); `closing`: deciding, keeping the
//!   proof, deleting; `abandoned`: deleting dossiers of users who stopped;
//! - `handover`: the dossier's and the processes' creation, adopting an interrupted attempt's;
//! - [`decision`]: the verdict on the processes and the field checks;
//! - `routes`: the bank login (`/api/session/bank-login`, `/api/bank-login/return`);
//! - `webhook`: `POST /webhooks/signicat`, Assure's notifications;
//! - [`SignicatSettings`]: the `SIGNICAT_*` variables.

mod abandoned;
mod bank_login;
mod client;
mod closing;
pub mod decision;
mod eid;
mod errors;
mod flow;
mod handover;
mod ids;
mod image;
mod matching;
mod notification;
mod process;
mod routes;
mod settings;
mod webhook;
pub use webhook::signicat_event_apply;
mod wire;

pub use abandoned::abandoned_dossiers_delete;
pub use client::*;
pub use closing::{forget, forget_any, EVIDENCE_SOURCE};
pub use flow::{decision, submit, Progress, Signicat, PROVIDER, RETURN_PATH};
pub use handover::{DOSSIER_STEP, EIDV_STEP, EID_STEP};
pub use settings::SignicatSettings;

use crate::flow::Ctx;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The bank login's routes, relative to `/api`.
pub fn api_routes(ctx: Ctx<Signicat>) -> OpenApiRouter {
    OpenApiRouter::new()
        .routes(routes!(routes::bank_login_show, routes::bank_login_create))
        .routes(routes!(routes::bank_login_return))
        .with_state(ctx)
}

/// `POST /webhooks/signicat`, relative to `/webhooks`.
pub fn webhook_routes(ctx: Ctx<Signicat>) -> OpenApiRouter {
    OpenApiRouter::new().routes(routes!(webhook::signicat_notification_receive)).with_state(ctx)
}
