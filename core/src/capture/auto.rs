//! When the shutter may fire by itself: the document in the guide is sharp, without glare, well
//! lit, held steady for a few analysed frames in a row, and (once a reader exists) its MRZ reads
//! valid. Steadiness is the mean difference of the analysed luma from one frame to the next.

use super::QualityIssue;

/// Above this mean absolute difference (0-255 per pixel) between two analysed frames, the
/// document moved. Sensor noise of a still picture stays far below it.
pub const STEADY_DIFFERENCE_MAX: f64 = 4.0;
/// The steady, good frames in a row before the countdown starts (about a second at the
/// analysis rate).
pub const STEADY_FRAMES: u32 = 5;
/// The countdown's length, in whole seconds, once everything holds.
pub const COUNTDOWN_SECONDS: u32 = 3;
/// How often the live picture is analysed, in milliseconds.
pub const ANALYSIS_INTERVAL_MS: u32 = 200;
/// The long edge of the copy of the guide's area that is analysed per frame.
pub const LIVE_ANALYSIS_EDGE: u32 = 320;

/// The viewfinder's shape (width / height; `style/capture.css`): the video fills it, cut to fit.
const VIEWFINDER_RATIO: f64 = 4.0 / 3.0;
/// The document guide's width, as a share of the viewfinder's.
const GUIDE_WIDTH: f64 = 0.8;
/// An ID-1 card's shape (85.6 x 54 mm), the guide's.
const CARD_RATIO: f64 = 85.6 / 54.0;

/// The part of a `width` x `height` video frame that the document guide covers on screen, as
/// `(x, y, width, height)` in the frame's pixels: what the live checks look at.
pub fn guide_area(width: u32, height: u32) -> (f64, f64, f64, f64) {
    let (w, h) = (f64::from(width), f64::from(height));
    // `object-fit: cover`: the frame is cut at its sides or at its top and bottom.
    let (shown_w, shown_h) =
        if w / h.max(1.0) > VIEWFINDER_RATIO { (h * VIEWFINDER_RATIO, h) } else { (w, w / VIEWFINDER_RATIO) };
    let guide_w = shown_w * GUIDE_WIDTH;
    let guide_h = (guide_w / CARD_RATIO).min(shown_h * 0.9);
    ((w - guide_w) / 2.0, (h - guide_h) / 2.0, guide_w, guide_h)
}

/// The mean absolute difference between two greyscale frames of the same size; `None` when
/// their sizes differ (the camera changed resolution: nothing can be said).
pub fn frame_difference(previous: &[u8], current: &[u8]) -> Option<f64> {
    if previous.len() != current.len() || current.is_empty() {
        return None;
    }
    let sum: u64 = previous.iter().zip(current).map(|(&a, &b)| u64::from(a.abs_diff(b))).sum();
    Some(sum as f64 / current.len() as f64)
}

/// What one analysed frame showed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LiveFrame<'a> {
    /// The quality checks' findings on the guide's area.
    pub issues: &'a [QualityIssue],
    /// The difference to the frame before ([`frame_difference`]).
    pub difference: Option<f64>,
    /// The MRZ reader's verdict on this frame: `None` while no reader runs (the condition is
    /// then left out), `Some(true)` when its zone reads with valid check digits.
    pub mrz_valid: Option<bool>,
}

/// Where auto-capture stands after a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoState {
    /// Something does not hold yet; the guidance says what.
    Waiting(Hold),
    /// Everything held for [`STEADY_FRAMES`]: the countdown runs.
    Ready,
}

/// What the user should change for the shutter to fire by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The picture is dark, blurred or has glare.
    Quality(QualityIssue),
    /// The document moves.
    Still,
    /// The MRZ does not read yet.
    Mrz,
}

/// Counts good, steady frames in a row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Steadiness {
    run: u32,
}

impl Steadiness {
    /// Takes the next analysed frame into account.
    pub fn observe(&mut self, frame: LiveFrame<'_>) -> AutoState {
        let hold = if let Some(&issue) = frame.issues.first() {
            Some(Hold::Quality(issue))
        } else if !frame.difference.is_some_and(|d| d <= STEADY_DIFFERENCE_MAX) {
            Some(Hold::Still)
        } else if frame.mrz_valid == Some(false) {
            Some(Hold::Mrz)
        } else {
            None
        };
        match hold {
            Some(hold) => {
                self.run = 0;
                AutoState::Waiting(hold)
            }
            None => {
                self.run = self.run.saturating_add(1);
                if self.run >= STEADY_FRAMES {
                    AutoState::Ready
                } else {
                    AutoState::Waiting(Hold::Still)
                }
            }
        }
    }

    /// Starts counting again (after a picture, or a retake).
    pub fn reset(&mut self) {
        self.run = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(difference: f64) -> LiveFrame<'static> {
        LiveFrame { issues: &[], difference: Some(difference), mrz_valid: None }
    }

    #[test]
    fn the_difference_is_the_mean_absolute_change_and_needs_equal_sizes() {
        assert_eq!(frame_difference(&[10, 20, 30, 40], &[12, 18, 30, 44]), Some(2.0));
        assert_eq!(frame_difference(&[1, 2], &[1, 2, 3]), None);
        assert_eq!(frame_difference(&[], &[]), None);
    }

    #[test]
    fn the_guide_is_centred_and_card_shaped_in_wide_and_tall_frames() {
        let (x, y, w, h) = guide_area(1280, 720);
        assert_eq!((x, w.round()), ((1280.0 - w) / 2.0, 768.0));
        assert!((w / h - CARD_RATIO).abs() < 1e-9 && y > 0.0);
        let (_, _, w, _) = guide_area(720, 1280);
        assert_eq!(w.round(), 576.0);
    }

    #[test]
    fn a_steady_good_document_is_ready_after_enough_frames_in_a_row() {
        let mut steady = Steadiness::default();
        for _ in 1..STEADY_FRAMES {
            assert_eq!(steady.observe(frame(1.0)), AutoState::Waiting(Hold::Still));
        }
        assert_eq!(steady.observe(frame(1.0)), AutoState::Ready);
        assert_eq!(steady.observe(frame(0.5)), AutoState::Ready);
    }

    #[test]
    fn one_shaken_frame_starts_the_count_again() {
        let mut steady = Steadiness::default();
        for _ in 0..STEADY_FRAMES - 1 {
            steady.observe(frame(1.0));
        }
        assert_eq!(steady.observe(frame(25.0)), AutoState::Waiting(Hold::Still));
        for _ in 1..STEADY_FRAMES {
            assert_ne!(steady.observe(frame(1.0)), AutoState::Ready);
        }
        assert_eq!(steady.observe(frame(1.0)), AutoState::Ready);
    }

    #[test]
    fn quality_a_first_frame_and_an_unreadable_mrz_each_hold_it_back() {
        let mut steady = Steadiness::default();
        let blurred = LiveFrame { issues: &[QualityIssue::Blurred], ..frame(0.0) };
        assert_eq!(steady.observe(blurred), AutoState::Waiting(Hold::Quality(QualityIssue::Blurred)));
        let first = LiveFrame { difference: None, ..frame(0.0) };
        assert_eq!(steady.observe(first), AutoState::Waiting(Hold::Still));
        let unread = LiveFrame { mrz_valid: Some(false), ..frame(0.0) };
        for _ in 0..STEADY_FRAMES * 2 {
            assert_eq!(steady.observe(unread), AutoState::Waiting(Hold::Mrz));
        }
        let read = LiveFrame { mrz_valid: Some(true), ..frame(0.0) };
        for _ in 1..STEADY_FRAMES {
            steady.observe(read);
        }
        assert_eq!(steady.observe(read), AutoState::Ready);
    }
}
