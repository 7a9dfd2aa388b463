//! The frame shared by the IDnow pages. Small, server-rendered and accessible on their own:
//! they run inside the product's iframe and are checked there like the product's pages.

use super::text::Texts;

/// Dark text on white, a focus ring that cannot be missed, errors in a dark red (all contrasts
/// at least 4.5:1).
const STYLE: &str = "body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
main{max-width:36rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.5rem;line-height:1.25}\
label{font-weight:600}\
.field{margin:1rem 0}\
.check{display:flex;gap:.5rem;align-items:flex-start;margin:.75rem 0}\
.check input{flex:none;width:1.5rem;height:1.5rem;margin:0}\
input[type=tel],input[type=text]{display:block;width:100%;box-sizing:border-box;margin-top:.25rem;padding:.5rem;font:inherit;border:1px solid #555;border-radius:4px}\
.hint{color:#4a4a4a;margin:.25rem 0}\
.error{color:#a4000f;font-weight:600;margin:.25rem 0}\
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;color:#fff;background:#0b4f9c;border:0;border-radius:4px;cursor:pointer}\
:focus-visible{outline:3px solid #b35900;outline-offset:2px}";

/// Escapes text for HTML content and double-quoted attributes.
pub(crate) fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn layout(t: &Texts, title: &str, content: &str) -> String {
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{STYLE}</style></head><body><main>{content}</main></body></html>",
        lang = t.lang,
        title = escape(title),
    )
}
