//! Consent receipts: each consent given or withdrawn, stated as a compact JWS signed by the
//! proxy with Ed25519 (EdDSA), so that a product team can later prove which text was accepted
//! and when. The public keys are published as a JWKS (`GET /partner/v1/receipt-keys`).
//!
//! The key is `KYC_RECEIPT_KEY` (or the file `KYC_RECEIPT_KEY_FILE`) when configured; otherwise
//! one is generated and kept in the store, so that every instance on one database signs with
//! it. Every key that ever signed stays published. Receipts are signed when they are read:
//! Ed25519 is deterministic, so the same event gives the same receipt under the same key.

mod claims;
mod key;

pub use claims::ReceiptClaims;
pub use key::{InvalidKey, PublicJwk, ReceiptKey};

use crate::error::AppError;
use crate::settings::ConfigError;
use crate::store::{Store, StoreError};
use serde::Serialize;
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

/// The `typ` of a receipt's header (explicit typing, RFC 8725 section 3.11).
pub const RECEIPT_TYPE: &str = "kyc-consent-receipt+jwt";

/// The signing key of this instance, resolved once.
pub struct Receipts {
    configured: Option<ReceiptKey>,
    signing: OnceCell<ReceiptKey>,
}

/// The published keys (`GET /partner/v1/receipt-keys`), RFC 7517.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Jwks {
    /// Every key that signed receipts, the current one included.
    pub keys: Vec<PublicJwk>,
}

impl Receipts {
    /// Signs with `configured`, or with the store's generated key when `None`.
    pub fn new(configured: Option<ReceiptKey>) -> Self {
        Self { configured, signing: OnceCell::new() }
    }

    /// The key from `KYC_RECEIPT_KEY` (PEM) or `KYC_RECEIPT_KEY_FILE` (a PEM file), if either is set.
    pub fn configured(get: &impl Fn(&str) -> Option<String>) -> Result<Option<ReceiptKey>, ConfigError> {
        let set = |name| get(name).filter(|v| !v.trim().is_empty());
        let (name, pem) = match (set("KYC_RECEIPT_KEY"), set("KYC_RECEIPT_KEY_FILE")) {
            (None, None) => return Ok(None),
            (Some(_), Some(_)) => {
                return Err(ConfigError::new("KYC_RECEIPT_KEY_FILE", "set it or KYC_RECEIPT_KEY, not both"))
            }
            (Some(pem), None) => ("KYC_RECEIPT_KEY", pem),
            (None, Some(path)) => {
                let pem = std::fs::read_to_string(&path)
                    .map_err(|e| ConfigError::new("KYC_RECEIPT_KEY_FILE", format!("{path}: {e}")))?;
                ("KYC_RECEIPT_KEY_FILE", pem)
            }
        };
        ReceiptKey::from_pem(&pem).map(Some).map_err(|e| ConfigError::new(name, e.to_string()))
    }

    /// The key this instance signs with; the first call lists it in the store (a configured
    /// key) or takes the store's (generated on the first start).
    async fn key(&self, store: &Store) -> Result<&ReceiptKey, StoreError> {
        self.signing
            .get_or_try_init(|| async {
                let now = crate::clock::now().to_string();
                match &self.configured {
                    Some(key) => {
                        store.receipt_key_publish(key.kid().to_owned(), key.public_key().to_owned(), now).await?;
                        Ok(key.clone())
                    }
                    None => {
                        let stored = store.receipt_key_shared(ReceiptKey::generate().to_stored(), now).await?;
                        ReceiptKey::from_stored(&stored).map_err(|_| StoreError::Column(2, "an Ed25519 PKCS#8 key"))
                    }
                }
            })
            .await
    }

    /// The compact JWS of `claims`.
    pub async fn sign(&self, store: &Store, claims: &ReceiptClaims) -> Result<String, AppError> {
        let key = self.key(store).await?;
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::EdDSA);
        header.kid = Some(key.kid().to_owned());
        header.typ = Some(RECEIPT_TYPE.to_owned());
        jsonwebtoken::encode(&header, claims, &key.encoding_key()).map_err(|e| {
            tracing::error!(error = %e, "signing a consent receipt");
            AppError::Internal
        })
    }

    /// Every key that signed receipts, this instance's included.
    pub async fn published(&self, store: &Store) -> Result<Jwks, AppError> {
        self.key(store).await?;
        let keys = store.receipt_keys_published().await?;
        Ok(Jwks { keys: keys.into_iter().map(|(kid, x)| PublicJwk::ed25519(kid, x)).collect() })
    }
}

/// SHA-256 of a consent text's bytes, lowercase hex: what `sha256sum` prints for its file.
pub fn text_sha256(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configured(pairs: &[(&str, &str)]) -> Result<Option<ReceiptKey>, ConfigError> {
        Receipts::configured(&|name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn the_key_comes_from_the_variable_or_its_file_and_a_bad_one_stops_the_start() {
        assert!(configured(&[]).unwrap().is_none());
        let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n";
        let key = configured(&[("KYC_RECEIPT_KEY", pem)]).unwrap().unwrap();
        let path = std::env::temp_dir().join(format!("kyc-receipt-key-{}.pem", std::process::id()));
        std::fs::write(&path, pem).unwrap();
        let from_file = configured(&[("KYC_RECEIPT_KEY_FILE", path.to_str().unwrap())]).unwrap().unwrap();
        let _ = std::fs::remove_file(&path);
        assert_eq!(from_file.kid(), key.kid());
        assert_eq!(configured(&[("KYC_RECEIPT_KEY", "secret")]).err().unwrap().name, "KYC_RECEIPT_KEY");
        let both = configured(&[("KYC_RECEIPT_KEY", pem), ("KYC_RECEIPT_KEY_FILE", "/x")]);
        assert_eq!(both.err().unwrap().name, "KYC_RECEIPT_KEY_FILE");
        let missing = configured(&[("KYC_RECEIPT_KEY_FILE", "/nonexistent/key.pem")]);
        assert_eq!(missing.err().unwrap().name, "KYC_RECEIPT_KEY_FILE");
    }

    #[test]
    fn a_text_hash_is_what_sha256sum_prints() {
        assert_eq!(text_sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
