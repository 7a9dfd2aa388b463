//! The session's saves, one at a time, in the order the user made them.
//!
//! Two saves sent side by side are two requests the network and the proxy may handle in either
//! order, and answer in either order: a later answer could then show (or store) an older state.
//! Queued, each save starts once the one before it has answered, so the proxy sees the user's
//! changes in their order and every answer includes all earlier ones.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

/// A save waiting for its turn. Nothing of it runs (not even reading the token) before then.
type Job = Pin<Box<dyn Future<Output = ()>>>;

/// The queue of a session's saves; cheap to copy.
#[derive(Clone, Copy)]
pub(crate) struct Saves {
    waiting: StoredValue<VecDeque<Job>, LocalStorage>,
    /// Whether a runner is taking saves off the queue; there is never more than one.
    running: StoredValue<bool>,
    /// Saves queued or on their way: a signal, so pages can derive "busy" from it.
    pending: RwSignal<usize>,
}

impl Saves {
    /// An empty queue.
    pub(crate) fn new() -> Self {
        Saves {
            waiting: StoredValue::new_local(VecDeque::new()),
            running: StoredValue::new(false),
            pending: RwSignal::new(0),
        }
    }

    /// Whether every save has answered (tracked).
    pub(crate) fn idle(self) -> bool {
        self.pending.with(|&n| n == 0)
    }

    /// Queues `save`, which handles its own answer; it starts when every earlier save is done.
    pub(crate) fn push(self, save: impl Future<Output = ()> + 'static) {
        self.waiting.update_value(|w| w.push_back(Box::pin(save)));
        self.pending.update(|n| *n += 1);
        // A running runner picks the new save up when it gets there.
        if !self.running.get_value() {
            self.running.set_value(true);
            spawn_local(self.run());
        }
    }

    async fn run(self) {
        // `try_`: the app may be unmounted between two saves; then the rest is dropped.
        while let Some(save) = self.waiting.try_update_value(VecDeque::pop_front).flatten() {
            save.await;
            self.pending.try_update(|n| *n -= 1);
        }
        // In the same turn as finding the queue empty, so no save can slip in between.
        self.running.try_set_value(false);
    }
}
