//! What every provider's flow is built from, naming no provider: the shared [`Env`] a flow runs
//! with, what a provider's flow and routes run with ([`Ctx`]), the steps behind the user
//! ([`StepsState`]), the consented person a provider may be sent, the identification record the
//! status step reads, and the per-session locks of provider hand-overs.

mod events;
mod handover;
mod identification;
mod intent;
pub mod locks;
mod pace;
mod person;
mod steps;
mod tracking;

pub use events::EventError;
pub use handover::handover_of;
pub use identification::{identification_pending, identification_record};
pub use intent::Intent;
pub use locks::SessionLocks;
pub use pace::Pace;
pub use person::consented_person;
pub use steps::{steps_of, Staged, StepsState};
pub use tracking::{event_refresh, refresh, settled, Tracked};

use crate::error::AppError;
use crate::rules::Policy;
use crate::store::Store;
use axum::extract::FromRef;
use std::sync::Arc;

/// What a provider's flow may use besides its own adapter: storage, the deployment's rules,
/// the per-session hand-over locks and the public origin. Cheap to clone.
#[derive(Clone)]
pub struct Env {
    /// Storage.
    pub store: Store,
    /// The deployment's own rules.
    pub policy: Arc<Policy>,
    /// Sessions whose provider hand-over or progress update runs right now ([`locks`]).
    pub handovers: Arc<SessionLocks>,
    /// The origin browsers use for the SPA, for return pages handed to providers.
    pub public_url: Arc<str>,
    /// Rung when a provider event was kept, to wake this instance's inbox worker.
    pub events: Arc<tokio::sync::Notify>,
    /// How long an instance holds work before another may take it over (`KYC_JOB_LEASE_SECS`).
    pub lease: std::time::Duration,
}

/// A launch's options that only some flows take, as the product team sent them.
#[derive(Default)]
pub struct LaunchExtras {
    /// An account flow's prospect id.
    pub app_user_id: Option<String>,
    /// An account flow's order of steps.
    pub steps: Option<Vec<String>>,
}

/// What one provider's flow and routes run with: the provider, `None` when the deployment did
/// not configure it (its routes then answer 503 or 404), and the shared [`Env`]. Nothing else:
/// a flow reaches no other provider.
pub struct Ctx<P> {
    /// The provider.
    pub provider: Option<Arc<P>>,
    /// What every flow shares.
    pub env: Env,
}

impl<P> Ctx<P> {
    /// The configured provider.
    pub fn provider(&self) -> Result<&P, AppError> {
        self.provider.as_deref().ok_or(AppError::ProviderUnavailable)
    }
}

// By hand: a derive would ask `P: Clone`, which no provider needs.
impl<P> Clone for Ctx<P> {
    fn clone(&self) -> Self {
        Self { provider: self.provider.clone(), env: self.env.clone() }
    }
}

impl<P> FromRef<Ctx<P>> for Store {
    fn from_ref(state: &Ctx<P>) -> Self {
        state.env.store.clone()
    }
}
