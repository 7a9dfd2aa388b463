//! The app's main texts in each page (`src/i18n/loaded.rs` in the app): the build writes one
//! file per language, `dist/texts/<lang>-<hash>.txt` (`kyc-texts`, run by `scripts/build-spa`).
//! Each page carries its language's file inline, in an inert `<template id="kyc-texts">` that
//! the Content-Security-Policy has nothing to say about, so the app starts without fetching
//! them; a `<meta name="kyc-texts">` names every language's file for a switch. The wasm holds
//! no language's texts, so a new language adds a file, not bytes to every download.

use kyc_core::Language;
use std::path::Path;

/// Each language's file of the build, by [`Language::ALL`]: its URL and its text.
#[derive(Debug, Default)]
pub struct PageTexts {
    files: Vec<Option<(String, String)>>,
}

impl PageTexts {
    /// Reads `dist/texts` (missing before the first build, or in a build without it: then the
    /// pages carry no texts and the app says it could not start, with a reload).
    pub fn load(dist: &Path) -> Self {
        let names: Vec<String> = std::fs::read_dir(dist.join("texts"))
            .map(|dir| dir.flatten().filter_map(|e| e.file_name().into_string().ok()).collect())
            .unwrap_or_default();
        let files = Language::ALL
            .iter()
            .map(|language| {
                let prefix = format!("{}-", language.code());
                let name = names.iter().find(|n| n.starts_with(&prefix) && n.ends_with(".txt"))?;
                let text = std::fs::read_to_string(dist.join("texts").join(name)).ok()?;
                Some((format!("/texts/{name}"), text))
            })
            .collect();
        Self { files }
    }

    /// `html` with `language`'s texts and the names of every language's file, at the end of its head.
    pub fn inserted(&self, html: &str, language: Language) -> String {
        let urls: Vec<String> = Language::ALL
            .iter()
            .zip(&self.files)
            .filter_map(|(l, file)| Some(format!("{}={}", l.code(), file.as_ref()?.0)))
            .collect();
        if urls.is_empty() {
            return html.to_owned();
        }
        // The URLs are the build's own file names: nothing in them needs escaping.
        let mut added = format!(r#"<meta name="kyc-texts" content="{}">"#, urls.join(" "));
        let own = Language::ALL.iter().position(|&l| l == language).and_then(|at| self.files.get(at)?.as_ref());
        if let Some((_, text)) = own {
            // Inside a template the parser reads text as in a body: only `&` and `<` are special.
            let text = text.replace('&', "&amp;").replace('<', "&lt;");
            added += &format!(r#"<template id="kyc-texts">{text}</template>"#);
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
                dist.join(format!("texts/{code}-0123456789abcdef.txt")),
                format!("kyc-texts 1 {code} 1\n{text}\n"),
            )
            .unwrap();
        }
        std::fs::write(dist.join("texts/de-0123456789abcdef.txt.br"), "compressed").unwrap();
        let texts = PageTexts::load(&dist);

        let page = texts.inserted("<head><title>x</title></head><body></body>", Language::De);

        assert_eq!(
            page,
            concat!(
                r#"<head><title>x</title><meta name="kyc-texts" content="en=/texts/en-0123456789abcdef.txt "#,
                r#"de=/texts/de-0123456789abcdef.txt fr=/texts/fr-0123456789abcdef.txt">"#,
                "<template id=\"kyc-texts\">kyc-texts 1 de 1\nWeiter &amp; &lt;zurück>\n</template></head><body></body>"
            )
        );
        // A language without a file: the page names the others, and has no texts of its own.
        assert!(!texts.inserted("<head></head>", Language::Nl).contains("<template"));
        std::fs::remove_dir_all(&dist).unwrap();
        assert_eq!(PageTexts::load(&dist).inserted("<head></head>", Language::En), "<head></head>");
    }
}
