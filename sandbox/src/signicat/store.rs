//! The simulator's memory: tokens, dossiers, their user data, processes and images. Deleting a
//! dossier drops all of it at once.

mod process;

pub(crate) use process::{Kind, NotificationTarget, Outcome, Process, Scheme, Status};

use super::user_data::Identity;
use serde_json::{json, Value};
use std::collections::HashMap;
use tokio::time::Instant;

/// Everything the simulator remembers; lost on restart.
#[derive(Default)]
pub(crate) struct Store {
    /// Access token → moment it stops being accepted.
    pub tokens: HashMap<String, Instant>,
    pub dossiers: HashMap<String, Dossier>,
    /// Dossiers created so far, for their creation order.
    pub created: usize,
}

impl Store {
    /// The dossier holding process `process_id`, and the process.
    pub fn process_mut(&mut self, process_id: &str) -> Option<(&str, &mut Process)> {
        self.dossiers.values_mut().find_map(|d| {
            let process = d.processes.iter_mut().find(|p| p.id == process_id)?;
            Some((d.id.as_str(), process))
        })
    }
}

/// A dossier: one end user's container.
pub(crate) struct Dossier {
    pub id: String,
    /// The client's own reference, given at creation (`externalReference`).
    pub external_reference: Option<String>,
    /// Creation order, for the listing.
    pub seq: usize,
    pub created_at: String,
    pub updated_at: String,
    pub user_data: Option<Identity>,
    pub processes: Vec<Process>,
}

impl Dossier {
    pub fn new(external_reference: Option<String>, seq: usize) -> Self {
        let now = now_utc();
        Self {
            id: uuid(),
            external_reference,
            seq,
            created_at: now.clone(),
            updated_at: now,
            user_data: None,
            processes: Vec::new(),
        }
    }

    /// The dossier as the listing shows it: its ids and times, not its contents.
    pub fn summary(&self) -> Value {
        json!({
            "dossierId": self.id,
            "externalReference": self.external_reference,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        })
    }

    pub fn process(&self, id: &str) -> Option<&Process> {
        self.processes.iter().find(|p| p.id == id)
    }

    pub fn process_mut(&mut self, id: &str) -> Option<&mut Process> {
        self.processes.iter_mut().find(|p| p.id == id)
    }

    /// The dossier as Get dossier shows it: everything it holds.
    pub fn to_json(&self) -> Value {
        json!({
            "dossierId": self.id,
            "externalReference": self.external_reference,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "userData": self.user_data,
            "processes": self.processes.iter().map(Process::to_json).collect::<Vec<_>>(),
        })
    }
}

/// 32 random lowercase hex digits.
pub(crate) use crate::clock::random_hex;

/// A random (version 4) UUID, the form of every Assure id.
pub(crate) use crate::clock::uuid_v4 as uuid;

/// Now as Assure prints it: `YYYY-MM-DDThh:mm:ssZ`.
pub(crate) fn now_utc() -> String {
    let full = crate::clock::now_utc();
    format!("{}Z", full.get(..19).unwrap_or(&full))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids_and_times_have_no_fraction() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        let now = now_utc();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[10] == b'T');
    }
}
