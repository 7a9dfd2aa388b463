//! How long a browser keeps each static file. trunk names the wasm, its glue and the style
//! sheet by a hash of their content: a new build is a new name, so those are kept for a year
//! and never asked for again. The others keep their names across builds (`boot.js`, the
//! embed loader, the providers' return pages): `no-cache` with a strong `ETag`, so a returning
//! browser asks and gets a `304` without a body while they are unchanged. The tags are made
//! once at start-up from the files' bytes, as the pages are read once ([`crate::spa`]).

use super::encoding::Encoding;
use super::validators::Tag;
use axum::extract::{Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, ETAG, IF_MODIFIED_SINCE, VARY};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// A hashed file: a year, and no revalidation while it lasts.
pub const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
/// A file under a lasting name: kept, but asked for again each time.
pub const NO_CACHE: HeaderValue = HeaderValue::from_static("no-cache");
/// Every file and page has encodings to choose from.
pub const ACCEPT_ENCODING: HeaderValue = HeaderValue::from_static("accept-encoding");

/// Whether a file name carries trunk's content hash: `name-<hash>` before the extension, with
/// `_bg` after it for the wasm (`kyc-onboarding-0123456789abcdef_bg.wasm`). The hash is a 64-bit
/// number in lower-case hex without leading zeros (`capture-545fdb9cad185c3.css`): 16 digits
/// or a few fewer; the unhashed names (`kyc-embed.js`, `ident-return.css`) end in words.
pub fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The tags of the unhashed files of the build, by URL path (`/boot.js`).
#[derive(Debug, Default)]
pub struct StaticFiles {
    tags: HashMap<String, Tag>,
}

impl StaticFiles {
    /// Reads every unhashed file of `dist` (none before the first build). The precompressed
    /// siblings are the same content; the two pages are answered by their handlers.
    pub fn load(dist: &Path) -> Self {
        let files = super::compress::files_under(dist).unwrap_or_default();
        let tags = files
            .into_iter()
            .filter_map(|path| {
                let relative = path.strip_prefix(dist).ok()?.to_str()?.replace('\\', "/");
                let name = relative.rsplit('/').next()?;
                let sibling = name.ends_with(".br") || name.ends_with(".gz");
                let page = kyc_core::Bundle::ALL.iter().any(|&b| relative == super::bundle_file(b, "index.html"));
                if sibling || page || is_hashed(name) {
                    return None;
                }
                let bytes = std::fs::read(&path).ok()?;
                Some((format!("/{relative}"), Tag::of(&[&bytes])))
            })
            .collect();
        Self { tags }
    }
}

/// Middleware around the static files: their cache headers, and `304` for a browser that
/// holds an unchanged unhashed file. A path that is no file of the build (the SPA's routes, which
/// fall back to a page with headers of its own) passes untouched.
pub async fn files_pass(State(files): State<Arc<StaticFiles>>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let hashed = is_hashed(path.rsplit('/').next().unwrap_or_default());
    let tag = files.tags.get(path).cloned();
    if let Some(tag) = &tag {
        if req.method() == Method::GET && tag.matched_by(req.headers()) {
            let encoding = Encoding::negotiate(req.headers());
            let headers = [(ETAG, tag.header(encoding)), (CACHE_CONTROL, NO_CACHE), (VARY, ACCEPT_ENCODING)];
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        // The tag decides (RFC 9110 13.2.2): a changed file with an older date is still changed.
        req.headers_mut().remove(IF_MODIFIED_SINCE);
    }
    let mut response = next.run(req).await;
    let served = matches!(response.status(), StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED);
    if !served || response.headers().contains_key(CACHE_CONTROL) {
        return response;
    }
    let encoding = Encoding::of_header(response.headers().get(CONTENT_ENCODING));
    let headers = response.headers_mut();
    match (&tag, hashed) {
        (Some(tag), _) => {
            headers.insert(ETAG, tag.header(encoding));
            headers.insert(CACHE_CONTROL, NO_CACHE);
        }
        (None, true) => {
            headers.insert(CACHE_CONTROL, IMMUTABLE);
        }
        (None, false) => return response,
    }
    headers.insert(VARY, ACCEPT_ENCODING);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_trunks_hashed_names_count_as_hashed() {
        assert!(is_hashed("kyc-onboarding-0123456789abcdef.js"));
        assert!(is_hashed("kyc-onboarding-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("main-a1b2c3d4e5f60718.css"));
        assert!(is_hashed("main-a1b2c3d4e5f60718.css.br"));
        assert!(is_hashed("capture-545fdb9cad185c3.css"));
        // The app's texts (`kyc-texts`): a 64-bit hash in 16 digits.
        assert!(is_hashed("rest-de-03c405e18b7e1d0c.txt"));
        assert!(!is_hashed("boot.js"));
        assert!(!is_hashed("kyc-embed.js"));
        assert!(!is_hashed("provider-return.js"));
        assert!(!is_hashed("main-A1B2C3D4E5F60718.css"));
        assert!(!is_hashed("main-a1b2c3d4.css"));
        assert!(!is_hashed("bank-return.html"));
        assert!(!is_hashed("main-0123456789abcdef0.css"));
    }
}
