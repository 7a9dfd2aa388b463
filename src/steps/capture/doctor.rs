//! The permission doctor: what will go wrong with the camera, found before asking for it, so
//! that the user gets advice and a way on (a file, the phone, their own browser) instead of a
//! black preview or a prompt that never comes.

use crate::i18n::capture::CameraProblem;
use js_sys::{Array, Function, Object, Promise, Reflect};
use kyc_core::browser::UserAgent;
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the page's Permissions Policy lets it use the camera. Only Chromium tells
/// (`document.featurePolicy`, `permissionsPolicy` in the newer spec); elsewhere a withheld
/// camera surfaces as a refusal, explained as one.
pub(super) fn policy_allows_camera() -> bool {
    let doc: JsValue = document().into();
    for name in ["permissionsPolicy", "featurePolicy"] {
        let policy = Reflect::get(&doc, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let allows = Reflect::get(&policy, &JsValue::from_str("allowsFeature")).unwrap_or(JsValue::UNDEFINED);
        if let Some(allows) = allows.dyn_ref::<Function>() {
            return allows.call1(&policy, &JsValue::from_str("camera")).map_or(true, |v| v.as_bool() != Some(false));
        }
    }
    true
}

/// The browser, as its user agent string says.
pub(crate) fn user_agent() -> UserAgent {
    UserAgent::parse(&window().navigator().user_agent().unwrap_or_default())
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls `target.method(arg)` and awaits the promise it returns.
async fn call(target: &JsValue, method: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    let function = get(target, method).dyn_into::<Function>().ok()?;
    let promise = match arg {
        Some(arg) => function.call1(target, arg),
        None => function.call0(target),
    };
    JsFuture::from(promise.ok()?.dyn_into::<Promise>().ok()?).await.ok()
}

/// Whether the device lists a camera at all. Before any permission the list has no labels, but
/// its kinds are there; a browser that cannot tell (`None`) gets the benefit of the doubt.
async fn has_camera(devices: &JsValue) -> Option<bool> {
    let list: Array = call(devices, "enumerateDevices", None).await?.dyn_into().ok()?;
    Some(list.iter().any(|d| get(&d, "kind").as_string().as_deref() == Some("videoinput")))
}

/// The camera permission's state (`granted`, `prompt`, `denied`), where the Permissions API
/// knows the camera (Firefox long did not: then `None`).
async fn permission_state() -> Option<String> {
    let permissions = get(&window().navigator(), "permissions");
    if permissions.is_undefined() {
        return None;
    }
    let query = Object::new();
    Reflect::set(&query, &JsValue::from_str("name"), &JsValue::from_str("camera")).ok()?;
    get(&call(&permissions, "query", Some(&query)).await?, "state").as_string()
}

/// What stops the camera before it is asked for, worst first.
pub(super) async fn diagnose() -> Option<CameraProblem> {
    if user_agent().in_app.is_some() {
        return Some(CameraProblem::InAppBrowser);
    }
    if !window().is_secure_context() {
        return Some(CameraProblem::Insecure);
    }
    if !policy_allows_camera() {
        return Some(CameraProblem::Blocked);
    }
    let devices = get(&window().navigator(), "mediaDevices");
    if devices.is_undefined() || devices.is_null() || has_camera(&devices).await == Some(false) {
        return Some(CameraProblem::NoCamera);
    }
    (permission_state().await.as_deref() == Some("denied")).then_some(CameraProblem::Denied)
}
