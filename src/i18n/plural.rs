//! Counted texts: the browser's `Intl.PluralRules` picks the category of a number in the
//! user's language, so the wasm carries no plural rules of its own.

use super::kinds::Counted;
use super::Lang;
use kyc_core::Plural;

#[cfg(target_arch = "wasm32")]
mod intl {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl)]
        pub(super) type PluralRules;

        #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
        pub(super) fn new(locale: &str) -> Result<PluralRules, JsValue>;

        #[wasm_bindgen(method)]
        pub(super) fn select(this: &PluralRules, number: f64) -> String;
    }
}

/// The category of `n` in `lang`: the browser's, else English's rule.
fn category(lang: Lang, n: u64) -> Plural {
    #[cfg(target_arch = "wasm32")]
    if let Ok(rules) = intl::PluralRules::new(lang.code()) {
        // Counts of minutes, countries and euros: far below f64's exact integers.
        if let Some(plural) = Plural::from_cldr(&rules.select(n as f64)) {
            return plural;
        }
    }
    let _ = lang;
    Plural::english(n)
}

/// `text` for the count `n`, in the form `lang` uses for it.
pub(crate) fn counted(lang: Lang, text: &Counted, n: u64) -> String {
    text.of(category(lang, n), &n.to_string())
}
