//! Few uploads and fewer picture decodes at a time. A decode of the largest picture allowed
//! takes tens of megabytes and a core for a moment, and each upload up to 4 MiB of memory; a
//! burst of uploads (or of crafted files that decode slowly) would otherwise take every core and
//! the memory, and the proxy would stop answering anything else. A handful of uploads wait for a
//! decode; beyond that an upload is refused before anything of it is read, with 503
//! [`AppError::Busy`], which the SPA shows as "try again".

use super::picture;
use crate::error::AppError;
use axum::body::Bytes;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use image::ImageFormat;
use kyc_core::CalendarDate;
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Uploads that may be under way (their body read, waiting for a decode), besides those decoding.
const WAITING_MAX: usize = 32;

/// The process's slots: uploads decoding, and uploads under way.
struct Slots {
    decoding: Arc<Semaphore>,
    admitted: Arc<Semaphore>,
}

/// Half the cores (at least one), so that the rest of the proxy keeps a core to answer on.
static SLOTS: LazyLock<Slots> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let decoding = (cores / 2).max(1);
    Slots { decoding: Arc::new(Semaphore::new(decoding)), admitted: Arc::new(Semaphore::new(decoding + WAITING_MAX)) }
});

/// Middleware of the upload route: the request goes on while an upload slot is free, and is
/// refused at once otherwise (before its session is looked up or its body read).
pub async fn upload_admit(req: Request, next: Next) -> Response {
    match SLOTS.admitted.clone().try_acquire_owned() {
        Ok(_under_way) => next.run(req).await,
        Err(_) => AppError::Busy.into_response(),
    }
}

/// [`picture::inspect`] on the blocking pool, when a decode slot is free.
pub async fn inspect(
    format: ImageFormat,
    bytes: Bytes,
    read_zone: Option<CalendarDate>,
) -> Result<picture::Inspected, AppError> {
    let decoding = SLOTS.decoding.clone().acquire_owned().await.map_err(|_| AppError::Internal)?;
    // The permit goes into the blocking task: should the request be dropped meanwhile (its
    // deadline, the client gone), the decode goes on and keeps its slot until it ends.
    tokio::task::spawn_blocking(move || {
        let _decoding = decoding;
        picture::inspect(format, &bytes, read_zone)
    })
    .await
    .map_err(|_| AppError::Internal)?
}
