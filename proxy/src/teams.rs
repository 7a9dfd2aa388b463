//! Product teams as tenants. Each has its own API keys (stored hashed, several valid at once,
//! revocable), its own sessions (another team's are not found) and its own policy, which
//! overrides the deployment's variables; every partner action and operator change goes into
//! the team's audit trail. The deployment's own team, [`DEPLOYMENT`], holds the sessions the
//! app makes itself and answers to the keys of `KYC_PARTNER_API_KEYS`.

pub mod audit;
pub mod operator;
pub mod policy;
pub mod retention;

pub use policy::{Applied, TeamPolicy};
pub use retention::Retention;

use crate::random;
use sha2::{Digest, Sha256};

/// The deployment's own team.
pub const DEPLOYMENT: &str = "deployment";

/// A new team id.
pub fn new_team_id() -> String {
    format!("team_{}", random::hex(8))
}

/// A new key: its id (shown in lists and the audit trail) and the key itself (shown once).
pub fn new_key() -> (String, String) {
    (format!("key_{}", random::hex(8)), format!("kyc_{}", random::hex(32)))
}

/// How a key is stored and looked up: its SHA-256, in hex. Only the hash of what a caller
/// presents is compared, so the comparison's time says nothing about the key.
pub fn key_hash(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}
