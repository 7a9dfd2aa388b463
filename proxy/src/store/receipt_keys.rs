//! The keys that sign consent receipts. A key the proxy generated is kept whole (so that every
//! instance on one database signs with the same key); of a configured key only the public
//! part. Every key stays listed after it is replaced: receipts it signed must keep verifying.

use super::{Optional, Store, StoreError};
use crate::params;

/// A receipt key as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReceiptKey {
    /// Its JWK thumbprint (RFC 7638), the `kid` of the receipts it signs.
    pub kid: String,
    /// The Ed25519 public key, base64url (the JWK's `x`).
    pub public_key: String,
    /// The PKCS#8 document, base64, of a key the proxy generated; `None` for a configured key.
    pub private_key: Option<String>,
}

impl Store {
    /// The generated key the instances sign with: the oldest one not retired, or `candidate`,
    /// stored now, when there is none. Instances starting together agree on one (a write
    /// transaction at a time on SQLite, serializable on PostgreSQL).
    pub async fn receipt_key_shared(
        &self,
        candidate: StoredReceiptKey,
        now: String,
    ) -> Result<StoredReceiptKey, StoreError> {
        self.call(move |c| {
            let found = c
                .query_row(
                    "SELECT kid, public_key, private_key FROM receipt_keys
                     WHERE private_key IS NOT NULL AND retired_at IS NULL ORDER BY created_at, kid LIMIT 1",
                    params![],
                    |r| Ok(StoredReceiptKey { kid: r.get(0)?, public_key: r.get(1)?, private_key: r.get(2)? }),
                )
                .optional()?;
            if let Some(found) = found {
                return Ok(found);
            }
            c.execute(
                "INSERT INTO receipt_keys (kid, public_key, private_key, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![candidate.kid, candidate.public_key, candidate.private_key, now],
            )?;
            Ok(candidate.clone())
        })
        .await
    }

    /// Lists a configured key's public part among the published keys, once.
    pub async fn receipt_key_publish(&self, kid: String, public_key: String, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO receipt_keys (kid, public_key, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (kid) DO NOTHING",
                params![kid, public_key, now],
            )?;
            Ok(())
        })
        .await
    }

    /// Every key that signed or signs receipts, oldest first: kid and public key.
    pub async fn receipt_keys_published(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.read(|c| {
            c.query_map("SELECT kid, public_key FROM receipt_keys ORDER BY created_at, kid", params![], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
        })
        .await
    }
}
