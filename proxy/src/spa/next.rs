//! What the first page fetches ahead for the next (`src/prefetch.rs` in the app): each later
//! page's own files, read from the build at start-up and named in a `<meta name="kyc-next-…">`.

/// The stylesheets, script and wasm under `/{dir}/` that the page `html` loads, once each.
/// trunk writes the attributes unquoted when it minifies, quoted otherwise.
pub fn files(html: &str, dir: &str) -> Vec<String> {
    let prefix = format!("/{dir}/");
    let mut found: Vec<String> = Vec::new();
    for attribute in ["href=", "src=", "data-kyc-js=", "data-kyc-wasm="] {
        for (at, _) in html.match_indices(attribute) {
            // Only a whole attribute name: `data-kyc-js=` also ends in `js=`, not in `src=`.
            let before = html[..at].chars().next_back();
            if !before.is_some_and(char::is_whitespace) {
                continue;
            }
            let value = html[at + attribute.len()..].trim_start_matches(['"', '\'']);
            let end = value.find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '>')).unwrap_or(value.len());
            let url = &value[..end];
            let ours = url.starts_with(&prefix) && [".css", ".js", ".wasm"].iter().any(|e| url.ends_with(e));
            if ours && !found.iter().any(|f| f == url) {
                found.push(url.to_owned());
            }
        }
    }
    found
}

/// `start_html` with a `<meta name="kyc-next-{page}">` naming each page's `files`, at the end
/// of its head.
pub fn announced(start_html: &str, pages: &[(&str, Vec<String>)]) -> String {
    // The URLs are the build's own file names: nothing in them needs escaping but a quote.
    let metas: String = pages
        .iter()
        .filter(|(_, files)| !files.is_empty())
        .map(|(page, files)| format!(r#"<meta name="kyc-next-{page}" content="{}">"#, files.join(" ").replace('"', "")))
        .collect();
    start_html.replacen("</head>", &format!("{metas}</head>"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REST: &str = concat!(
        r#"<html lang=en><title>x</title><script data-kyc-js=/rest/kyc-rest-1.js data-kyc-wasm=/rest/kyc-rest-1_bg.wasm src=/rest/boot.js type=module></script>"#,
        r#"<link href=/rest/main-2.css rel=stylesheet><link href="/rest/rest-3.css" rel="stylesheet">"#,
        r#"<link crossorigin href=/rest/kyc-rest-1.js rel=modulepreload><link href=https://elsewhere.example/x.js rel=preload></head>"#
    );

    #[test]
    fn the_second_pages_files_are_found_once_each_minified_or_not() {
        assert_eq!(
            files(REST, "rest"),
            [
                "/rest/main-2.css",
                "/rest/rest-3.css",
                "/rest/kyc-rest-1.js",
                "/rest/boot.js",
                "/rest/kyc-rest-1_bg.wasm"
            ]
        );
    }

    #[test]
    fn the_first_page_names_them_in_its_head() {
        let pages = [("rest", files(REST, "rest")), ("account", files(REST, "account"))];
        let page = announced("<head><title>x</title></head><body></body>", &pages);
        assert!(page.starts_with(r#"<head><title>x</title><meta name="kyc-next-rest" content="/rest/main-2.css "#));
        assert!(page.ends_with(r#"_bg.wasm"></head><body></body>"#), "no meta for a page without files");
        assert_eq!(announced("<head></head>", &[]), "<head></head>");
    }
}
