//! What the capture notices about the camera for the product team (`CaptureSignals`): the
//! track's settings against what was asked, a virtual camera. The label is only looked at here,
//! never sent: a phone used as a webcam carries its owner's name.

use super::camera::REQUESTED;
use js_sys::{Function, Reflect};
use kyc_core::browser::is_virtual_camera;
use kyc_core::capture::signals::{FacingSetting, Resolution, TrackSignals};
use kyc_core::capture::Facing;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MediaStream, MediaStreamTrack};

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `track.getSettings()`, or `undefined` where the browser lacks it.
fn settings(track: &MediaStreamTrack) -> JsValue {
    get(track, "getSettings")
        .dyn_into::<Function>()
        .ok()
        .and_then(|f| f.call0(track).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// The video track of `stream`, as asked for with `facing`.
pub(super) fn track_signals(stream: &MediaStream, facing: Facing) -> Option<TrackSignals> {
    let track: MediaStreamTrack = stream.get_video_tracks().get(0).dyn_into().ok()?;
    let settings = settings(&track);
    let edge = |key| get(&settings, key).as_f64().map(|v| v.clamp(0.0, f64::from(u16::MAX)) as u16);
    let delivered = edge("width").zip(edge("height")).map(|(width, height)| Resolution { width, height });
    Some(TrackSignals {
        requested: REQUESTED,
        delivered,
        facing_requested: FacingSetting::parse(facing.as_str()),
        facing_delivered: FacingSetting::parse(&get(&settings, "facingMode").as_string().unwrap_or_default()),
        virtual_camera: is_virtual_camera(&track.label()),
    })
}
