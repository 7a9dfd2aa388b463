//! The languages whose texts the app holds. The first comes with the page: the proxy writes the
//! negotiated language's file into it (`<template id="kyc-texts">`, `proxy/src/spa/texts.rs`)
//! with a `<meta name="kyc-texts">` naming every language's file; another is fetched when the
//! user switches to it. Each is decoded once and kept for the page's life.

use super::file::Refused;
use super::{Lang, Texts};
use std::sync::OnceLock;

/// The texts of each language of [`Lang::ALL`], once loaded.
static LOADED: [OnceLock<&'static Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
/// The language of the texts that came with the page.
static PAGE: OnceLock<Lang> = OnceLock::new();

fn slot(lang: Lang) -> &'static OnceLock<&'static Texts> {
    &LOADED[Lang::ALL.iter().position(|&l| l == lang).unwrap_or_default()]
}

/// Decodes `file` and keeps its texts for good (they live as long as the page).
fn keep(file: String) -> Result<&'static Texts, Refused> {
    let texts = Texts::decode(Box::leak(file.into_boxed_str()))?;
    Ok(slot(texts.lang).get_or_init(|| Box::leak(Box::new(texts))))
}

/// Whether the texts of `lang` are here.
pub(super) fn has(lang: Lang) -> bool {
    slot(lang).get().is_some()
}

/// The texts of `lang`. The app only ever shows a loaded language, so this is its own; natively
/// (tests, the generator) they are encoded from the source tables on first use.
pub(super) fn texts(lang: Lang) -> &'static Texts {
    if let Some(texts) = slot(lang).get() {
        return texts;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(texts) = lang.source().encode(lang).map_err(drop).and_then(|file| keep(file).map_err(drop)) {
        return texts;
    }
    // Unreachable in the app: `mount` runs it only once the page's texts are in.
    LOADED.iter().find_map(OnceLock::get).copied().expect("the page's texts are loaded before the app runs")
}

/// The language of the page's texts, read from the page; refused when they are missing or do
/// not decode (a page of another build).
pub(crate) fn from_page() -> Result<Lang, Refused> {
    if let Some(&lang) = PAGE.get() {
        return Ok(lang);
    }
    let file = page_file().ok_or(Refused::Header)?;
    let lang = keep(file)?.lang;
    Ok(*PAGE.get_or_init(|| lang))
}

/// The text content of `<template id="kyc-texts">` (a template's children are in its `content`).
fn page_file() -> Option<String> {
    use wasm_bindgen::JsCast;
    let template = leptos::prelude::document().get_element_by_id("kyc-texts")?;
    let content = js_sys::Reflect::get(&template, &"content".into()).ok()?;
    content.dyn_into::<web_sys::Node>().ok()?.text_content()
}

/// The language the page's texts are in (English before they are read).
pub(super) fn page_lang() -> Lang {
    PAGE.get().copied().unwrap_or(Lang::En)
}

/// The URL of `lang`'s file, as the page's `<meta name="kyc-texts" content="en=/texts/en-….txt …">` names it.
fn url(lang: Lang) -> Option<String> {
    let meta = leptos::prelude::document().query_selector(r#"meta[name="kyc-texts"]"#).ok()??;
    let content = meta.get_attribute("content")?;
    let prefix = format!("{}=", lang.code());
    content.split_whitespace().find_map(|item| item.strip_prefix(&prefix)).map(str::to_owned)
}

/// Fetches and decodes the texts of `lang`; an error when they cannot be had.
pub(super) async fn fetch(lang: Lang) -> Result<(), ()> {
    if has(lang) {
        return Ok(());
    }
    let url = url(lang).ok_or(())?;
    let file = crate::api::texts(&url).await.map_err(drop)?;
    keep(file).map(drop).map_err(drop)
}
