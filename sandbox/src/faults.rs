//! Fault injection, a sandbox-only control panel under [`CONTROL_PATH`] (no provider has it):
//! tests make the simulators answer with an error status, answer late, hold an answer after the
//! work is done, or skip a provider's webhook deliveries, to exercise the proxy's timeouts,
//! retries and crash windows. [`Faults`] is the shared state; [`inject`] applies request faults
//! to the whole simulator router, and each provider's delivery asks [`Faults::drop_delivery`].

mod inject;
mod routes;

pub(crate) use inject::inject;
pub(crate) use routes::router;

use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex, MutexGuard};

/// Where the control routes live; requests under it are never faulted, so a test can always
/// clear what it set.
pub const CONTROL_PATH: &str = "/sandbox";

/// The simulators that send deliveries of their own (webhooks, callbacks, notifications).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Solaris `IDENTIFICATION` webhooks.
    Solaris,
    /// Onfido webhooks.
    Onfido,
    /// Signicat Assure process notifications.
    Signicat,
    /// Xpollens callbacks 34, 4 and 35.
    Xpollens,
}

/// What a fault does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Answer `status` at once without calling the simulator, with `Retry-After` if given.
    Status {
        /// The HTTP status.
        status: u16,
        /// Seconds for `Retry-After`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after_secs: Option<u64>,
    },
    /// Wait `ms` before the simulator sees the request (a caller's timeout: nothing is done).
    DelayBefore {
        /// Milliseconds.
        ms: u64,
    },
    /// Let the simulator do the work, then hold the answer `ms` (done, but the caller has not
    /// heard: the window a crash can fall into).
    DelayAfter {
        /// Milliseconds.
        ms: u64,
    },
    /// Skip the provider's next deliveries entirely, retries included.
    DropWebhooks {
        /// Whose deliveries.
        provider: Provider,
    },
}

/// One active fault, as `POST /sandbox/faults` takes it and `GET` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// What it does.
    #[serde(flatten)]
    pub action: Action,
    /// Requests whose path starts with this (the full path, e.g. `/onfido/v3.6/checks`); any
    /// when absent. Not for `drop_webhooks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// Requests with this method (any case); any when absent. Not for `drop_webhooks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How many more times it applies; until cleared when absent.
    #[serde(default)]
    pub times: Option<u32>,
}

impl Fault {
    fn matches(&self, method: &str, path: &str) -> bool {
        !matches!(self.action, Action::DropWebhooks { .. })
            && self.path_prefix.as_deref().is_none_or(|prefix| path.starts_with(prefix))
            && self.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method))
    }
}

/// The active faults, shared by the control routes, the middleware and the deliveries; cloning
/// shares them.
#[derive(Debug, Clone, Default)]
pub struct Faults(Arc<Mutex<Vec<Fault>>>);

impl Faults {
    /// Adds `fault` after the others; the first that matches applies.
    pub fn add(&self, fault: Fault) {
        self.active().push(fault);
    }

    /// Every active fault, in order.
    pub fn list(&self) -> Vec<Fault> {
        self.active().clone()
    }

    /// Removes every fault.
    pub fn clear(&self) {
        self.active().clear();
    }

    /// The action of the first request fault matching `method` and `path`, counted as used.
    pub fn for_request(&self, method: &str, path: &str) -> Option<Action> {
        self.take(|f| f.matches(method, path))
    }

    /// Whether the next delivery of `provider` is to be skipped (counted as used).
    pub fn drop_delivery(&self, provider: Provider) -> bool {
        let dropped = self.take(|f| f.action == Action::DropWebhooks { provider }).is_some();
        if dropped {
            tracing::info!(?provider, "delivery dropped by a sandbox fault");
        }
        dropped
    }

    /// The first fault `wanted` picks: one use taken off it, and removed when none is left.
    fn take(&self, wanted: impl Fn(&Fault) -> bool) -> Option<Action> {
        let mut active = self.active();
        let index = active.iter().position(wanted)?;
        let fault = &mut active[index];
        let action = fault.action.clone();
        if let Some(times) = &mut fault.times {
            *times = times.saturating_sub(1);
            if *times == 0 {
                active.remove(index);
            }
        }
        Some(action)
    }

    /// A panic while the list was held cannot leave it inconsistent, so a poisoned lock is
    /// taken over.
    fn active(&self) -> MutexGuard<'_, Vec<Fault>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
