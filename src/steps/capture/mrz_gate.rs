//! Where the MRZ reader (a Web Worker, built apart) plugs into the capture step. It is optional:
//! without one, auto-capture leaves the "MRZ reads valid" condition out and no cross-check runs.
//! A reader is given to the step as context ([`MrzGate`]); the step offers it the live frames
//! and the picture about to be used, and asks it what it read.

use kyc_core::mrz::MrzData;
use leptos::prelude::*;
use std::rc::Rc;
use web_sys::{HtmlCanvasElement, HtmlVideoElement};

/// An MRZ reader as the capture step uses it. Its answers come later than its offers (it runs
/// in a worker): it keeps them in signals, so the step's views follow them.
pub(crate) trait MrzReader {
    /// A live frame of a document is on screen (about five a second): read it if idle, taking
    /// from `video` what it needs (`createImageBitmap(video)`, transferred to the worker).
    fn offer_frame(&self, video: &HtmlVideoElement);
    /// Whether the latest live frame it finished reading has a zone whose check digits hold;
    /// `None` until it has read one. Read untracked, per analysed frame.
    fn live_valid(&self) -> Option<bool>;
    /// The picture about to be used (from the camera or a file), at full size.
    fn offer_picture(&self, picture: &HtmlCanvasElement);
    /// The zone read on the picture offered last, once read with valid check digits; tracked.
    fn picture_zone(&self) -> Option<MrzData>;
    /// The picture was retaken: what was read on it no longer counts.
    fn forget_picture(&self);
}

/// The reader, for the capture step's context: `provide_context(MrzGate::new(reader))` above
/// `CaptureStep` plugs it in.
#[derive(Clone, Copy)]
pub(crate) struct MrzGate(StoredValue<Rc<dyn MrzReader>, LocalStorage>);

impl MrzGate {
    /// Wraps `reader`.
    pub(crate) fn new(reader: Rc<dyn MrzReader>) -> Self {
        Self(StoredValue::new_local(reader))
    }

    /// The reader in context, if one is plugged in.
    pub(crate) fn in_context() -> Option<Self> {
        use_context::<Self>()
    }

    /// Runs `f` with the reader (nothing once the step is gone).
    pub(crate) fn with<T>(self, f: impl FnOnce(&dyn MrzReader) -> T) -> Option<T> {
        self.0.try_with_value(|reader| f(reader.as_ref()))
    }
}
