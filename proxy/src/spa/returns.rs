//! The pages a provider's frame or window ends on (`ident-return.html` after the video call,
//! `bank-return.html` after the bank login; `public/` in the build), in the user's language.
//! The provider's redirect carries no language, so the browser's `Accept-Language` picks it,
//! as it picks the app's. Their texts are the page frame's ([`kyc_core::shell`]): the page says
//! them as it is, and its script (`provider-return.js`) reads the one it may say next from the
//! message's `data-close`.

use crate::assets::page::PageBody;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;
use kyc_core::Language;
use std::path::Path;

/// The return pages, by path.
#[derive(Debug, Clone, Default)]
pub struct ReturnPages {
    pages: Vec<(&'static str, Vec<PageBody>)>,
}

/// A return page's heading, among the page frame's texts.
type Heading = fn(&kyc_core::shell::ShellTexts) -> &'static str;

/// The return pages' paths, each with its heading.
const PAGES: [(&str, Heading); 2] =
    [("/ident-return.html", |t| t.ident_ended), ("/bank-return.html", |t| t.bank_finished)];

impl ReturnPages {
    /// The paths the return pages are served at.
    pub fn paths() -> impl Iterator<Item = &'static str> {
        PAGES.iter().map(|&(path, _)| path)
    }

    /// Reads the build's return pages (those missing are not served: a build without them).
    pub fn load(dist: &Path) -> Self {
        let pages = PAGES
            .iter()
            .filter_map(|&(path, heading)| {
                let html = std::fs::read_to_string(dist.join(path.trim_start_matches('/'))).ok()?;
                let bodies = Language::ALL.iter().map(|&l| PageBody::precompressed(localized(&html, l, heading), ""));
                Some((path, bodies.collect()))
            })
            .collect();
        Self { pages }
    }

    /// The page at `path` in `language`, as `request` takes it; `None` for another path.
    pub fn response(&self, path: &str, language: Language, request: &HeaderMap) -> Option<Response> {
        let (_, bodies) = self.pages.iter().find(|(p, _)| *p == path)?;
        let body = bodies.get(language.index())?;
        let headers = HeaderMap::from_iter([(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))]);
        // The security headers are the return pages' own (`page_headers`), added on the way out.
        Some(body.answer(request, headers))
    }
}

/// `html`, a return page as the build has it (in English), in `language`.
fn localized(html: &str, language: Language, heading: Heading) -> String {
    let t = language.shell();
    let text = crate::shell::escaped;
    let (code, dir, heading) = (language.code(), language.direction().attribute(), text(heading(t)));
    let html = html.replacen(r#"<html lang="en">"#, &format!(r#"<html lang="{code}" dir="{dir}">"#), 1);
    let html = replace_between(&html, "<title>", "</title>", &heading);
    let html = replace_between(&html, r#"<h1 id="title">"#, "</h1>", &heading);
    let message = format!(r#"<p id="message" aria-live="polite" data-close="{}">"#, text(t.close_window));
    let html = html.replacen(r#"<p id="message" aria-live="polite">"#, &message, 1);
    replace_between(&html, &message, "</p>", &text(t.one_moment))
}

/// `html` with the text between the first `start` and the `end` after it replaced by `with`.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = html.find(start).map(|at| at + start.len()) else { return html.to_owned() };
    let Some(to) = html[from..].find(end).map(|at| from + at) else { return html.to_owned() };
    format!("{}{with}{}", &html[..from], &html[to..])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = concat!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Video identification finished</title></head>"#,
        r#"<body><h1 id="title">Your video call has ended</h1><p id="message" aria-live="polite">One moment…</p></body></html>"#
    );

    #[test]
    fn a_return_page_speaks_the_language_with_its_direction_and_names_its_next_texts() {
        let page = localized(PAGE, Language::Ar, |t| t.ident_ended);
        let t = Language::Ar.shell();
        assert!(page.starts_with(r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>"#), "{page}");
        assert!(page.contains(&format!(r#"<h1 id="title">{}</h1>"#, t.ident_ended)));
        assert!(page.contains(&format!(r#"data-close="{}">{}</p>"#, t.close_window, t.one_moment)), "{page}");
        let german = localized(PAGE, Language::De, |t| t.ident_ended);
        assert!(german.contains("<title>Ihr Videoanruf ist beendet</title>") && german.contains(r#"dir="ltr""#));
    }
}
