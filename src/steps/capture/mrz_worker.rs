//! The MRZ reader in its Web Worker (`/mrz/worker.js`, built apart: docs/mrz.md), as the capture
//! step's [`MrzReader`]. The worker starts with the capture step and ends with it, so its files
//! are fetched only there. Frames go as RGBA pixels whose buffer is handed over (no copy into
//! the wasm); one live frame is read at a time, and a frame offered meanwhile is skipped.

use super::mrz_gate::{MrzGate, MrzReader};
use js_sys::{Array, Object, Reflect};
use kyc_core::mrz::{MrzData, MrzFormat};
use kyc_core::CalendarDate;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MessageEvent, Worker};

/// The worker's entry, at a stable URL (its glue and wasm beside it are hashed).
const WORKER_URL: &str = "/mrz/worker.js";

/// What the worker's answers update.
#[derive(Default)]
struct Answers {
    live_busy: Cell<bool>,
    live_valid: Cell<Option<bool>>,
    next_id: Cell<u32>,
    picture_id: Cell<Option<u32>>,
}

/// The reader: the worker, its answers, and the zone of the picture offered last.
struct WorkerReader {
    worker: Worker,
    answers: Rc<Answers>,
    picture: RwSignal<Option<MrzData>, LocalStorage>,
    /// A canvas of its own for the live frames (the step's canvas holds the picture).
    scratch: HtmlCanvasElement,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

/// Starts the worker and puts the reader in context for the capture step; ends the worker when
/// the step goes. Without worker support (or the file) the step works without the reader.
pub(super) fn provide() {
    let Some(reader) = WorkerReader::start() else { return };
    let worker = StoredValue::new_local(Some(reader.worker.clone()));
    provide_context(MrzGate::new(Rc::new(reader)));
    on_cleanup(move || {
        if let Some(worker) = worker.try_update_value(Option::take).flatten() {
            worker.terminate();
        }
    });
}

impl WorkerReader {
    fn start() -> Option<Self> {
        let worker = Worker::new(WORKER_URL).ok()?;
        let answers = Rc::new(Answers::default());
        let picture = RwSignal::new_local(None);
        let on_answer = answers.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            let valid = field("status").as_string().as_deref() == Some("valid");
            let id = field("id").as_f64().map(|id| id as u32);
            if id.is_some() && id == on_answer.picture_id.get() {
                picture.try_set(valid.then(|| mrz_data(&field("data"))).flatten());
            } else {
                on_answer.live_busy.set(false);
                // No zone at all says nothing (the side may have none); a zone that does not
                // read valid holds the shutter.
                let status = field("status").as_string().unwrap_or_default();
                on_answer.live_valid.set(match status.as_str() {
                    "valid" => Some(true),
                    "invalid" => Some(false),
                    _ => None,
                });
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let scratch = document().create_element("canvas").ok()?.dyn_into().ok()?;
        Some(Self { worker, answers, picture, scratch, _on_message: on_message })
    }

    /// Posts the pixels of `canvas` to the worker under a new id, handing over their buffer.
    fn post(&self, canvas: &HtmlCanvasElement) -> Option<u32> {
        let (width, height) = (canvas.width(), canvas.height());
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let image = ctx.get_image_data(0.0, 0.0, f64::from(width), f64::from(height)).ok()?;
        // The pixels stay a JS array: read through `data`, not copied into the wasm.
        let rgba = Reflect::get(&image, &JsValue::from_str("data")).ok()?;
        let buffer = Reflect::get(&rgba, &JsValue::from_str("buffer")).ok()?;
        let id = self.answers.next_id.get().wrapping_add(1);
        self.answers.next_id.set(id);
        let message = Object::new();
        for (key, value) in [
            ("rgba", rgba),
            ("width", JsValue::from(width)),
            ("height", JsValue::from(height)),
            ("id", JsValue::from(id)),
        ] {
            Reflect::set(&message, &JsValue::from_str(key), &value).ok()?;
        }
        self.worker.post_message_with_transfer(&message, &Array::of1(&buffer)).ok()?;
        Some(id)
    }
}

impl MrzReader for WorkerReader {
    fn offer_frame(&self, video: &HtmlVideoElement) {
        if self.answers.live_busy.get() || video.video_width() == 0 {
            return;
        }
        self.scratch.set_width(video.video_width());
        self.scratch.set_height(video.video_height());
        let drawn = self
            .scratch
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .and_then(|ctx| ctx.draw_image_with_html_video_element(video, 0.0, 0.0).ok());
        if drawn.is_some() && self.post(&self.scratch).is_some() {
            self.answers.live_busy.set(true);
        }
    }

    fn live_valid(&self) -> Option<bool> {
        self.answers.live_valid.get()
    }

    fn offer_picture(&self, picture: &HtmlCanvasElement) {
        self.picture.set(None);
        self.answers.picture_id.set(self.post(picture));
    }

    fn picture_zone(&self) -> Option<MrzData> {
        self.picture.get()
    }

    fn forget_picture(&self) {
        self.answers.picture_id.set(None);
        self.picture.set(None);
    }
}

/// The worker's `data` (`MrzData` as serde writes it), read field by field: no JSON parser in
/// the app's download for one object.
fn mrz_data(data: &JsValue) -> Option<MrzData> {
    let text = |name: &str| Reflect::get(data, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    let date = |name: &str| text(name).and_then(|d| CalendarDate::parse(&d).ok());
    Some(MrzData {
        format: match text("format")?.as_str() {
            "td1" => MrzFormat::Td1,
            "td2" => MrzFormat::Td2,
            "td3" => MrzFormat::Td3,
            _ => return None,
        },
        document_code: text("document_code")?,
        issuing_state: text("issuing_state")?,
        document_number: text("document_number")?,
        surname: text("surname")?,
        given_names: text("given_names")?,
        nationality: text("nationality")?,
        birth_date: date("birth_date"),
        sex: text("sex")?.chars().next()?,
        expiry_date: date("expiry_date"),
    })
}
