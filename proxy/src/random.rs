//! Random identifiers: the public ids of sessions, teams, keys, webhook endpoints and events.

use rand::RngCore;

/// `bytes` random bytes in hex.
pub fn hex(bytes: usize) -> String {
    let mut raw = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut raw);
    hex::encode(raw)
}
