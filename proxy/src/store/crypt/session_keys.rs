//! The sessions' wrapped data keys (table `session_keys`), read and created inside the
//! transaction or read that uses them.

use super::{is_sealed_text, DataKey, Keyring, StoreError};
use crate::params;
use crate::store::{Conn, Optional};

impl Keyring {
    /// The data key of `session`, if it has one.
    pub(crate) fn session_key(&self, c: &mut Conn<'_>, session: i64) -> Result<Option<DataKey>, StoreError> {
        let row: Option<(String, Vec<u8>)> = c
            .query_row("SELECT kek_id, wrapped FROM session_keys WHERE session_id = ?1", params![session], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        row.map(|(kek, wrapped)| self.unwrap(session, &kek, &wrapped)).transpose()
    }

    /// The data key of `session`, made (and stored wrapped) at its first use.
    pub(crate) fn session_key_or_new(&self, c: &mut Conn<'_>, session: i64) -> Result<DataKey, StoreError> {
        if let Some(key) = self.session_key(c, session)? {
            return Ok(key);
        }
        let key = DataKey::random();
        let (kek, wrapped) = self.wrap(session, &key)?;
        // Two first writes at once: PostgreSQL makes the later transaction retry, and it then
        // finds the first one's key.
        c.execute(
            "INSERT INTO session_keys (session_id, kek_id, wrapped, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![session, kek, wrapped, crate::clock::now().to_string()],
        )?;
        Ok(key)
    }

    /// Seals a text value of `field` in `session`'s row, making the session's key if needed.
    pub(crate) fn seal_text(
        &self,
        c: &mut Conn<'_>,
        session: i64,
        field: &str,
        row: &str,
        text: &str,
    ) -> Result<String, StoreError> {
        self.session_key_or_new(c, session)?.seal_text(field, session, row, text)
    }

    /// The text of a stored value: opened when sealed, as it is when written before encryption
    /// (it is sealed at its next write, or by `kyc-proxy keys rewrap`).
    pub(crate) fn open_text(
        &self,
        c: &mut Conn<'_>,
        session: i64,
        field: &str,
        row: &str,
        stored: String,
    ) -> Result<String, StoreError> {
        if !is_sealed_text(&stored) {
            return Ok(stored);
        }
        let key = self.session_key(c, session)?.ok_or(StoreError::Erased)?;
        key.open_text(field, session, row, &stored)
    }

    /// Seals a picture.
    pub(crate) fn seal_bytes(
        &self,
        c: &mut Conn<'_>,
        session: i64,
        field: &str,
        row: &str,
        bytes: &[u8],
    ) -> Result<Vec<u8>, StoreError> {
        self.session_key_or_new(c, session)?.seal_bytes(field, session, row, bytes)
    }

    /// The bytes of a stored picture: opened when sealed, as they are when written before.
    pub(crate) fn open_bytes(
        &self,
        c: &mut Conn<'_>,
        session: i64,
        field: &str,
        row: &str,
        stored: Vec<u8>,
    ) -> Result<Vec<u8>, StoreError> {
        if !super::is_sealed_bytes(&stored) {
            return Ok(stored);
        }
        let key = self.session_key(c, session)?.ok_or(StoreError::Erased)?;
        key.open_bytes(field, session, row, &stored)
    }
}
