//! Strong `ETag`s and `If-None-Match`: what lets a returning browser keep the files it has. A
//! tag names the content; each encoding of it is a representation of its own (RFC 9110 8.8.3),
//! so it gets a suffix (`"…-br"`), and a browser's tag of any of them proves it holds the content.

use super::encoding::Encoding;
use axum::http::header::IF_NONE_MATCH;
use axum::http::{HeaderMap, HeaderValue};
use sha2::{Digest, Sha256};

/// The validator of one content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag(String);

impl Tag {
    /// The tag of `parts` together (a page's body and the headers that vary with it).
    pub fn of(parts: &[&[u8]]) -> Self {
        let mut hash = Sha256::new();
        for part in parts {
            hash.update((part.len() as u64).to_be_bytes());
            hash.update(part);
        }
        Self(hex::encode(&hash.finalize()[..16]))
    }

    /// The `ETag` of the representation in `encoding`.
    pub fn header(&self, encoding: Encoding) -> HeaderValue {
        let suffix = match encoding {
            Encoding::Identity => "",
            Encoding::Gzip => "-gzip",
            Encoding::Brotli => "-br",
        };
        // Hex digits and a dash: always a valid header value.
        HeaderValue::from_str(&format!("\"{}{suffix}\"", self.0)).unwrap_or(HeaderValue::from_static("\"\""))
    }

    /// Whether `request`'s `If-None-Match` names a representation of this content (or `*`). The
    /// comparison is the weak one RFC 9110 asks for here: a `W/` prefix is ignored.
    pub fn matched_by(&self, request: &HeaderMap) -> bool {
        let ours = [Encoding::Identity, Encoding::Gzip, Encoding::Brotli].map(|e| self.header(e));
        request
            .get_all(IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || ours.iter().any(|o| o.as_bytes() == t.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_representation_of_the_content_matches_and_another_content_does_not() {
        let tag = Tag::of(&[b"boot"]);
        let asking = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(IF_NONE_MATCH, HeaderValue::from_str(value).unwrap());
            tag.matched_by(&headers)
        };
        let br = tag.header(Encoding::Brotli);
        assert!(asking(br.to_str().unwrap()));
        assert!(asking(&format!("\"x\", W/{}", tag.header(Encoding::Identity).to_str().unwrap())));
        assert!(asking("*"));
        assert!(!asking(Tag::of(&[b"boot2"]).header(Encoding::Brotli).to_str().unwrap()));
        assert!(!tag.matched_by(&HeaderMap::new()));
        assert_ne!(Tag::of(&[b"ab", b"c"]), Tag::of(&[b"a", b"bc"]));
    }
}
