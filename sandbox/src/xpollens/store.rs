//! The in-memory state: issued tokens and prospects (each holding its links: activation code,
//! webview, booked IBAN), plus the one way prospects change, [`Sim::change`], which sends the
//! callbacks for whatever changed.

use super::callbacks;
use super::prospect::Prospect;
use super::Sim;
use std::collections::HashMap;
use tokio::time::Instant;

/// Everything the simulator remembers; lost on restart.
#[derive(Default)]
pub(crate) struct Store {
    /// Access token → moment it stops being accepted.
    pub tokens: HashMap<String, Instant>,
    /// By `appUserId`.
    pub prospects: HashMap<String, Prospect>,
}

impl Store {
    /// The prospect whose current wallet uses `activation_code`.
    pub fn by_activation_code(&mut self, activation_code: &str) -> Option<&mut Prospect> {
        let code = activation_code.trim();
        self.prospects.values_mut().find(|p| !code.is_empty() && p.activation_code == code)
    }

    /// The prospect whose webview has this technical id and token.
    pub fn by_webview(&mut self, technical_id: &str, token: &str) -> Option<&mut Prospect> {
        self.prospects
            .values_mut()
            .find(|p| p.webview.as_ref().is_some_and(|w| w.technical_id == technical_id && w.token == token))
    }

    /// The prospect an IBAN was booked for.
    pub fn by_iban(&mut self, iban: &str) -> Option<&mut Prospect> {
        let iban: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
        self.prospects.values_mut().find(|p| p.sct_in_iban.as_deref() == Some(iban.as_str()))
    }
}

impl Sim {
    /// Runs `f` on the prospect, then sends callbacks 35, 4 and 34 for what it changed. `None`
    /// when the prospect does not exist.
    pub(crate) fn change<R>(&self, app_user_id: &str, f: impl FnOnce(&mut Prospect) -> R) -> Option<R> {
        let (result, events) = {
            let mut store = self.store();
            let prospect = store.prospects.get_mut(app_user_id)?;
            let before = prospect.snapshot();
            let result = f(prospect);
            (result, callbacks::for_changes(prospect, Some(&before)))
        };
        self.deliveries.send(app_user_id, events);
        Some(result)
    }
}

pub(crate) use crate::clock::unix_millis as now_ms;

/// Now, formatted like the rest of the product (`2026-01-01T10:00:00.000Z`).
pub(crate) use crate::clock::now_utc;
