//! The live checks behind auto-capture: a few times a second the guide's area of the camera's
//! frame is copied small, measured (darkness, blur, glare), compared with the previous frame
//! (steadiness, `kyc_core::capture::auto`) and, with a reader plugged in, its MRZ asked about.
//! Once everything held long enough a countdown runs, and at its end the shutter fires. Frame
//! timing is noted for the capture signals on the way.

use super::mrz_gate::MrzGate;
use kyc_core::capture::auto::{
    frame_difference, guide_area, AutoState, Hold, LiveFrame, Steadiness, COUNTDOWN_SECONDS, LIVE_ANALYSIS_EDGE,
};
use kyc_core::capture::signals::CaptureSignals;
use kyc_core::capture::{fit_within, luma, Quality};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement};

/// What the view shows of the live checks.
#[derive(Clone, Copy)]
pub(super) struct LiveView {
    /// What keeps the shutter from firing by itself; `None` before the first analysed frame.
    pub hold: RwSignal<Option<Hold>>,
    /// Seconds left before the shutter fires, while the countdown runs.
    pub countdown: RwSignal<Option<u32>>,
    /// Frames analysed so far (the viewfinder's `data-analysed`, for tests to wait on).
    pub analysed: RwSignal<u32>,
}

/// The live checks' memory between frames.
pub(super) struct LiveCheck {
    view: LiveView,
    canvas: Option<HtmlCanvasElement>,
    previous: Vec<u8>,
    steadiness: Steadiness,
    /// When the countdown ends (`performance.now()`), while it runs.
    fires_at: Option<f64>,
    /// The video's time at the last new frame, and when that frame was seen.
    last_frame: Option<(f64, f64)>,
    /// Frame timing, for the capture signals.
    pub signals: CaptureSignals,
}

/// `performance.now()`, in milliseconds.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

impl LiveCheck {
    pub(super) fn new(view: LiveView) -> Self {
        Self {
            view,
            canvas: None,
            previous: Vec::new(),
            steadiness: Steadiness::default(),
            fires_at: None,
            last_frame: None,
            signals: CaptureSignals::file(),
        }
    }

    /// Starts over: a new camera, or a retake.
    pub(super) fn reset(&mut self) {
        self.previous.clear();
        self.steadiness.reset();
        self.fires_at = None;
        self.view.countdown.set(None);
        self.view.hold.set(None);
    }

    /// The guide's area of the current frame, small, as greyscale.
    fn grab(&mut self, video: &HtmlVideoElement) -> Option<(Vec<u8>, usize)> {
        let (x, y, w, h) = guide_area(video.video_width(), video.video_height());
        let (sw, sh) = fit_within(w as u32, h as u32, LIVE_ANALYSIS_EDGE);
        if self.canvas.is_none() {
            self.canvas = document().create_element("canvas").ok()?.dyn_into().ok();
        }
        let canvas = self.canvas.as_ref()?;
        canvas.set_width(sw);
        canvas.set_height(sh);
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let (sw, sh) = (f64::from(sw), f64::from(sh));
        ctx.draw_image_with_html_video_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            video, x, y, w, h, 0.0, 0.0, sw, sh,
        )
        .ok()?;
        let pixels = ctx.get_image_data(0.0, 0.0, sw, sh).ok()?.data();
        Some((luma(&pixels), sw as usize))
    }

    /// Notes the frame timing: a pause from the last new frame is a gap.
    fn time(&mut self, video: &HtmlVideoElement, at: f64) -> bool {
        let media_time = video.current_time();
        match self.last_frame {
            Some((seen, _)) if seen == media_time => false,
            Some((_, since)) => {
                self.signals.observe_gap((at - since).clamp(0.0, f64::from(u32::MAX)) as u32);
                self.last_frame = Some((media_time, at));
                true
            }
            None => {
                self.last_frame = Some((media_time, at));
                true
            }
        }
    }

    /// One look at the live picture; `true` when the shutter should fire now. `auto` is off for
    /// the selfie (only the timing is noted then).
    pub(super) fn tick(&mut self, video: &HtmlVideoElement, auto: bool, mrz: Option<MrzGate>) -> bool {
        let at = now();
        let new_frame = self.time(video, at);
        if !auto {
            return false;
        }
        if let Some(fires_at) = self.fires_at.filter(|_| !new_frame) {
            // No new frame since the last look: the countdown only moves on.
            return self.count(fires_at, at);
        }
        let Some((current, width)) = self.grab(video) else { return false };
        if let Some(gate) = mrz {
            gate.with(|reader| reader.offer_frame(video));
        }
        let issues = Quality::measure_luma(&current, width).issues();
        let frame = LiveFrame {
            issues: &issues,
            difference: frame_difference(&self.previous, &current),
            mrz_valid: mrz.and_then(|gate| gate.with(|reader| reader.live_valid()).flatten()),
        };
        let state = self.steadiness.observe(frame);
        self.previous = current;
        self.view.analysed.update(|n| *n += 1);
        match state {
            AutoState::Waiting(hold) => {
                self.fires_at = None;
                self.view.countdown.set(None);
                if self.view.hold.get_untracked() != Some(hold) {
                    self.view.hold.set(Some(hold));
                }
                false
            }
            AutoState::Ready => {
                let fires_at = *self.fires_at.get_or_insert(at + f64::from(COUNTDOWN_SECONDS) * 1000.0);
                self.count(fires_at, at)
            }
        }
    }

    /// Shows the seconds left; `true` once none are.
    fn count(&mut self, fires_at: f64, at: f64) -> bool {
        let left = ((fires_at - at) / 1000.0).ceil().max(0.0) as u32;
        if left == 0 {
            self.fires_at = None;
            self.view.countdown.set(None);
            return true;
        }
        if self.view.countdown.get_untracked() != Some(left) {
            self.view.countdown.set(Some(left));
        }
        false
    }
}
