//! kyc-proxy: the thin backend of kyc-onboarding.
//!
//! - `/api/…` the JSON API for the SPA ([`api`]), one error shape ([`error::AppError`]);
//! - `/webhooks/{provider}` provider events ([`webhooks`]);
//! - `/partner/v1/…` the product team's backend API, by API key ([`partner`]);
//! - `/` and every other path: the built SPA ([`spa`]);
//! - provider adapters in [`providers`], storage in [`store`].
//!
//! [`app`] builds the whole router from an [`AppState`], so tests call it without a socket.

pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod flows;
pub mod partner;
pub mod providers;
pub mod rules;
pub mod spa;
pub mod state;
pub mod store;
pub mod tracking;
pub mod webhooks;

pub use state::AppState;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::header::{CACHE_CONTROL, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::HeaderValue;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// API bodies are small JSON documents; anything larger is refused before it is read.
const API_BODY_LIMIT: usize = 64 * 1024;

async fn index_show(State(state): State<AppState>) -> Response {
    state.spa.response()
}

/// The whole proxy: API, SPA and security headers.
pub fn app(state: AppState) -> Router {
    let api = api::router()
        .layer(DefaultBodyLimit::max(API_BODY_LIMIT))
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static("no-store")));
    // Any path that is not a built asset is a route of the SPA (reload on /consents).
    let assets = ServeDir::new(&state.spa.dist_dir).fallback(get(index_show).with_state::<()>(state.clone()));
    Router::new()
        .nest("/api", api)
        .nest("/webhooks", webhooks::router())
        .nest(
            "/partner/v1",
            partner::router()
                .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static("no-store"))),
        )
        .route("/", get(index_show))
        .fallback_service(assets)
        .layer(SetResponseHeaderLayer::overriding(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .with_state(state)
}
