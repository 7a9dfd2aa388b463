//! The IDnow side: the pages the user sees during the (simulated) video call, and the test
//! scenarios that script its outcome.

pub(crate) mod agent;
mod layout;
mod pages;
mod routes;
pub mod scenario;
pub mod test_case;
mod text;
mod view;

use super::Sim;
use axum::routing::{get, post};
use axum::Router;

/// The company id Solaris's sandbox uses at IDnow; part of every identification URL.
pub const COMPANY: &str = "solarisbankvideoidentsandbox";

/// The URL the user opens for identification `id`.
pub(crate) fn identification_url(base_url: &str, company: &str, id: &str) -> String {
    format!("{}/idnow/{company}/identifications/{id}", base_url.trim_end_matches('/'))
}

/// The pages, mounted at `/idnow`.
pub(crate) fn router() -> Router<Sim> {
    Router::new()
        .route("/idnow/{company}/identifications/{id}", get(routes::landing))
        .route("/idnow/{company}/identifications/{id}/start", post(routes::start))
        .route("/idnow/{company}/identifications/{id}/confirm", post(routes::confirm))
        .route("/idnow/{company}/identifications/{id}/finish", post(routes::finish))
}
