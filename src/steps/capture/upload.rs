//! The upload, with `XMLHttpRequest` rather than `fetch`: only it reports upload progress.

use js_sys::Promise;
use kyc_core::capture::signals::SIGNALS_HEADER;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ProgressEvent, XmlHttpRequest};

/// Why an upload did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UploadError {
    /// No answer, or the proxy failed: trying again may help.
    Failed,
    /// The proxy refused the picture (type, size, dimensions, damaged): another picture is needed.
    Refused,
    /// The token is unknown or expired.
    Unauthorized,
}

/// `PUT`s `blob` as a JPEG to `path` with the capture's `signals` (JSON) beside it, reporting
/// progress in percent.
pub(super) async fn put(
    path: &str,
    token: &str,
    blob: &Blob,
    signals: &str,
    progress: impl Fn(u32) + 'static,
) -> Result<(), UploadError> {
    let xhr = XmlHttpRequest::new().map_err(|_| UploadError::Failed)?;
    xhr.open_with_async("PUT", path, true).map_err(|_| UploadError::Failed)?;
    xhr.set_request_header("Authorization", &format!("Bearer {token}")).map_err(|_| UploadError::Failed)?;
    xhr.set_request_header("Content-Type", "image/jpeg").map_err(|_| UploadError::Failed)?;
    xhr.set_request_header(SIGNALS_HEADER, signals).map_err(|_| UploadError::Failed)?;
    let on_progress = Closure::<dyn Fn(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() && event.total() > 0.0 {
            progress((event.loaded() / event.total() * 100.0).round() as u32);
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    // `loadend` comes after success, error, abort and timeout alike; the status tells them apart.
    let finished = Promise::new(&mut |resolve, _reject| xhr.set_onloadend(Some(&resolve)));
    xhr.send_with_opt_blob(Some(blob)).map_err(|_| UploadError::Failed)?;
    let _ = JsFuture::from(finished).await;
    drop(on_progress);
    match xhr.status().unwrap_or(0) {
        200..=299 => Ok(()),
        401 | 404 => Err(UploadError::Unauthorized),
        413 | 415 | 422 => Err(UploadError::Refused),
        _ => Err(UploadError::Failed),
    }
}
