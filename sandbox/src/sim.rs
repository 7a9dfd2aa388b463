//! The state every simulator shares between its handlers and background tasks: its
//! configuration, its in-memory store behind one lock, and whatever sends its webhooks.

use std::sync::{Arc, Mutex, MutexGuard};

/// One simulator's state: configuration `C`, store `S` and outgoing deliveries `D`; cloning
/// shares it.
pub(crate) struct Sim<C, S, D = ()>(Arc<Inner<C, S, D>>);

/// What a [`Sim`] holds.
pub(crate) struct Inner<C, S, D> {
    /// How the simulator was configured.
    pub config: C,
    store: Mutex<S>,
    /// Sends the simulator's webhooks, callbacks or notifications in the background.
    pub deliveries: D,
}

// By hand: a derive would ask `C`, `S` and `D` to be `Clone`, yet only the `Arc` is cloned.
impl<C, S, D> Clone for Sim<C, S, D> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<C, S, D> std::ops::Deref for Sim<C, S, D> {
    type Target = Inner<C, S, D>;
    fn deref(&self) -> &Inner<C, S, D> {
        &self.0
    }
}

impl<C, S: Default, D> Sim<C, S, D> {
    /// A simulator with an empty store.
    pub(crate) fn new(config: C, deliveries: D) -> Self {
        Self(Arc::new(Inner { config, store: Mutex::new(S::default()), deliveries }))
    }

    /// The store. A panic while it was held cannot leave it half-updated in a way that matters
    /// to a simulator, so a poisoned lock is simply taken over.
    pub(crate) fn store(&self) -> MutexGuard<'_, S> {
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
