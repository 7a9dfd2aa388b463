//! Provider webhooks (`/webhooks/{provider}`): authenticated, de-duplicated, answered at once;
//! the work (re-reading the resource from the provider, as Solaris recommends) happens after.

mod onfido;
mod signicat;
mod solaris;
mod xpollens;

use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

/// The webhook routes (mounted by [`crate::app`]).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/solaris", post(solaris::solaris_webhook_receive))
        .route("/onfido", post(onfido::onfido_webhook_receive))
        .route("/signicat", post(signicat::signicat_notification_receive))
        .route("/xpollens", post(xpollens::xpollens_webhook_receive))
        .layer(DefaultBodyLimit::max(64 * 1024))
}
