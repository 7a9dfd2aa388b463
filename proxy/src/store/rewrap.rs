//! `kyc-proxy keys rewrap`: every session's data key wrapped again by the current key-encryption
//! key (after which the previous one can be removed), and every value still in plaintext from
//! before encryption at rest sealed.

use super::crypt::{is_sealed_bytes, is_sealed_text, Keyring};
use super::{Conn, Optional, Store, StoreError};
use crate::params;

/// The sealed text columns keyed by `session_id`: table, column, and the field name their
/// values are bound to.
const TEXT_FIELDS: &[(&str, &str, &str)] = &[
    ("persons", "data", "persons.data"),
    ("persons", "verified_data", "persons.verified_data"),
    ("persons", "address_check", "persons.address_check"),
    ("drafts", "data", "drafts.data"),
];

/// Data keys (or sessions) handled per transaction: short transactions beside live traffic.
const BATCH: i64 = 200;

/// What a rewrap did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Rewrapped {
    /// Data keys wrapped again by the current key.
    pub keys: usize,
    /// Values written before encryption at rest, now sealed.
    pub values: usize,
}

impl Store {
    /// Wraps every data key that an older key wraps with the current one, then seals what is
    /// still in plaintext. Fails (having done part of the work, which a rerun continues) when a
    /// data key is wrapped by a key this proxy was not given.
    pub async fn data_keys_rewrap(&self) -> Result<Rewrapped, StoreError> {
        let mut done = Rewrapped::default();
        loop {
            let keys = self.keys.clone();
            let n = self.call(move |c| rewrap_batch(c, &keys)).await?;
            if n == 0 {
                break;
            }
            done.keys += n;
        }
        let mut after = 0i64;
        loop {
            let ids: Vec<i64> = self
                .read(move |c| {
                    c.query_map(
                        "SELECT id FROM sessions WHERE id > ?1 ORDER BY id LIMIT ?2",
                        params![after, BATCH],
                        |r| r.get(0),
                    )
                })
                .await?;
            let Some(&last) = ids.last() else { break };
            for id in ids {
                let keys = self.keys.clone();
                done.values += self.call(move |c| seal_plaintext(c, &keys, id)).await?;
            }
            after = last;
        }
        Ok(done)
    }
}

/// Re-wraps up to [`BATCH`] data keys (the sessions', then the evidence's own) that are not
/// wrapped by the current key.
fn rewrap_batch(c: &mut Conn<'_>, keys: &Keyring) -> Result<usize, StoreError> {
    let done = rewrap_table(c, keys, "session_keys")?;
    if done > 0 {
        return Ok(done);
    }
    rewrap_table(c, keys, "evidence")
}

fn rewrap_table(c: &mut Conn<'_>, keys: &Keyring, table: &str) -> Result<usize, StoreError> {
    let rows: Vec<(i64, String, Vec<u8>)> = c.query_map(
        &format!("SELECT session_id, kek_id, wrapped FROM {table} WHERE kek_id <> ?1 ORDER BY session_id LIMIT ?2"),
        params![keys.current_id(), BATCH],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    for (session, kek, wrapped) in &rows {
        let key = keys.unwrap(*session, kek, wrapped)?;
        let (kek, wrapped) = keys.wrap(*session, &key)?;
        c.execute(
            &format!("UPDATE {table} SET kek_id = ?2, wrapped = ?3 WHERE session_id = ?1"),
            params![session, kek, wrapped],
        )?;
    }
    Ok(rows.len())
}

/// Seals the session's values that were written before encryption at rest; how many.
fn seal_plaintext(c: &mut Conn<'_>, keys: &Keyring, session: i64) -> Result<usize, StoreError> {
    let mut sealed = 0;
    for (table, column, field) in TEXT_FIELDS {
        let select = format!("SELECT {column} FROM {table} WHERE session_id = ?1");
        let stored: Option<Option<String>> = c.query_row(&select, params![session], |r| r.get(0)).optional()?;
        if let Some(text) = stored.flatten().filter(|t| !is_sealed_text(t)) {
            let value = keys.seal_text(c, session, field, "", &text)?;
            c.execute(&format!("UPDATE {table} SET {column} = ?2 WHERE session_id = ?1"), params![session, value])?;
            sealed += 1;
        }
    }
    let locked: String = c.query_row("SELECT locked FROM sessions WHERE id = ?1", params![session], |r| r.get(0))?;
    if !is_sealed_text(&locked) && locked != "{}" {
        let value = keys.seal_text(c, session, "sessions.locked", "", &locked)?;
        c.execute("UPDATE sessions SET locked = ?2 WHERE id = ?1", params![session, value])?;
        sealed += 1;
    }
    let pictures: Vec<(String, Vec<u8>)> =
        c.query_map("SELECT slot, bytes FROM captures WHERE session_id = ?1", params![session], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    for (slot, bytes) in pictures.into_iter().filter(|(_, b)| !is_sealed_bytes(b)) {
        let value = keys.seal_bytes(c, session, "captures.bytes", &slot, &bytes)?;
        c.execute("UPDATE captures SET bytes = ?3 WHERE session_id = ?1 AND slot = ?2", params![session, slot, value])?;
        sealed += 1;
    }
    Ok(sealed)
}
