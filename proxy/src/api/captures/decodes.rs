//! Few picture decodes at a time. A decode of the largest picture allowed takes tens of
//! megabytes and a core for a moment; a burst of uploads (or of crafted files that decode
//! slowly) would otherwise take every core and the memory, and the proxy would stop answering
//! anything else. A handful wait their turn; beyond that an upload is refused at once with 503
//! [`AppError::Busy`], which the SPA shows as "try again".

use super::picture;
use crate::error::AppError;
use axum::body::Bytes;
use image::ImageFormat;
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Uploads that may wait for a decode, besides those decoding.
const WAITING_MAX: usize = 32;

/// The process's decode slots: those decoding, and those decoding or waiting.
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

/// [`picture::inspect`] on the blocking pool, when a decode slot is free.
pub async fn inspect(format: ImageFormat, bytes: Bytes) -> Result<(u32, u32), AppError> {
    let admitted = SLOTS.admitted.clone().try_acquire_owned().map_err(|_| AppError::Busy)?;
    let decoding = SLOTS.decoding.clone().acquire_owned().await.map_err(|_| AppError::Internal)?;
    // The permits go into the blocking task: should the request be dropped meanwhile (its
    // deadline, the client gone), the decode goes on and keeps its slot until it ends.
    tokio::task::spawn_blocking(move || {
        let _slots = (admitted, decoding);
        picture::inspect(format, &bytes)
    })
    .await
    .map_err(|_| AppError::Internal)?
}
