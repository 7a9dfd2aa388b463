//! Serving the built SPA: hashed assets from `dist`, and for every other path the page of the
//! bundle that renders it ([`Bundle::of_request`]): `dist/index.html` for the first steps,
//! `dist/rest/index.html` for the identification flows' later steps, `dist/account/index.html`
//! for the account opening's, so that a reload on `/consents` works. The pages get a
//! strict Content-Security-Policy whose script hashes are computed from any inline script in them.
//!
//! A partner session's page is served for its embed marker (`?embed=emb_…`, kept in the SPA's URL
//! across steps and reloads): `frame-ancestors` then names the session's allowed origins,
//! `img-src` its logo's origin, and two `<meta>` tags tell the SPA where its events may go and
//! where the full-page flow returns. None of this is secret; the session token never is in a URL.
//!
//! Each page is served in the user's language ([`kyc_core::Language::negotiate`]), with the page
//! frame ([`crate::shell`]) that is on screen before the app runs and the app's texts in that
//! language ([`texts`]).
//!
//! The pages go Brotli- or gzip-encoded, made once here at start-up, and revalidated by their
//! `ETag` ([`crate::assets::page`]); a partner session's page is encoded when it is asked for.

mod boot;
mod next;
mod returns;
mod style;
mod texts;

pub use returns::ReturnPages;

use crate::assets::cache::StaticFiles;
use crate::assets::page::PageBody;
use crate::shell::{FormTexts, PersonStep};
use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use kyc_core::{Bundle, FieldRule, Language, Step};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The SPA's entry page and the headers it is served with.
#[derive(Clone)]
pub struct SpaPage {
    /// Where trunk wrote the build.
    pub dist_dir: PathBuf,
    /// The cache validators of the build's other files.
    pub files: Arc<StaticFiles>,
    /// The page of each of [`Bundle::ALL`], in each language of [`Language::ALL`], each as it
    /// is served without a partner session.
    pages: [Option<Vec<(String, PageBody)>>; Bundle::ALL.len()],
    /// The first page in each language with the personal-data step in its frame, for a user who
    /// starts there (a new session of the deployment's flow, when that flow starts there).
    person_first: Option<Vec<PageBody>>,
    /// The CSP up to `img-src 'self' data:`, then the part between it and `frame-ancestors 'self'`,
    /// then the rest: a session adds its sources at the two joints.
    csp: [String; 3],
    permissions: String,
    /// The pages a provider's frame or window ends on, in each language.
    pub returns: ReturnPages,
}

/// What a partner session adds to the entry page.
#[derive(Debug, Clone, Default)]
pub struct PageEmbed {
    /// Origins that may frame the page and receive its events.
    pub frame_ancestors: Vec<String>,
    /// Origins of images the page shows (the logo).
    pub image_origins: Vec<String>,
    /// Where the full-page flow returns (the product team's URL with `kyc_session`).
    pub return_url: Option<String>,
}

/// Where `one` stands in `all` (the first place when it is not there).
fn position<T: PartialEq>(all: &[T], one: T) -> usize {
    all.iter().position(|x| *x == one).unwrap_or_default()
}

use crate::assets::bundle_file;

/// The CSP source that allows the inline script or style `body`.
fn sha256_source(body: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes())))
}

/// `'sha256-…'` sources for every inline `<element>` of `html` (a script with `src` is a file).
fn inline_hashes(html: &str, element: &str) -> Vec<String> {
    let (open, close) = (format!("<{element}"), format!("</{element}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let Some(end) = after.find(&close) else { break };
        if !after[..open_end].contains("src=") && end > open_end {
            hashes.push(sha256_source(&after[open_end + 1..end]));
        }
        rest = &after[end + close.len()..];
    }
    hashes
}

/// A new session's flow, when it starts with the personal data: the frame of the first page
/// shows that step, its form included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonFirst {
    /// The flow's steps, as a new session takes them.
    pub steps: Vec<Step>,
    /// The fields its personal-data step asks.
    pub fields: Vec<FieldRule>,
}

impl SpaPage {
    /// Reads the pages from `dist_dir` (absent before the first build: then a hint is served).
    /// `frame_origins` may be framed by the SPA and receive camera and microphone. `person_first`:
    /// a new session's flow, when it starts with the personal data.
    pub fn load(dist_dir: &Path, frame_origins: &[String], person_first: Option<&PersonFirst>) -> Self {
        let read = |path: &str| std::fs::read_to_string(dist_dir.join(path)).ok();
        // Each page with its loader inline: nothing to fetch for it, now or ahead. The first
        // page with its stylesheet too: its first paint waits for nothing but the page.
        let mut pages = Bundle::ALL.map(|bundle| {
            let html = read(&bundle_file(bundle, "index.html"))?;
            // No preloads either: the loader fetches the app's files once the page is painted.
            let html = match bundle {
                Bundle::Start => style::inlined(&html, |path| read(path)),
                _ => html,
            };
            let html = style::without_preloads(&html);
            Some(match read(&bundle_file(bundle, "boot.js")) {
                Some(script) => boot::inlined(&html, &script),
                None => html,
            })
        });
        // The first page names the later pages' files: the app fetches its flow's while the
        // user types.
        let next: Vec<(&str, Vec<String>)> = Bundle::ALL[1..]
            .iter()
            .zip(&pages[1..])
            .map(|(bundle, html)| {
                (bundle.dir(), html.as_deref().map(|h| next::files(h, bundle.dir())).unwrap_or_default())
            })
            .collect();
        pages[0] = pages[0].take().map(|html| next::announced(&html, &next));
        // Each source once (the pages share their loader), with its leading space, so that an
        // empty list leaves no stray blank.
        let sources = |element: &str| -> String {
            let all: std::collections::BTreeSet<String> =
                pages.iter().flatten().flat_map(|html| inline_hashes(html, element)).collect();
            all.iter().map(|h| format!(" {h}")).collect()
        };
        let (scripts, styles) = (sources("script"), sources("style"));
        let frames = frame_origins.join(" ");
        let csp = [
            format!("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; img-src 'self' data:"),
            format!("; connect-src 'self'; frame-src 'self' {frames}; frame-ancestors 'self'"),
            "; base-uri 'none'; form-action 'self'; object-src 'none'".to_owned(),
        ];
        let quoted: Vec<String> = frame_origins.iter().map(|o| format!("\"{o}\"")).collect();
        let allow = format!("(self {})", quoted.join(" "));
        let permissions = format!("camera={allow}, microphone={allow}, fullscreen={allow}, geolocation=()");
        let plain_csp = csp.concat();
        let texts = texts::PageTexts::load(dist_dir);
        let localized = |html: &str, language: Language, step: Option<PersonStep>, bundle: Bundle| {
            texts.inserted(&crate::shell::localized(html, language, step), language, bundle)
        };
        let person_first = person_first.zip(pages[0].as_deref()).map(|(first, html)| {
            Language::ALL
                .map(|language| {
                    let form = texts.file("form", language).and_then(FormTexts::parse);
                    let form = form.and_then(|texts| crate::shell::form_markup(&first.fields, &texts));
                    let step = PersonStep { steps: &first.steps, form: form.as_deref() };
                    PageBody::precompressed(localized(html, language, Some(step), Bundle::Start), &plain_csp)
                })
                .into()
        });
        let mut bundles = Bundle::ALL.into_iter();
        let pages = pages.map(|page| {
            let bundle = bundles.next().unwrap_or(Bundle::Start);
            page.map(|html| {
                Language::ALL
                    .map(|language| localized(&html, language, None, bundle))
                    .into_iter()
                    .map(|html| (html.clone(), PageBody::precompressed(html, &plain_csp)))
                    .collect()
            })
        });
        let files = Arc::new(StaticFiles::load(dist_dir));
        let returns = ReturnPages::load(dist_dir);
        Self { dist_dir: dist_dir.to_owned(), files, pages, person_first, csp, permissions, returns }
    }

    /// The first page in `language` for a user starting a new session at the personal data:
    /// its frame shows that step's first screen when the deployment's flow starts there.
    pub fn response_person_first(&self, language: Language, request: &HeaderMap) -> Response {
        let page = self.person_first.as_ref().and_then(|pages| pages.get(language.index()));
        match page {
            Some(page) => page.answer(request, self.page_headers(&self.csp.concat())),
            None => self.response(Bundle::Start, language, request),
        }
    }

    fn page_headers(&self, csp: &str) -> HeaderMap {
        let header = |v: &str| HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(""));
        HeaderMap::from_iter([
            (CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (CONTENT_SECURITY_POLICY, header(csp)),
            (HeaderName::from_static("permissions-policy"), header(&self.permissions)),
        ])
    }

    /// The page of `bundle` in `language` with its security headers, as `request` takes it.
    pub fn response(&self, bundle: Bundle, language: Language, request: &HeaderMap) -> Response {
        self.response_for(bundle, language, &PageEmbed::default(), request)
    }

    /// The page of `bundle` in `language` for a partner session: framable by its origins, with
    /// its logo's origin.
    pub fn response_for(&self, bundle: Bundle, language: Language, embed: &PageEmbed, request: &HeaderMap) -> Response {
        let pages = &self.pages[position(&Bundle::ALL, bundle)];
        let page = pages.as_ref().and_then(|pages| pages.get(language.index()));
        let Some((html, plain)) = page else {
            return (StatusCode::SERVICE_UNAVAILABLE, "The web app is not built yet: run the README's run command.")
                .into_response();
        };
        let sources = |list: &[String]| list.iter().map(|o| format!(" {o}")).collect::<String>();
        let [head, middle, tail] = &self.csp;
        let csp = format!("{head}{}{middle}{}{tail}", sources(&embed.image_origins), sources(&embed.frame_ancestors));
        let mut meta = String::new();
        if !embed.frame_ancestors.is_empty() {
            meta += &format!(
                r#"<meta name="kyc-parent-origins" content="{}">"#,
                crate::shell::escaped(&embed.frame_ancestors.join(" "))
            );
        }
        if let Some(url) = &embed.return_url {
            meta += &format!(r#"<meta name="kyc-return-url" content="{}">"#, crate::shell::escaped(url));
        }
        let headers = self.page_headers(&csp);
        let plain_page = meta.is_empty() && embed.image_origins.is_empty() && embed.frame_ancestors.is_empty();
        if plain_page {
            return plain.answer(request, headers);
        }
        let html = html.replacen("</head>", &format!("{meta}</head>"), 1);
        PageBody::plain(html, &csp).answer(request, headers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<script src="/a.js"></script><script type="module">init();</script>"#;
        let hashes = inline_hashes(html, "script");
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init();"));
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
    }
}
