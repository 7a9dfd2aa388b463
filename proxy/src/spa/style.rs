//! The first page's stylesheet written into it, and the page's preload links taken out.
//!
//! A stylesheet link holds the first paint back by a round trip; inline, the page frame is
//! painted as soon as the HTML has arrived. The app's glue and wasm are fetched by the loader
//! (`boot.js`) once that paint is done, so they do not compete with the page for the link, and
//! the first paint waits for nothing but the page. The Content-Security-Policy allows the
//! style by its hash (`super::inline_hashes`).

/// `html` with its first stylesheet link (trunk's `<link … rel=stylesheet>`, minified or not)
/// replaced by a `<style>` carrying the file, read by `read` from the link's `href`; unchanged
/// when there is no such link or the file cannot be read.
pub fn inlined(html: &str, read: impl Fn(&str) -> Option<String>) -> String {
    let Some((start, end)) = tag_with(html, "stylesheet") else { return html.to_owned() };
    let Some(css) = attribute(&html[start..end], "href").and_then(|href| read(href.trim_start_matches('/'))) else {
        return html.to_owned();
    };
    // `</style` inside the text would end the element early: such a sheet stays a file.
    if css.to_ascii_lowercase().contains("</style") {
        return html.to_owned();
    }
    format!("{}<style>{}</style>{}", &html[..start], css.trim_end(), &html[end..])
}

/// `html` without trunk's `rel=preload` and `rel=modulepreload` links: the loader fetches what
/// they named, after the first paint.
pub fn without_preloads(html: &str) -> String {
    let mut html = html.to_owned();
    for rel in ["modulepreload", "preload"] {
        while let Some((start, end)) = tag_with(&html, rel) {
            html.replace_range(start..end, "");
        }
    }
    html
}

/// Where the first `<link>` whose `rel` is exactly `rel` starts and ends.
fn tag_with(html: &str, rel: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(found) = html[from..].find("<link") {
        let start = from + found;
        let end = start + html[start..].find('>')? + 1;
        if attribute(&html[start..end], "rel") == Some(rel) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// The value of `name` in the tag `tag`, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!(" {name}=");
    let at = tag.find(&pattern)? + pattern.len();
    let value = &tag[at..];
    match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].split(quote).next(),
        _ => value.split(|c: char| c.is_whitespace() || c == '>').next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIFIED: &str = "<head><link href=/main-1.css integrity=sha384-x rel=stylesheet><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch href=/app-1_bg.wasm rel=preload type=application/wasm></head>";

    #[test]
    fn the_stylesheet_goes_inline_and_the_preloads_go() {
        let read = |path: &str| (path == "main-1.css").then(|| "body{margin:0}\n".to_owned());
        assert_eq!(without_preloads(&inlined(MINIFIED, read)), "<head><style>body{margin:0}</style></head>");
        let quoted = r#"<link rel="stylesheet" href="/main-1.css"><p>"#;
        assert_eq!(inlined(quoted, read), "<style>body{margin:0}</style><p>");
    }

    #[test]
    fn a_sheet_that_cannot_be_read_or_inlined_stays_a_link() {
        assert_eq!(inlined(MINIFIED, |_| None), MINIFIED);
        assert_eq!(inlined(MINIFIED, |_| Some("a::after{content:'</style>'}".to_owned())), MINIFIED);
    }

    #[test]
    fn each_style_is_hashed() {
        let hashes = super::super::inline_hashes("<style>a{}</style><p></p><style>b{}</style>", "style");
        assert_eq!(hashes, [super::super::sha256_source("a{}"), super::super::sha256_source("b{}")]);
    }
}
