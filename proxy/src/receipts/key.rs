//! An Ed25519 key that signs consent receipts, and its public JWK with a thumbprint `kid`.

use crate::store::StoredReceiptKey;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::signature::{Ed25519KeyPair, KeyPair};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::PrivatePkcs8KeyDer;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A signing key: the PKCS#8 document and what follows from it.
#[derive(Clone)]
pub struct ReceiptKey {
    pkcs8: Vec<u8>,
    /// The public key, base64url (the JWK's `x`).
    x: String,
    kid: String,
}

/// Why a key was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("is not an Ed25519 private key in PKCS#8 (openssl genpkey -algorithm ed25519)")]
pub struct InvalidKey;

impl std::fmt::Debug for ReceiptKey {
    // Never the private key, not even in a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceiptKey").field("kid", &self.kid).finish_non_exhaustive()
    }
}

impl ReceiptKey {
    /// The key in a PKCS#8 document (v1 as OpenSSL writes it, or v2 with the public key).
    pub fn from_pkcs8(der: &[u8]) -> Result<Self, InvalidKey> {
        let pair = Ed25519KeyPair::from_pkcs8_maybe_unchecked(der).map_err(|_| InvalidKey)?;
        let x = URL_SAFE_NO_PAD.encode(pair.public_key().as_ref());
        Ok(Self { pkcs8: der.to_vec(), kid: thumbprint(&x), x })
    }

    /// The key in PEM (`-----BEGIN PRIVATE KEY-----`).
    pub fn from_pem(pem: &str) -> Result<Self, InvalidKey> {
        let der = PrivatePkcs8KeyDer::from_pem_slice(pem.trim().as_bytes()).map_err(|_| InvalidKey)?;
        Self::from_pkcs8(der.secret_pkcs8_der())
    }

    /// A new random key.
    pub fn generate() -> Self {
        let rng = ring::rand::SystemRandom::new();
        // Only fails when the operating system has no randomness, and then nothing works.
        let document = Ed25519KeyPair::generate_pkcs8(&rng).expect("the system's random number generator");
        Self::from_pkcs8(document.as_ref()).expect("ring reads the PKCS#8 it wrote")
    }

    /// The key as the store keeps a generated one.
    pub fn to_stored(&self) -> StoredReceiptKey {
        StoredReceiptKey {
            kid: self.kid.clone(),
            public_key: self.x.clone(),
            private_key: Some(STANDARD.encode(&self.pkcs8)),
        }
    }

    /// A generated key the store kept.
    pub fn from_stored(stored: &StoredReceiptKey) -> Result<Self, InvalidKey> {
        let der =
            stored.private_key.as_deref().map(|k| STANDARD.decode(k)).ok_or(InvalidKey)?.map_err(|_| InvalidKey)?;
        Self::from_pkcs8(&der)
    }

    /// The key's id: its JWK thumbprint (RFC 7638).
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key, base64url.
    pub fn public_key(&self) -> &str {
        &self.x
    }

    /// The key as `jsonwebtoken` signs with it.
    pub fn encoding_key(&self) -> jsonwebtoken::EncodingKey {
        jsonwebtoken::EncodingKey::from_ed_der(&self.pkcs8)
    }
}

/// An Ed25519 public key as a JWK (RFC 8037).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PublicJwk {
    /// Always `OKP`.
    #[schema(example = "OKP")]
    pub kty: String,
    /// Always `Ed25519`.
    #[schema(example = "Ed25519")]
    pub crv: String,
    /// Always `EdDSA`.
    #[schema(example = "EdDSA")]
    pub alg: String,
    /// Always `sig`.
    #[serde(rename = "use")]
    #[schema(example = "sig")]
    pub use_: String,
    /// The key's id, named by the receipts it signed: its JWK thumbprint (RFC 7638).
    pub kid: String,
    /// The public key, base64url.
    pub x: String,
}

impl PublicJwk {
    /// The JWK of a public key (base64url) and its id.
    pub fn ed25519(kid: String, x: String) -> Self {
        Self { kty: "OKP".into(), crv: "Ed25519".into(), alg: "EdDSA".into(), use_: "sig".into(), kid, x }
    }
}

/// RFC 7638: SHA-256 over the required members in lexicographic order, base64url.
fn thumbprint(x: &str) -> String {
    let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 8037, appendix A.1 (private key) and A.3 (its thumbprint).
    const RFC_8037_PEM: &str = "-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g
-----END PRIVATE KEY-----";

    #[test]
    fn the_rfc_key_has_the_rfc_public_key_and_thumbprint() {
        let key = ReceiptKey::from_pem(RFC_8037_PEM).unwrap();
        assert_eq!(key.public_key(), "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
        assert_eq!(key.kid(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    }

    #[test]
    fn a_generated_key_survives_the_store_and_garbage_is_refused() {
        let key = ReceiptKey::generate();
        let again = ReceiptKey::from_stored(&key.to_stored()).unwrap();
        assert_eq!((again.kid(), again.public_key()), (key.kid(), key.public_key()));
        assert_eq!(
            ReceiptKey::from_pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----").err(),
            Some(InvalidKey)
        );
        assert_eq!(ReceiptKey::from_pem("").err(), Some(InvalidKey));
        let public_only = StoredReceiptKey { private_key: None, ..key.to_stored() };
        assert_eq!(ReceiptKey::from_stored(&public_only).err(), Some(InvalidKey));
    }
}
