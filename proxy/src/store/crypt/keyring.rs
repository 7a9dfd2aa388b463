//! The key-encryption keys (KEKs): the current one wraps new data keys, previous ones (during a
//! rotation) still unwrap the data keys they wrapped.

use super::{open, seal, DataKey, StoreError};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use zeroize::Zeroizing;

/// One key-encryption key and its id (stored beside each data key it wraps).
#[derive(Clone)]
pub struct Kek {
    id: String,
    key: Arc<Zeroizing<[u8; 32]>>,
}

impl Kek {
    /// A KEK from its base64 form (32 bytes, as `openssl rand -base64 32` prints); `None` for
    /// anything else.
    pub fn from_base64(text: &str) -> Option<Self> {
        let raw = Zeroizing::new(base64::engine::general_purpose::STANDARD.decode(text.trim()).ok()?);
        let key: [u8; 32] = raw.as_slice().try_into().ok()?;
        Some(Self::from_bytes(key))
    }

    /// A KEK from its 32 bytes.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        // A hash of the key names it without revealing anything usable about it.
        let digest = Sha256::new().chain_update(b"kyc-onboarding kek id").chain_update(key).finalize();
        Self { id: format!("kek-{}", hex::encode(&digest[..8])), key: Arc::new(Zeroizing::new(key)) }
    }

    /// The id stored with the data keys it wraps.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl std::fmt::Debug for Kek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kek").field("id", &self.id).finish_non_exhaustive()
    }
}

/// The current KEK and the previous ones still accepted; cheap to clone.
#[derive(Clone, Debug)]
pub struct Keyring {
    current: Kek,
    previous: Vec<Kek>,
}

impl Keyring {
    /// A keyring that wraps with `current` and also unwraps with `previous`.
    pub fn new(current: Kek, previous: Vec<Kek>) -> Self {
        Self { current, previous }
    }

    /// A fixed, published key: for tests only.
    pub fn for_tests() -> Self {
        Self::new(Kek::from_bytes([0x42; 32]), Vec::new())
    }

    /// The current KEK's id.
    pub fn current_id(&self) -> &str {
        self.current.id()
    }

    /// `key` wrapped by the current KEK for `session`: the KEK's id and the wrapped bytes.
    pub(crate) fn wrap(&self, session: i64, key: &DataKey) -> Result<(String, Vec<u8>), StoreError> {
        let wrapped = seal(&self.current.key, &wrap_aad(session), key.0.as_slice())?;
        Ok((self.current.id.clone(), wrapped))
    }

    /// The data key of `session` that the KEK `kek_id` wrapped.
    pub(crate) fn unwrap(&self, session: i64, kek_id: &str, wrapped: &[u8]) -> Result<DataKey, StoreError> {
        let kek = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == kek_id)
            .ok_or(StoreError::Crypt("a data key is wrapped by a key this proxy does not have"))?;
        let raw = Zeroizing::new(open(&kek.key, &wrap_aad(session), wrapped)?);
        let key: [u8; 32] = raw.as_slice().try_into().map_err(|_| StoreError::Crypt("bad data key length"))?;
        Ok(DataKey(Zeroizing::new(key)))
    }
}

/// A wrapped data key is bound to its session: it cannot be copied to another.
fn wrap_aad(session: i64) -> Vec<u8> {
    format!("kyc/session_keys/{session}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_previous_key_still_unwraps_and_an_unknown_one_does_not() {
        let a = Kek::from_bytes([1; 32]);
        let b = Kek::from_bytes([2; 32]);
        assert_ne!(a.id(), b.id());
        let key = DataKey::random();
        let (id, wrapped) = Keyring::new(a.clone(), vec![]).wrap(3, &key).unwrap();
        let rotated = Keyring::new(b.clone(), vec![a.clone()]);
        assert_eq!(*rotated.unwrap(3, &id, &wrapped).unwrap().0, *key.0);
        assert!(rotated.unwrap(4, &id, &wrapped).is_err(), "bound to its session");
        assert!(Keyring::new(b, vec![]).unwrap(3, &id, &wrapped).is_err());
        assert!(Kek::from_base64("c2hvcnQ=").is_none());
        assert!(!format!("{a:?}").contains("key:"), "Debug shows only the id");
    }
}
