//! Serving the built SPA: hashed assets from `dist`, and `index.html` for every other path so
//! that a reload on `/consents` works. The page gets a strict Content-Security-Policy whose
//! script hashes are computed from the inline loader trunk writes into `index.html`.

use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The SPA's entry page and the headers it is served with.
#[derive(Clone)]
pub struct SpaPage {
    /// Where trunk wrote the build.
    pub dist_dir: PathBuf,
    html: Option<String>,
    csp: String,
    permissions: String,
}

/// `'sha256-…'` sources for every inline `<script>` of `html`.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        if !after[..open_end].contains("src=") && close > open_end {
            let body = &after[open_end + 1..close];
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()))
            ));
        }
        rest = &after[close + "</script>".len()..];
    }
    hashes
}

impl SpaPage {
    /// Reads `index.html` from `dist_dir` (absent before the first build: then a hint is served).
    /// `frame_origins` may be framed by the SPA and receive camera and microphone.
    pub fn load(dist_dir: &Path, frame_origins: &[String]) -> Self {
        let html = std::fs::read_to_string(dist_dir.join("index.html")).ok();
        // Each source with its leading space, so an empty list leaves no stray blank.
        let hashes: String =
            html.as_deref().map(inline_script_hashes).unwrap_or_default().iter().map(|h| format!(" {h}")).collect();
        let frames = frame_origins.join(" ");
        let csp = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; frame-src 'self' {frames}; frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
        );
        let quoted: Vec<String> = frame_origins.iter().map(|o| format!("\"{o}\"")).collect();
        let allow = format!("(self {})", quoted.join(" "));
        let permissions = format!("camera={allow}, microphone={allow}, fullscreen={allow}, geolocation=()");
        Self { dist_dir: dist_dir.to_owned(), html, csp, permissions }
    }

    /// The entry page with its security headers.
    pub fn response(&self) -> Response {
        let Some(html) = &self.html else {
            return (StatusCode::SERVICE_UNAVAILABLE, "The web app is not built yet: run the README's run command.")
                .into_response();
        };
        let header = |v: &str| HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(""));
        (
            [
                (CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                (CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (CONTENT_SECURITY_POLICY, header(&self.csp)),
                (HeaderName::from_static("permissions-policy"), header(&self.permissions)),
            ],
            html.clone(),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<script src="/a.js"></script><script type="module">init();</script>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init();"));
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
    }
}
