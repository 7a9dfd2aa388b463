//! The entry points of the browser's Web Worker (`mrz/worker/worker.js` calls them; the
//! message protocol is in `docs/mrz.md`). The answer is JSON: `{"status": "none" | "invalid"
//! | "valid", "data": MrzData}` (`data` only when valid). The lines as read never leave the
//! worker: the page needs the fields, not the text.

use crate::{read_luma, read_rgba, MrzOutcome};
use kyc_core::CalendarDate;
use wasm_bindgen::prelude::wasm_bindgen;

fn answer(outcome: &MrzOutcome) -> String {
    let data = outcome.data().and_then(|d| serde_json::to_value(d).ok());
    let mut answer = serde_json::json!({ "status": outcome.status() });
    if let Some(data) = data {
        answer["data"] = data;
    }
    answer.to_string()
}

fn day(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
    CalendarDate::new(year, month, day).ok()
}

/// Reads a frame of luma bytes (`width` a row) on the user's `year`-`month`-`day`.
#[wasm_bindgen]
pub fn read_frame(luma: &[u8], width: u32, year: i32, month: u8, today: u8) -> String {
    match day(year, month, today) {
        Some(today) => answer(&read_luma(luma, width as usize, today)),
        None => answer(&MrzOutcome::None),
    }
}

/// Reads a frame of RGBA bytes (a canvas's `ImageData.data`).
#[wasm_bindgen]
pub fn read_image_data(rgba: &[u8], width: u32, year: i32, month: u8, today: u8) -> String {
    match day(year, month, today) {
        Some(today) => answer(&read_rgba(rgba, width as usize, today)),
        None => answer(&MrzOutcome::None),
    }
}
