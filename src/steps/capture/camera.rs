//! The camera: asking for it, telling its failures apart, knowing when it really shows frames,
//! and letting it go.

use crate::i18n::capture::CameraProblem;
use js_sys::{Object, Reflect};
use kyc_core::capture::signals::Resolution;
use kyc_core::capture::Facing;
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, HtmlVideoElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};

/// The problem a failed `getUserMedia` names (its `DOMException`'s name).
fn problem_of(error: &JsValue) -> CameraProblem {
    let name = error.dyn_ref::<DomException>().map(DomException::name).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" if !super::doctor::policy_allows_camera() => CameraProblem::Blocked,
        "NotAllowedError" | "SecurityError" => CameraProblem::Denied,
        "NotFoundError" | "OverconstrainedError" => CameraProblem::NoCamera,
        // NotReadableError and AbortError: the hardware is there but another app holds it.
        _ => CameraProblem::Busy,
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn ideal(value: &JsValue) -> JsValue {
    let object = Object::new();
    set(&object, "ideal", value);
    object.into()
}

/// The resolution asked for: documents need detail.
pub(super) const REQUESTED: Resolution = Resolution { width: 1920, height: 1080 };

/// Opens the camera facing `facing`, asking for a large picture (documents need detail).
pub(super) async fn open(facing: Facing) -> Result<MediaStream, CameraProblem> {
    if let Some(problem) = super::doctor::diagnose().await {
        return Err(problem);
    }
    let devices = window().navigator().media_devices().map_err(|_| CameraProblem::NoCamera)?;
    let video = Object::new();
    set(&video, "facingMode", &ideal(&JsValue::from_str(facing.as_str())));
    set(&video, "width", &ideal(&JsValue::from_f64(f64::from(REQUESTED.width))));
    set(&video, "height", &ideal(&JsValue::from_f64(f64::from(REQUESTED.height))));
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let asked = devices.get_user_media_with_constraints(&constraints).map_err(|e| problem_of(&e))?;
    JsFuture::from(asked).await.map(JsCast::unchecked_into).map_err(|e| problem_of(&e))
}

/// Stops every track of `stream`: the camera light goes off.
pub(super) fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Whether the video really shows frames: one decoded, its size known, and time running. A
/// stream that merely exists can still be black, and a shot taken then would be empty.
pub(super) fn showing_frames(video: &HtmlVideoElement) -> bool {
    video.ready_state() >= 2 && video.video_width() > 0 && video.current_time() > 0.0
}
