//! The built SPA on the wire: every compressible file has Brotli and gzip siblings made at build
//! time ([`compress`], `kyc-proxy assets compress DIR`), which tower-http's `ServeDir` sends by
//! the browser's `Accept-Encoding` ([`encoding`]); hashed files are kept for a year, the others
//! and the pages are revalidated by their `ETag`s ([`cache`], [`validators`], [`page`]).

pub mod cache;
pub mod compress;
pub mod encoding;
pub mod page;
pub mod validators;

/// `file` of `bundle`'s page in the build (`rest/index.html`).
pub fn bundle_file(bundle: kyc_core::Bundle, file: &str) -> String {
    match bundle.dir() {
        "" => file.to_owned(),
        dir => format!("{dir}/{file}"),
    }
}

/// `kyc-proxy assets compress DIR`: writes the siblings and says what they save.
pub fn compress_command(dir: &std::path::Path) -> Result<(), std::io::Error> {
    let done = compress::compress_dir(dir)?;
    println!(
        "{}: {} files compressed ({} → {} bytes at best), {} left as they are",
        dir.display(),
        done.files,
        done.bytes_before,
        done.bytes_after,
        done.skipped
    );
    Ok(())
}
