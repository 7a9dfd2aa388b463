//! Random identifiers and codes the simulated Xpollens hands out.

use rand::distributions::{Alphanumeric, DistString};
use rand::Rng;

/// `bytes` random bytes as hex digits.
pub(crate) fn random_hex(bytes: usize, upper: bool) -> String {
    let raw: Vec<u8> = (0..bytes).map(|_| rand::thread_rng().gen()).collect();
    let hex = hex::encode(raw);
    if upper {
        hex.to_ascii_uppercase()
    } else {
        hex
    }
}

/// `len` random letters and digits.
pub(crate) fn random_code(len: usize) -> String {
    Alphanumeric.sample_string(&mut rand::thread_rng(), len)
}
