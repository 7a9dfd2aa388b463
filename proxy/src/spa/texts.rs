//! The app's texts in each page (`src/i18n/loaded.rs` in the app): the build writes one file
//! per part of the app and language, `dist/texts/<part>-<lang>-<hash>.txt` (`kyc-texts`, run by
//! `scripts/build-spa`). Each page carries its language's files of the parts it shows
//! ([`Bundle::text_parts`]) inline, in inert `<template id="kyc-texts-<part>">` elements that
//! the Content-Security-Policy has nothing to say about, so the app starts without fetching
//! them; a `<meta name="kyc-texts">` names every language's files of those parts for a switch.
//! The wasm holds no language's texts, so a new language adds files, not bytes to every download.

use kyc_core::{Bundle, Language};
use std::collections::HashMap;
use std::path::Path;

/// The build's texts files: by part and language, the URL and the text.
#[derive(Debug, Default)]
pub struct PageTexts {
    files: HashMap<(String, Language), (String, String)>,
}

impl PageTexts {
    /// Reads `dist/texts` (missing before the first build, or in a build without it: then the
    /// pages carry no texts and the app says it could not start, with a reload).
    pub fn load(dist: &Path) -> Self {
        let names: Vec<String> = std::fs::read_dir(dist.join("texts"))
            .map(|dir| dir.flatten().filter_map(|e| e.file_name().into_string().ok()).collect())
            .unwrap_or_default();
        let mut files = HashMap::new();
        for name in names.iter().filter(|n| n.ends_with(".txt")) {
            let mut words = name.splitn(3, '-');
            let (Some(part), Some(code), Some(_hash)) = (words.next(), words.next(), words.next()) else { continue };
            let Some(language) = Language::from_code(code) else { continue };
            let Ok(text) = std::fs::read_to_string(dist.join("texts").join(name)) else { continue };
            files.insert((part.to_owned(), language), (format!("/texts/{name}"), text));
        }
        Self { files }
    }

    /// The build's file of `part` in `language`, if it wrote one.
    pub fn file(&self, part: &str, language: Language) -> Option<&str> {
        self.files.get(&(part.to_owned(), language)).map(|(_, text)| text.as_str())
    }

    /// `html`, the page of `bundle`, with its parts' texts in `language` and the names of every
    /// language's files of those parts, at the end of its head.
    pub fn inserted(&self, html: &str, language: Language, bundle: Bundle) -> String {
        let parts = bundle.text_parts();
        let urls: Vec<&str> = parts
            .iter()
            .flat_map(|&part| Language::ALL.iter().filter_map(move |&l| self.files.get(&(part.to_owned(), l))))
            .map(|(url, _)| url.as_str())
            .collect();
        if urls.is_empty() {
            return html.to_owned();
        }
        // The URLs are the build's own file names: nothing in them needs escaping.
        let mut added = format!(r#"<meta name="kyc-texts" content="{}">"#, urls.join(" "));
        for &part in parts {
            if let Some((_, text)) = self.files.get(&(part.to_owned(), language)) {
                // Inside a template the parser reads text as in a body: only `&` and `<` are special.
                let text = text.replace('&', "&amp;").replace('<', "&lt;");
                added += &format!(r#"<template id="kyc-texts-{part}">{text}</template>"#);
            }
        }
        html.replacen("</head>", &format!("{added}</head>"), 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_carries_its_languages_texts_and_names_every_file() {
        let dist = std::env::temp_dir().join(format!("kyc-page-texts-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("texts")).unwrap();
        for (code, text) in [("en", "Continue"), ("de", "Weiter & <zurück>"), ("fr", "Continuer")] {
            std::fs::write(
                dist.join(format!("texts/main-{code}-0123456789abcdef.txt")),
                format!("kyc-texts 2 main {code} 1\n{text}\n"),
            )
            .unwrap();
        }
        std::fs::write(dist.join("texts/rest-de-0123456789abcdef.txt"), "kyc-texts 2 rest de 1\nZurück\n").unwrap();
        std::fs::write(dist.join("texts/main-de-0123456789abcdef.txt.br"), "compressed").unwrap();
        let texts = PageTexts::load(&dist);

        let page = texts.inserted("<head><title>x</title></head><body></body>", Language::De, Bundle::Start);

        assert_eq!(
            page,
            concat!(
                r#"<head><title>x</title><meta name="kyc-texts" content="/texts/main-de-0123456789abcdef.txt "#,
                r#"/texts/main-en-0123456789abcdef.txt /texts/main-fr-0123456789abcdef.txt">"#,
                "<template id=\"kyc-texts-main\">kyc-texts 2 main de 1\nWeiter &amp; &lt;zurück>\n</template></head><body></body>"
            )
        );
        // The later page carries its own part too.
        let later = texts.inserted("<head></head>", Language::De, Bundle::Rest);
        assert!(later.contains("/texts/rest-de-0123456789abcdef.txt\">"), "{later}");
        assert!(later.contains("<template id=\"kyc-texts-rest\">kyc-texts 2 rest de 1\nZurück\n</template>"));
        // A language without a file: the page names the others, and has no texts of its own.
        assert!(!texts.inserted("<head></head>", Language::Nl, Bundle::Start).contains("<template"));
        std::fs::remove_dir_all(&dist).unwrap();
        assert_eq!(PageTexts::load(&dist).inserted("<head></head>", Language::En, Bundle::Start), "<head></head>");
    }
}
