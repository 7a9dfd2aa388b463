//! The content encodings the proxy sends: Brotli, gzip, or the bytes as they are. Static files
//! have theirs made at build time ([`super::compress`]) and chosen by tower-http's `ServeDir`;
//! the HTML pages, made by the proxy, are encoded here and negotiated the same way.

use axum::http::header::ACCEPT_ENCODING;
use axum::http::{HeaderMap, HeaderValue};
use std::io::Write;

/// One content encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Encoding {
    /// The bytes as they are.
    Identity,
    /// `gzip`.
    Gzip,
    /// `br`: the smallest, sent whenever the browser takes it.
    Brotli,
}

/// How hard the encoder works: once at build or start-up, or on a request's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// Brotli quality 11 and gzip level 9: done once.
    Most,
    /// Brotli quality 5 and gzip level 6: fast enough for a page made per request.
    Quick,
}

impl Encoding {
    /// The encodings worth making, best first.
    pub const COMPRESSED: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

    /// The `Content-Encoding` value (`None` for identity).
    pub fn header(self) -> Option<HeaderValue> {
        match self {
            Self::Identity => None,
            Self::Gzip => Some(HeaderValue::from_static("gzip")),
            Self::Brotli => Some(HeaderValue::from_static("br")),
        }
    }

    /// The file name extension of a precompressed sibling (`app.js.br`).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Identity => "",
            Self::Gzip => "gz",
            Self::Brotli => "br",
        }
    }

    /// The encoding of a `Content-Encoding` value the proxy sends.
    pub fn of_header(value: Option<&HeaderValue>) -> Self {
        match value.map(HeaderValue::as_bytes) {
            Some(b"br") => Self::Brotli,
            Some(b"gzip") => Self::Gzip,
            _ => Self::Identity,
        }
    }

    /// The encoding `request` prefers among those it accepts (RFC 9110 `Accept-Encoding`, its
    /// q-values; a tie goes to the smaller). Identity when it names neither.
    pub fn negotiate(request: &HeaderMap) -> Self {
        let offers = request
            .get_all(ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|item| {
                let mut parts = item.split(';');
                let encoding = match parts.next()?.trim().to_ascii_lowercase().as_str() {
                    "br" => Self::Brotli,
                    "gzip" | "x-gzip" => Self::Gzip,
                    _ => return None,
                };
                let q = parts.find_map(|p| p.trim().strip_prefix("q=").map(str::to_owned));
                let q = q.map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                (q > 0.0).then_some((q, encoding))
            });
        offers.max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))).map_or(Self::Identity, |(_, e)| e)
    }

    /// `bytes` in this encoding.
    pub fn encode(self, bytes: &[u8], effort: Effort) -> Vec<u8> {
        match self {
            Self::Identity => bytes.to_vec(),
            Self::Gzip => {
                let level = if effort == Effort::Most { 9 } else { 6 };
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
                // Writing to a Vec cannot fail.
                encoder.write_all(bytes).and_then(|()| encoder.finish()).unwrap_or_default()
            }
            Self::Brotli => {
                let params = brotli::enc::BrotliEncoderParams {
                    quality: if effort == Effort::Most { 11 } else { 5 },
                    // The largest window a browser must accept (RFC 7932): the wasm is larger.
                    lgwin: 24,
                    size_hint: bytes.len(),
                    ..Default::default()
                };
                let mut out = Vec::new();
                match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
                    Ok(_) => out,
                    Err(_) => Vec::new(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> Encoding {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        Encoding::negotiate(&headers)
    }

    #[test]
    fn a_browser_gets_brotli_and_the_q_values_are_heard() {
        assert_eq!(accepting("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(accepting("gzip"), Encoding::Gzip);
        assert_eq!(accepting("br;q=0, gzip;q=0.5"), Encoding::Gzip);
        assert_eq!(accepting("br;q=0.2, gzip;q=0.8"), Encoding::Gzip);
        assert_eq!(accepting("identity"), Encoding::Identity);
        assert_eq!(Encoding::negotiate(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn both_encodings_give_back_the_bytes() {
        let text = "<p>identity verification</p>".repeat(40);
        let br = Encoding::Brotli.encode(text.as_bytes(), Effort::Quick);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        let gz = Encoding::Gzip.encode(text.as_bytes(), Effort::Most);
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
        assert_eq!(back, text);
        assert!(br.len() < text.len() / 4 && gz.len() < text.len() / 4);
    }
}
