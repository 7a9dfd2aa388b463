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

/// [`picture::inspect`] on a thread of its own, when a decode slot is free.
pub async fn inspect(
    format: ImageFormat,
    bytes: Bytes,
    read_zone: Option<CalendarDate>,
) -> Result<picture::Inspected, AppError> {
    let decoding = SLOTS.decoding.clone().acquire_owned().await.map_err(|_| AppError::Internal)?;
    let (done, outcome) = tokio::sync::oneshot::channel();
    // The permit goes into the thread: should the request be dropped meanwhile (its deadline,
    // the client gone), the decode goes on and keeps its slot until it ends. Not the blocking
    // pool: its threads also serve the store, and a lowered priority would stay with them.
    std::thread::Builder::new()
        .name("kyc-decode".into())
        .spawn(move || {
            let _decoding = decoding;
            behind_requests();
            let _ = done.send(picture::inspect(format, &bytes, read_zone));
        })
        .map_err(|_| AppError::Busy)?;
    outcome.await.map_err(|_| AppError::Internal)?
}

/// Lowers the calling thread's scheduling priority (nice 10; on Linux a thread's own), so that
/// while a decode takes a core the runtime's threads still answer at once: health probes, polls.
fn behind_requests() {
    #[cfg(target_os = "linux")]
    if let Err(error) = rustix::process::setpriority_process(None, 10) {
        tracing::debug!(%error, "a decode runs at the usual priority");
    }
}
