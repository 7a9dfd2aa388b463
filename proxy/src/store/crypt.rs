//! Encryption at rest (envelope encryption). Each session has a random 256-bit data key that
//! seals its personal data and pictures (AES-256-GCM, a random nonce per value, the table,
//! column and row bound as associated data so that a sealed value cannot be moved to another
//! row or column). The data key is stored only wrapped (AES-256-GCM again) by the deployment's
//! key-encryption key (KEK) and the KEK's id; erasing the wrapped key makes whatever ciphertext
//! is left of the session (a backup) unreadable. The KEK never reaches the database.

mod keyring;
mod session_keys;
#[cfg(test)]
mod tests;

pub use keyring::{Kek, Keyring};

use super::StoreError;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use rand::RngCore;
use zeroize::Zeroizing;

/// What starts a sealed text value (then base64 of nonce and ciphertext) and a sealed blob
/// (then the raw nonce and ciphertext). Plain JSON starts with `{`, `[` or `n`, a JPEG with
/// 0xFF and a PNG with 0x89: values written before encryption are told apart by it.
const SEALED: &str = "enc:v1:";

/// AES-GCM's nonce length.
const NONCE: usize = 12;

/// A session's data key, wiped from memory when dropped.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    /// A fresh random key.
    pub(crate) fn random() -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self(key)
    }

    /// Seals `text` as the value of `field` (`table.column`) in the row of `session`/`row`.
    pub fn seal_text(&self, field: &str, session: i64, row: &str, text: &str) -> Result<String, StoreError> {
        let sealed = seal(&self.0, &aad(field, session, row), text.as_bytes())?;
        Ok(format!("{SEALED}{}", base64::engine::general_purpose::STANDARD.encode(sealed)))
    }

    /// The text of a value [`DataKey::seal_text`] sealed with the same field and row.
    pub fn open_text(&self, field: &str, session: i64, row: &str, sealed: &str) -> Result<String, StoreError> {
        let raw = sealed
            .strip_prefix(SEALED)
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .ok_or(StoreError::Crypt("sealed value is malformed"))?;
        let plain = open(&self.0, &aad(field, session, row), &raw)?;
        String::from_utf8(plain).map_err(|_| StoreError::Crypt("sealed text is not UTF-8"))
    }

    /// Seals bytes (a picture).
    pub fn seal_bytes(&self, field: &str, session: i64, row: &str, bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
        let mut out = SEALED.as_bytes().to_vec();
        out.extend(seal(&self.0, &aad(field, session, row), bytes)?);
        Ok(out)
    }

    /// The bytes of a value [`DataKey::seal_bytes`] sealed with the same field and row.
    pub fn open_bytes(&self, field: &str, session: i64, row: &str, sealed: &[u8]) -> Result<Vec<u8>, StoreError> {
        let raw = sealed.strip_prefix(SEALED.as_bytes()).ok_or(StoreError::Crypt("sealed value is malformed"))?;
        open(&self.0, &aad(field, session, row), raw)
    }
}

/// Whether a stored text value is sealed (else it was written before encryption).
pub fn is_sealed_text(value: &str) -> bool {
    value.starts_with(SEALED)
}

/// Whether stored bytes are sealed.
pub fn is_sealed_bytes(value: &[u8]) -> bool {
    value.starts_with(SEALED.as_bytes())
}

/// What a sealed value is bound to: its column and row.
fn aad(field: &str, session: i64, row: &str) -> Vec<u8> {
    format!("kyc/{field}/{session}/{row}").into_bytes()
}

/// `nonce || ciphertext-with-tag` of `plain` under `key`.
fn seal(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| StoreError::Crypt("bad key length"))?;
    let mut nonce = [0u8; NONCE];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Crypt("encryption failed"))?;
    Ok([nonce.as_slice(), &sealed].concat())
}

/// The plaintext of [`seal`]'s output; fails for another key, another `aad` or any change.
fn open(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, StoreError> {
    if sealed.len() < NONCE {
        return Err(StoreError::Crypt("sealed value is too short"));
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE);
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| StoreError::Crypt("bad key length"))?;
    cipher
        .decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad })
        .map_err(|_| StoreError::Crypt("a sealed value did not open (wrong key or moved value)"))
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_with_its_key_in_its_own_row() {
        let key = DataKey::random();
        let sealed = key.seal_text("persons.data", 7, "", "{\"first_name\":\"Zyxwvutsrq\"}").unwrap();
        assert!(is_sealed_text(&sealed) && !sealed.contains("Zyxwvutsrq"));
        assert_eq!(key.open_text("persons.data", 7, "", &sealed).unwrap(), "{\"first_name\":\"Zyxwvutsrq\"}");
        assert!(key.open_text("persons.data", 8, "", &sealed).is_err(), "another session's row");
        assert!(key.open_text("drafts.data", 7, "", &sealed).is_err(), "another column");
        assert!(DataKey::random().open_text("persons.data", 7, "", &sealed).is_err(), "another key");
        let bytes = key.seal_bytes("captures.bytes", 7, "selfie", &[0xFF, 0xD8, 1, 2]).unwrap();
        assert!(is_sealed_bytes(&bytes));
        assert_eq!(key.open_bytes("captures.bytes", 7, "selfie", &bytes).unwrap(), [0xFF, 0xD8, 1, 2]);
        assert!(key.open_bytes("captures.bytes", 7, "document_front", &bytes).is_err(), "another slot");
    }
}
