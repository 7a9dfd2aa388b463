//! What the page can tell a provider's risk check about the device: a fingerprint that stays
//! the same across visits of the same browser (nothing is stored for it), and whether the
//! browser says it is driven by automation.

use js_sys::Reflect;
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// A property as text. Numbers are written by JavaScript: Rust's float formatting would add
/// several KB to the first page's download for this one use.
fn property(target: &JsValue, key: &str) -> String {
    let value = Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let number = || js_sys::Number::from(value.as_f64()?).to_string_with_radix(10).ok().map(String::from);
    value.as_string().or_else(number).unwrap_or_default()
}

/// FNV-1a, 64 bits: a stable, tiny hash (not a secret; the provider only compares it).
fn fnv1a(seed: u64, text: &str) -> u64 {
    text.bytes().fold(seed, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// 128 bits of hash over the browser's stable properties, as 32 hex digits.
pub(crate) fn fingerprint() -> String {
    let window = window();
    let navigator: JsValue = window.navigator().into();
    let screen = Reflect::get(&window, &JsValue::from_str("screen")).unwrap_or(JsValue::UNDEFINED);
    let zone = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    let parts = [
        property(&navigator, "userAgent"),
        property(&navigator, "language"),
        property(&navigator, "platform"),
        property(&navigator, "hardwareConcurrency"),
        property(&screen, "width"),
        property(&screen, "height"),
        property(&screen, "colorDepth"),
        property(&zone.into(), "timeZone"),
    ];
    let text = parts.join("|");
    format!("{:016x}{:016x}", fnv1a(0xcbf2_9ce4_8422_2325, &text), fnv1a(0x8422_2325_cbf2_9ce4, &text))
}

/// `navigator.webdriver`.
pub(crate) fn automated() -> bool {
    Reflect::get(&window().navigator(), &JsValue::from_str("webdriver")).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::fnv1a;

    #[test]
    fn the_hash_is_stable_and_seeded() {
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, ""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, "a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(fnv1a(1, "a"), fnv1a(2, "a"));
    }
}
