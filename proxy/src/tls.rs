//! The proxy's own TLS listener (`KYC_TLS_CERT`, `KYC_TLS_KEY`): rustls with ring, as for
//! PostgreSQL, with rustls's safe default protocol versions, HTTP/2 and HTTP/1.1 by ALPN. The
//! files are read once at start: a renewed certificate takes a restart.

use crate::config::TlsFiles;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::sync::Arc;

/// The server configuration of the certificate chain and key in `files`; the error names the
/// file that could not be used.
// ring, as for PostgreSQL and reqwest: aws-lc-rs (rustls's post-quantum default) would add a C
// build to the proxy.
#[allow(deprecated)]
pub fn server_config(files: &TlsFiles) -> Result<rustls::ServerConfig, Box<dyn std::error::Error + Send + Sync>> {
    let named = |path: &std::path::Path, err: &dyn std::fmt::Display| format!("{}: {err}", path.display());
    let certs = CertificateDer::pem_file_iter(&files.cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|err| named(&files.cert, &err))?;
    if certs.is_empty() {
        return Err(named(&files.cert, &"no certificate in the file").into());
    }
    let key = PrivateKeyDer::from_pem_file(&files.key).map_err(|err| named(&files.key, &err))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|err| named(&files.key, &err))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}
