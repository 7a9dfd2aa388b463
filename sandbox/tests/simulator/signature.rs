//! The signature format, checked against HMAC written out from its definition.

use kyc_sandbox::sign;
use sha2::{Digest, Sha256};

pub const SECRET: &str = "whsec-test";

/// HMAC-SHA256 written out from its definition (RFC 2104), independent of the `hmac` crate.
pub fn reference_hmac(key: &[u8], message: &[u8]) -> String {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(message).finalize();
    let outer = Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize();
    hex::encode(outer)
}

#[test]
fn the_signature_is_sha256_and_the_hex_hmac_of_the_exact_body() {
    let body = br#"{"id":"1cidt","status":"successful"}"#;
    assert_eq!(sign(SECRET, body), format!("sha256={}", reference_hmac(SECRET.as_bytes(), body)));
    let long_key = "k".repeat(100);
    assert_eq!(sign(&long_key, b""), format!("sha256={}", reference_hmac(long_key.as_bytes(), b"")));
    // RFC 4231, test case 2.
    assert_eq!(
        reference_hmac(b"Jefe", b"what do ya want for nothing?"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}
