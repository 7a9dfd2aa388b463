//! Pictures in the browser, with the browser's own canvas (no image crate in the wasm): a frame
//! or a file drawn at most `LONG_EDGE_MAX` on its long edge, the quality checks on a small copy,
//! and the JPEG that is uploaded.

use crate::i18n::capture::FileProblem;
use js_sys::Promise;
use kyc_core::capture::{
    fit_within, Quality, QualityIssue, ANALYSIS_EDGE, FILE_MAX_BYTES, JPEG_QUALITY, LONG_EDGE_MAX,
};
use leptos::prelude::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlVideoElement, ImageBitmap};

/// What a picture is taken from.
pub(super) enum Source<'a> {
    /// The camera's current frame.
    Video(&'a HtmlVideoElement),
    /// A chosen file, decoded.
    Bitmap(&'a ImageBitmap),
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Draws `source` onto `canvas`, scaled down so that its long edge is at most `LONG_EDGE_MAX`.
pub(super) fn draw(canvas: &HtmlCanvasElement, source: Source<'_>) -> Option<()> {
    let (width, height) = match &source {
        Source::Video(v) => (v.video_width(), v.video_height()),
        Source::Bitmap(b) => (b.width(), b.height()),
    };
    let (w, h) = fit_within(width, height, LONG_EDGE_MAX);
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx = context(canvas)?;
    let (w, h) = (f64::from(w), f64::from(h));
    match source {
        Source::Video(v) => ctx.draw_image_with_html_video_element_and_dw_and_dh(v, 0.0, 0.0, w, h),
        Source::Bitmap(b) => ctx.draw_image_with_image_bitmap_and_dw_and_dh(b, 0.0, 0.0, w, h),
    }
    .ok()
}

/// What is wrong with the picture on `canvas`, measured on a copy `ANALYSIS_EDGE` wide.
pub(super) fn issues(canvas: &HtmlCanvasElement) -> Vec<QualityIssue> {
    let measure = || {
        let (w, h) = fit_within(canvas.width(), canvas.height(), ANALYSIS_EDGE);
        let small: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
        small.set_width(w);
        small.set_height(h);
        let ctx = context(&small)?;
        ctx.draw_image_with_html_canvas_element_and_dw_and_dh(canvas, 0.0, 0.0, f64::from(w), f64::from(h)).ok()?;
        let pixels = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).ok()?.data();
        Some(Quality::measure(&pixels, w as usize).issues())
    };
    // A picture that cannot even be measured is treated as unusable rather than waved through.
    measure().unwrap_or_else(|| vec![QualityIssue::Blurred])
}

/// The picture on `canvas` as a JPEG.
pub(super) async fn jpeg(canvas: &HtmlCanvasElement) -> Option<Blob> {
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob_with_type_and_encoder_options(
            done.unchecked_ref(),
            "image/jpeg",
            &JsValue::from_f64(JPEG_QUALITY),
        );
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// A chosen file, decoded, if it is a JPEG or PNG the browser can read and not too large.
pub(super) async fn decode(file: &File) -> Result<ImageBitmap, FileProblem> {
    if !matches!(file.type_().as_str(), "image/jpeg" | "image/png") {
        return Err(FileProblem::WrongType);
    }
    if file.size() > FILE_MAX_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let decoding = window().create_image_bitmap_with_blob(file).map_err(|_| FileProblem::Unreadable)?;
    let bitmap = JsFuture::from(decoding).await.map_err(|_| FileProblem::Unreadable)?;
    bitmap.dyn_into().map_err(|_| FileProblem::Unreadable)
}
