//! A JSON value as the reader sees it: the browser's own (a `JsValue` from `JSON.parse`) in the
//! app, serde_json's in the host tests, which have no browser. The reader is written once,
//! against this trait; the app's build compiles it for `JsValue` only.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// What the reader asks of a JSON value. A missing member reads as `null`, whose every accessor
/// says `None`, as an absent JSON key does.
pub(crate) trait Value: Sized {
    /// Member `key` of an object; `null` when there is none.
    fn member(&self, key: &str) -> Self;
    /// The string, if this is one.
    fn string(&self) -> Option<String>;
    /// The boolean, if this is one.
    fn boolean(&self) -> Option<bool>;
    /// The number, if this is one.
    fn number(&self) -> Option<f64>;
    /// Whether this is an object or an array (not `null`).
    fn is_object(&self) -> bool;
    /// The items, if this is an array.
    fn items(&self) -> Option<Vec<Self>>;
}

impl Value for JsValue {
    fn member(&self, key: &str) -> Self {
        Reflect::get(self, &JsValue::from_str(key)).unwrap_or(JsValue::NULL)
    }

    fn string(&self) -> Option<String> {
        self.as_string()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn is_object(&self) -> bool {
        JsValue::is_object(self)
    }

    fn items(&self) -> Option<Vec<Self>> {
        // Item by item, as the rest of the app reads arrays: `to_vec` would add a binding to the
        // JS glue of the first download.
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().iter().collect())
    }
}
