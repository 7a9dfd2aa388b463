//! The languages whose texts the app holds. A page comes with its language's texts of the
//! parts it shows ([`Part`]): the proxy writes each part's file into it
//! (`<template id="kyc-texts-<part>">`, `proxy/src/spa/texts.rs`) with a
//! `<meta name="kyc-texts">` naming every language's files of those parts; a switch fetches the
//! other language's. Each is decoded once and kept for the page's life.

use super::declare::{keep, loaded, Part, Table};
use super::file::Refused;
use super::{Lang, Texts};
use std::sync::OnceLock;

/// A part's table, as a page that shows it reads it: each page lists its own parts, so that the
/// first page's wasm holds no reader of the later pages' tables.
#[derive(Clone, Copy)]
pub(crate) struct PartTable {
    part: Part,
    keep: fn(String) -> Result<Lang, Refused>,
    has: fn(Lang) -> bool,
}

impl PartTable {
    /// The table `T` of `part`.
    pub(crate) const fn of<T: Table>(part: Part) -> Self {
        Self { part, keep: keep_as::<T>, has: has_as::<T> }
    }
}

/// The main texts, which every page shows.
pub(crate) const MAIN: PartTable = PartTable::of::<Texts>(Part::Main);

fn keep_as<T: Table>(file: String) -> Result<Lang, Refused> {
    keep::<T>(file).map(Table::lang)
}

fn has_as<T: Table>(lang: Lang) -> bool {
    T::slots()[lang.index()].get().is_some()
}

/// The language of the texts that came with the page, and the parts it shows.
static PAGE: OnceLock<(Lang, &'static [PartTable])> = OnceLock::new();

/// The texts of `T`'s part in `lang`. The app only ever shows a loaded language, so this is its
/// own; natively (tests, the generator) they are encoded from the translators' tables.
pub(super) fn table<T: Table>(lang: Lang) -> &'static T {
    if let Some(table) = loaded::<T>(lang) {
        return table;
    }
    // Unreachable in the app: `mount` runs it only once the page's texts are in, and a switch
    // happens once the new language's texts of every part of the page are.
    Lang::ALL.into_iter().find_map(loaded::<T>).expect("the page's texts are loaded before the app shows them")
}

/// The parts the page shows.
fn page_parts() -> &'static [PartTable] {
    PAGE.get().map_or(&[MAIN], |(_, parts)| parts)
}

/// Whether every part of the page is here in `lang`.
pub(super) fn has(lang: Lang) -> bool {
    page_parts().iter().all(|table| (table.has)(lang))
}

/// Reads the texts of `parts` that came with the page; refused when one is missing, does not
/// decode (a page of another build) or the files are of two languages.
pub(crate) fn from_page(parts: &'static [PartTable]) -> Result<Lang, Refused> {
    if let Some((lang, _)) = PAGE.get() {
        return Ok(*lang);
    }
    let mut lang = None;
    for table in parts {
        let read = (table.keep)(page_file(table.part).ok_or(Refused::Header)?)?;
        if lang.is_some_and(|l| l != read) {
            return Err(Refused::Header);
        }
        lang = Some(read);
    }
    let lang = lang.ok_or(Refused::Header)?;
    Ok(PAGE.get_or_init(|| (lang, parts)).0)
}

/// The text content of `<template id="kyc-texts-<part>">` (a template's children are in its `content`).
fn page_file(part: Part) -> Option<String> {
    use wasm_bindgen::JsCast;
    let template = leptos::prelude::document().get_element_by_id(&format!("kyc-texts-{}", part.name()))?;
    let content = js_sys::Reflect::get(&template, &"content".into()).ok()?;
    content.dyn_into::<web_sys::Node>().ok()?.text_content()
}

/// The language the page's texts are in (English before they are read).
pub(super) fn page_lang() -> Lang {
    PAGE.get().map_or(Lang::En, |(lang, _)| *lang)
}

/// The URL of the file of `part` in `lang`, among those the page's `<meta name="kyc-texts">`
/// names (`/texts/<part>-<lang>-<hash>.txt`, space-separated).
fn url(part: Part, lang: Lang) -> Option<String> {
    let meta = leptos::prelude::document().query_selector(r#"meta[name="kyc-texts"]"#).ok()??;
    let content = meta.get_attribute("content")?;
    let prefix = format!("{}-{}-", part.name(), lang.code());
    content
        .split_whitespace()
        .find(|url| url.rsplit('/').next().is_some_and(|n| n.starts_with(&prefix)))
        .map(str::to_owned)
}

/// Fetches and decodes the texts of `lang` of every part of the page; an error when one cannot
/// be had.
pub(super) async fn fetch(lang: Lang) -> Result<(), ()> {
    for table in page_parts() {
        if (table.has)(lang) {
            continue;
        }
        let url = url(table.part, lang).ok_or(())?;
        let file = crate::api::texts(&url).await.map_err(drop)?;
        if (table.keep)(file).map_err(drop)? != lang {
            return Err(());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{ACCOUNT_PAGE, REST_PAGE, START_PAGE};
    use kyc_core::Bundle;

    #[test]
    fn each_page_reads_the_parts_the_proxy_writes_into_it() {
        for (bundle, parts) in [(Bundle::Start, START_PAGE), (Bundle::Rest, REST_PAGE), (Bundle::Account, ACCOUNT_PAGE)]
        {
            let names: Vec<&str> = parts.iter().map(|table| table.part.name()).collect();
            assert_eq!(names, bundle.text_parts(), "{bundle:?}");
        }
    }
}
