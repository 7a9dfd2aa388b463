//! Country names in the user's language, from the browser's `Intl.DisplayNames`: the browser
//! already carries these tables, so the wasm does not.

use crate::i18n::Lang;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type DisplayNames;

    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Intl)]
    type Collator;

    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str) -> Result<Collator, JsValue>;

    #[wasm_bindgen(method)]
    fn compare(this: &Collator, a: &str, b: &str) -> f64;
}

/// A country for a `<select>`: its ISO code and its name.
pub(crate) type Country = (&'static str, String);

/// Every ISO 3166-1 country, named in `lang` and sorted the way that language sorts.
/// Browsers without `Intl.DisplayNames` get the codes, which still work.
pub(crate) fn sorted(lang: Lang) -> Vec<Country> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let names = DisplayNames::new(lang.code(), &options).ok();
    let name = |code: &'static str| -> String {
        names.as_ref().and_then(|n| n.of(code).ok()).and_then(|v| v.as_string()).unwrap_or_else(|| code.to_owned())
    };
    let mut countries: Vec<Country> = kyc_core::country::ALL.iter().map(|&code| (code, name(code))).collect();
    let collator = Collator::new(lang.code()).ok();
    countries.sort_unstable_by(|a, b| match &collator {
        Some(collator) => collator.compare(&a.1, &b.1).total_cmp(&0.0),
        None => a.1.cmp(&b.1),
    });
    countries
}
