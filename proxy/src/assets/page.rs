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

/// A page differs by its encoding and by its language (the frame the proxy writes in it).
const VARYING: HeaderValue = HeaderValue::from_static("accept-encoding, accept-language");

/// A page's bytes, with its encodings when they were made ahead.
#[derive(Debug, Clone)]
pub struct PageBody {
    identity: Bytes,
    /// Brotli and gzip, each when smaller than the page.
    encoded: Option<[Option<Bytes>; 2]>,
    tag: Tag,
}

impl PageBody {
    /// The page `html` served with `varying` (the headers that change with it), its encodings
    /// made now at the encoders' highest settings: for the pages read at start-up.
    pub fn precompressed(html: String, varying: &str) -> Self {
        let mut body = Self::plain(html, varying);
        body.encoded = Some(Encoding::COMPRESSED.map(|e| body.smaller(e, Effort::Most)));
        body
    }

    /// [`Self::precompressed`] for each of `htmls`, in order, on every core: the pages of 28
    /// languages take seconds at the encoders' best, which start-up should not wait for in turn.
    pub fn precompressed_all(htmls: Vec<String>, varying: &str) -> Vec<Self> {
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        let per_thread = htmls.len().div_ceil(threads).max(1);
        let mut htmls = htmls.into_iter();
        let chunks: Vec<Vec<String>> =
            std::iter::from_fn(|| Some(htmls.by_ref().take(per_thread).collect::<Vec<_>>()).filter(|c| !c.is_empty()))
                .collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = chunks
                .into_iter()
                .map(|chunk| {
                    scope.spawn(move || {
                        chunk.into_iter().map(|html| Self::precompressed(html, varying)).collect::<Vec<_>>()
                    })
                })
                .collect();
            // A worker only panics if an encoder does: start-up then fails as it would in turn.
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .collect()
        })
    }

    /// As [`Self::precompressed`], the encoding made quickly for the one request that needs it.
    pub fn plain(html: String, varying: &str) -> Self {
        let tag = Tag::of(&[html.as_bytes(), varying.as_bytes()]);
        Self { identity: Bytes::from(html), encoded: None, tag }
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
        let made = match (preferred, &self.encoded) {
            (Encoding::Identity, _) => None,
            (Encoding::Brotli, Some([brotli, _])) => brotli.clone(),
            (_, Some([_, gzip])) => gzip.clone(),
            (_, None) => self.smaller(preferred, Effort::Quick),
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
