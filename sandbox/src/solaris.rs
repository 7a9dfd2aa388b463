//! Solaris with IDnow video identification: the `/v1` API, OAuth client credentials, the IDnow
//! pages, the documents of successful identifications and `IDENTIFICATION` webhooks, all sharing
//! one in-memory store.

mod auth;
mod body;
mod clock;
mod config;
mod document;
mod documents;
mod errors;
mod identification_options;
mod identifications;
pub mod idnow;
mod lifecycle;
mod person;
mod person_update;
mod persons;
mod store;
mod supported_documents;
mod validation;
pub mod webhooks;

pub use config::Config;

use crate::faults::Faults;
use axum::routing::{get, patch, post};
use axum::{middleware, Router};
use errors::ApiError;
use store::Store;

/// State shared by every handler and by the background review and delivery tasks.
pub(crate) type Sim = crate::sim::Sim<Config, Store, webhooks::Dispatcher>;

/// The Solaris API behind its OAuth endpoint, plus the IDnow pages; its webhooks skip what
/// `faults` drops.
pub(crate) fn router(config: Config, faults: Faults) -> Router {
    let webhooks = webhooks::Dispatcher::new(config.webhook.clone(), config.retry_delays.clone(), faults);
    let sim = Sim::new(config, webhooks);
    let api = Router::new()
        .route("/v1/persons", post(persons::create).get(persons::index))
        .route("/v1/persons/{person_id}", get(persons::show).patch(person_update::update))
        .route("/v1/persons/{person_id}/identifications", post(identifications::create).get(identifications::index))
        .route("/v1/persons/{person_id}/identifications/{id}", get(identifications::show))
        .route("/v1/persons/{person_id}/identifications/{id}/request", patch(identifications::request))
        .route(
            "/v1/persons/{person_id}/identifications/{id}/supported_documents",
            get(supported_documents::supported_documents),
        )
        .route("/v1/persons/{person_id}/documents", get(documents::routes::index))
        .route("/v1/documents/{id}", get(documents::routes::show))
        .route("/v1/documents/{id}/file", get(documents::routes::file))
        .route_layer(middleware::from_fn_with_state(sim.clone(), auth::require_bearer));
    Router::new()
        .route("/oauth2/token", post(auth::token))
        .merge(api)
        .merge(idnow::router())
        .fallback(|| async { ApiError::route_not_found() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .with_state(sim)
}
