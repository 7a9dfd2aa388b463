//! The body of an HTML page the proxy makes ([`crate::spa`]): negotiated like the static files,
//! `no-cache` with a strong `ETag`, `304` for a browser that holds it. The page has no nonce (its
//! Content-Security-Policy lists script hashes), so it is the same for every request but for a
//! partner session's additions, and the tag covers those headers too.

use super::cache::NO_CACHE;
use super::encoding::{Effort, Encoding};
use super::validators::Tag;
use axum::body::Bytes;
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, ETAG, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::{Arc, OnceLock};

/// A page differs by its encoding and by its language (the frame the proxy writes in it).
const VARYING: HeaderValue = HeaderValue::from_static("accept-encoding, accept-language");

/// A page's bytes, with its encodings at the encoders' best once first asked for.
#[derive(Debug, Clone)]
pub struct PageBody {
    identity: Bytes,
    /// Whether the encodings are made at the encoders' best and kept, or quickly per request.
    kept: bool,
    /// Brotli and gzip, each when smaller than the page: made on the first request that takes
    /// one, then shared by every copy of the body.
    encoded: Arc<OnceLock<[Option<Bytes>; 2]>>,
    tag: Tag,
}

impl PageBody {
    /// The page `html` served with `varying` (the headers that change with it), its encodings
    /// made at the encoders' highest settings when first asked for, then kept: for the pages
    /// read at start-up. Made lazily, because a page exists in every language and few of them
    /// are asked for soon: start-up waits for none (28 languages' pages took seconds), and the
    /// first reader of a page waits once, some milliseconds.
    pub fn precompressed(html: String, varying: &str) -> Self {
        Self { kept: true, ..Self::plain(html, varying) }
    }

    /// As [`Self::precompressed`], the encoding made quickly for the one request that needs it.
    pub fn plain(html: String, varying: &str) -> Self {
        let tag = Tag::of(&[html.as_bytes(), varying.as_bytes()]);
        Self { identity: Bytes::from(html), kept: false, encoded: Arc::default(), tag }
    }

    /// The page in `encoding` if that is smaller.
    fn smaller(&self, encoding: Encoding, effort: Effort) -> Option<Bytes> {
        let encoded = encoding.encode(&self.identity, effort);
        (!encoded.is_empty() && encoded.len() < self.identity.len()).then(|| Bytes::from(encoded))
    }

    /// The answer to `request` with `headers` (the page's type and security headers): a `304`
    /// for a browser that holds this page, otherwise the page in the encoding it prefers.
    pub fn answer(&self, request: &HeaderMap, mut headers: HeaderMap) -> Response {
        let preferred = Encoding::negotiate(request);
        headers.insert(CACHE_CONTROL, NO_CACHE);
        headers.insert(VARY, VARYING);
        if self.tag.matched_by(request) {
            // The tag of the encoding it would get: any of them proves the page is held.
            headers.insert(ETAG, self.tag.header(preferred));
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        let kept = || self.encoded.get_or_init(|| Encoding::COMPRESSED.map(|e| self.smaller(e, Effort::Most)));
        let made = match (preferred, self.kept) {
            (Encoding::Identity, _) => None,
            (Encoding::Brotli, true) => kept()[0].clone(),
            (_, true) => kept()[1].clone(),
            (_, false) => self.smaller(preferred, Effort::Quick),
        };
        let (encoding, body) = match made {
            Some(bytes) => (preferred, bytes),
            None => (Encoding::Identity, self.identity.clone()),
        };
        headers.insert(ETAG, self.tag.header(encoding));
        if let Some(value) = encoding.header() {
            headers.insert(CONTENT_ENCODING, value);
        }
        (headers, body).into_response()
    }
}
