//! The loader (`boot.js`) written into each page, so a browser asks for nothing before the
//! hashed glue and wasm the page already preloads, and a returning visitor revalidates the page
//! alone. The Content-Security-Policy allows it by its hash ([`super::inline_hashes`]).
//! `boot.js` stays in the build, served as a file, for a page cached before this.

/// `html` with the script that loads `boot.js` (trunk's `pattern_script`, minified or not)
/// carrying the file's `script` inline instead; unchanged when it has no such tag.
pub fn inlined(html: &str, script: &str) -> String {
    // `</script` inside the text would end the element early: such a loader stays a file.
    if script.to_ascii_lowercase().contains("</script") {
        return html.to_owned();
    }
    let Some(at) = html.find("boot.js") else { return html.to_owned() };
    let (Some(open), Some(close)) = (html[..at].rfind("<script"), html[at..].find('>').map(|i| at + i)) else {
        return html.to_owned();
    };
    if !html[close..].starts_with("></script>") {
        return html.to_owned();
    }
    // The `src` attribute goes; the other attributes (the hashed names boot.js reads) stay.
    let tag = &html[open..close];
    let Some(src) = tag.find(" src=") else { return html.to_owned() };
    let rest = &tag[src + 1..];
    let end = rest.find(' ').map_or(tag.len(), |i| src + 1 + i);
    let tag = format!("{}{}", &tag[..src], &tag[end..]);
    format!("{}{tag}>{}</script>{}", &html[..open], script.trim_end(), &html[close + "></script>".len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_goes_inline_with_the_names_it_reads() {
        let minified = "<head><script data-kyc-js=/app-1.js data-kyc-wasm=/app-1_bg.wasm src=/rest/boot.js type=module></script><link href=/x.css></head>";
        assert_eq!(
            inlined(minified, "init();\n"),
            "<head><script data-kyc-js=/app-1.js data-kyc-wasm=/app-1_bg.wasm type=module>init();</script><link href=/x.css></head>"
        );
        let quoted = r#"<script type="module" src="/boot.js"></script>"#;
        assert_eq!(inlined(quoted, "go()"), r#"<script type="module">go()</script>"#);
    }

    #[test]
    fn a_page_without_the_tag_or_a_loader_that_cannot_be_inline_is_left_alone() {
        assert_eq!(inlined("<head></head>", "go()"), "<head></head>");
        let page = r#"<script type="module" src="/boot.js"></script>"#;
        assert_eq!(inlined(page, "x('</SCRIPT>')"), page);
    }
}
