//! Country names in the user's language, from the browser's `Intl.DisplayNames`: the browser
//! already carries these tables, so the wasm does not.

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
}

/// A country for a `<select>`: its ISO code and its name.
pub(crate) type Country = (&'static str, String);

/// Every ISO 3166-1 country, named in the language `locale` (a BCP 47 code) and sorted the way it sorts.
/// Browsers without `Intl.DisplayNames` get the codes, which still work.
///
/// The browser sorts too, with its `Intl.Collator`: a sort in the wasm would add its code to the
/// first page's download. Each entry is "name<TAB>code"; a tab sorts before any character of a
/// country name, so "Niger" still comes before "Nigeria".
pub(crate) fn sorted(locale: &str) -> Vec<Country> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let names = DisplayNames::new(locale, &options).ok();
    let name = |code: &'static str| -> String {
        names.as_ref().and_then(|n| n.of(code).ok()).and_then(|v| v.as_string()).unwrap_or_else(|| code.to_owned())
    };
    let entries: js_sys::Array =
        kyc_core::country::ALL.iter().map(|&code| JsValue::from(format!("{}\t{code}", name(code)))).collect();
    if let Some(compare) = Collator::new(locale).ok().and_then(|c| js_sys::Reflect::get(&c, &"compare".into()).ok()) {
        let sort = js_sys::Reflect::get(&entries, &"sort".into()).map(js_sys::Function::from);
        let _ = sort.and_then(|sort| sort.call1(&entries, &compare));
    }
    entries
        .iter()
        .filter_map(|entry| {
            let entry = entry.as_string()?;
            let (name, code) = entry.split_once('\t')?;
            let code = kyc_core::country::ALL.iter().find(|&&c| c == code)?;
            Some((*code, name.to_owned()))
        })
        .collect()
}

/// The countries of a list of codes ("DE, FR"), named in the language `locale` ("Germany, France").
pub(crate) fn names(locale: &str, codes: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let names = DisplayNames::new(locale, &options).ok();
    codes
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|code| {
            names.as_ref().and_then(|n| n.of(code).ok()).and_then(|v| v.as_string()).unwrap_or_else(|| code.to_owned())
        })
        .collect::<Vec<_>>()
        .join(", ")
}
