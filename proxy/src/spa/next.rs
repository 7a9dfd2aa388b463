//! What the first page fetches ahead for the second (`src/prefetch.rs` in the app): the second
//! page's own files, read from the build at start-up and named in a `<meta name="kyc-next">`.

/// The stylesheets, script and wasm under `/rest/` that `rest_html` loads, in page order, once
/// each. trunk writes the attributes unquoted when it minifies, quoted otherwise.
pub fn files(rest_html: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for attribute in ["href=", "src=", "data-kyc-js=", "data-kyc-wasm="] {
        for (at, _) in rest_html.match_indices(attribute) {
            // Only a whole attribute name: `data-kyc-js=` also ends in `js=`, not in `src=`.
            let before = rest_html[..at].chars().next_back();
            if !before.is_some_and(char::is_whitespace) {
                continue;
            }
            let value = rest_html[at + attribute.len()..].trim_start_matches(['"', '\'']);
            let end = value.find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '>')).unwrap_or(value.len());
            let url = &value[..end];
            let ours = url.starts_with("/rest/") && [".css", ".js", ".wasm"].iter().any(|e| url.ends_with(e));
            if ours && !found.iter().any(|f| f == url) {
                found.push(url.to_owned());
            }
        }
    }
    found
}

/// `start_html` with the `<meta>` naming `files`, at the end of its head.
pub fn announced(start_html: &str, files: &[String]) -> String {
    if files.is_empty() {
        return start_html.to_owned();
    }
    // The URLs are the build's own file names: nothing in them needs escaping but a quote.
    let content = files.join(" ").replace('"', "");
    start_html.replacen("</head>", &format!(r#"<meta name="kyc-next" content="{content}"></head>"#), 1)
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
            files(REST),
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
        let page = announced("<head><title>x</title></head><body></body>", &files(REST));
        assert!(page.starts_with(r#"<head><title>x</title><meta name="kyc-next" content="/rest/main-2.css "#));
        assert!(page.ends_with(r#"_bg.wasm"></head><body></body>"#));
        assert_eq!(announced("<head></head>", &[]), "<head></head>");
    }
}
