//! TLS to the PostgreSQL server, as the URL's `sslmode` asks (`prefer` by default, `require` to
//! refuse a plain connection), verified against the operating system's certificate store like
//! the providers' APIs.

use crate::store::StoreError;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// The connector for every connection of a pool.
// ring, as reqwest here uses: aws-lc-rs (the post-quantum default) would add a C build for the
// one connection that already sits inside the operator's network.
#[allow(deprecated)]
pub fn connector() -> Result<MakeRustlsConnect, StoreError> {
    let mut roots = rustls::RootCertStore::empty();
    // Certificates the store cannot parse are skipped, as reqwest does.
    let native = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(native.certs);
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Config(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}
