//! Xpollens: an account for a prospect created under the product team's `appUserId` once the
//! consents are given, then identity, declarative data, tax data and terms in the product team's
//! order; the account opens when Xpollens says all are clear (callbacks 34 and 4, re-read from
//! its API). The `appUserId` and the provider's public code stay in the proxy.
//!
//! - [`client`](XpollensClient): the adapter, with its callbacks, types, wire types and errors;
//! - `flow`: the progress stored between the browser's calls; `steps`: each account step;
//!   `lifecycle`: the launch, the flow's order and the 90-day purge; `prospects`: their table;
//! - `routes`: the account steps under `/api/session/account`;
//! - `webhook` and `callback_flow`: `POST /webhooks/xpollens`, callbacks 34, 4 and 35;
//! - [`WebviewUrl`]: the identification webview a product team's app hands in;
//! - [`XpollensSettings`]: the `XPOLLENS_*` variables.

mod awaiting;
mod callback_flow;
mod callbacks;
mod client;
mod errors;
mod flow;
mod lifecycle;
mod prospects;
mod routes;
mod settings;
mod steps;
mod types;
mod webhook;
mod webview;
pub use awaiting::reconcile_round;
pub use webhook::xpollens_event_apply;
mod wire;

pub use client::*;
pub use flow::{account_detail, Progress, Xpollens, PROVIDER};
pub use lifecycle::{flow as ordered_flow, launch, launch_options, purge, AccountLaunch};
pub use settings::XpollensSettings;
pub use steps::person_changed;
pub use webview::{InvalidWebviewUrl, WebviewUrl};

use crate::flow::Ctx;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The account steps' routes, relative to `/api`.
pub fn api_routes(ctx: Ctx<Xpollens>) -> OpenApiRouter {
    OpenApiRouter::new()
        .routes(routes!(routes::account_show))
        .routes(routes!(routes::identity_create))
        .routes(routes!(routes::identity_webview_create))
        .routes(routes!(routes::identity_finish))
        .routes(routes!(routes::declaration_create))
        .routes(routes!(routes::tax_create))
        .routes(routes!(routes::terms_create))
        .routes(routes!(routes::activation_show))
        .with_state(ctx)
}

/// `POST /webhooks/xpollens`, relative to `/webhooks`.
pub fn webhook_routes(ctx: Ctx<Xpollens>) -> OpenApiRouter {
    OpenApiRouter::new().routes(routes!(webhook::xpollens_webhook_receive)).with_state(ctx)
}
