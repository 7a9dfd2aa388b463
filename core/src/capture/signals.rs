//! What the capture noticed about how a picture was taken, for the provider's and the product
//! team's own judgement: never a verdict, never shown to the user, and nothing about the person
//! (no camera label: a phone used as a webcam is named after its owner). Sent with the upload
//! in the [`SIGNALS_HEADER`] as JSON; every field is typed and bounded, so reading it is parsing.

use serde::{Deserialize, Serialize};

/// The request header the signals travel in, beside the picture's bytes.
pub const SIGNALS_HEADER: &str = "kyc-capture-signals";
/// The longest signals header the proxy reads.
pub const SIGNALS_MAX_BYTES: usize = 1024;
/// From this pause between two analysed frames (in ms) the camera is said to have stalled.
pub const FRAME_GAP_MS: u32 = 1000;

/// Where a picture came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PictureSource {
    /// The live camera, by the shutter.
    Camera,
    /// The live camera, by auto-capture.
    AutoCapture,
    /// A chosen file.
    File,
}

/// The direction a camera faces, as `MediaTrackSettings.facingMode` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FacingSetting {
    /// Towards the user.
    User,
    /// Away from the user.
    Environment,
    /// Any other value, or none reported (most computers' cameras).
    Unknown,
}

impl PictureSource {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Camera => "camera",
            Self::AutoCapture => "auto_capture",
            Self::File => "file",
        }
    }
}

impl FacingSetting {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Environment => "environment",
            Self::Unknown => "unknown",
        }
    }

    /// The setting for `facingMode`'s value.
    pub fn parse(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "environment" => Self::Environment,
            _ => Self::Unknown,
        }
    }
}

/// A picture's size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// Width in pixels.
    pub width: u16,
    /// Height in pixels.
    pub height: u16,
}

/// The camera track: what was asked for and what the browser gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TrackSignals {
    /// The resolution asked for (ideal).
    pub requested: Resolution,
    /// The resolution the track delivered.
    pub delivered: Option<Resolution>,
    /// The facing asked for.
    pub facing_requested: FacingSetting,
    /// The facing the track reports.
    pub facing_delivered: FacingSetting,
    /// The camera's label names a known virtual camera (software feeding any video it likes).
    pub virtual_camera: bool,
}

/// What the capture noticed while taking one picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaptureSignals {
    /// Camera (by hand or by itself) or a chosen file.
    pub source: PictureSource,
    /// The camera track, when the camera was used.
    pub track: Option<TrackSignals>,
    /// Live frames analysed before the picture.
    pub frames_analysed: u32,
    /// Pauses of at least a second between analysed frames (a stalled or replaced feed).
    pub frame_gaps: u32,
    /// The longest pause between two analysed frames, in milliseconds.
    pub longest_gap_ms: u32,
}

impl CaptureSignals {
    /// The signals of a picture taken from a file: nothing else to say.
    pub fn file() -> Self {
        Self { source: PictureSource::File, track: None, frames_analysed: 0, frame_gaps: 0, longest_gap_ms: 0 }
    }

    /// Counts one pause of `gap_ms` between two analysed frames.
    pub fn observe_gap(&mut self, gap_ms: u32) {
        self.frames_analysed = self.frames_analysed.saturating_add(1);
        self.longest_gap_ms = self.longest_gap_ms.max(gap_ms);
        if gap_ms >= FRAME_GAP_MS {
            self.frame_gaps = self.frame_gaps.saturating_add(1);
        }
    }

    /// The signals as the header's JSON, written by hand: the app has no JSON serialiser in its
    /// download for this one use (the proxy reads it with serde; a test holds the two together).
    pub fn to_header(&self) -> String {
        let size = |r: Resolution| format!(r#"{{"width":{},"height":{}}}"#, r.width, r.height);
        let track = self.track.map_or_else(
            || "null".to_owned(),
            |t| {
                format!(
                    r#"{{"requested":{},"delivered":{},"facing_requested":"{}","facing_delivered":"{}","virtual_camera":{}}}"#,
                    size(t.requested),
                    t.delivered.map_or_else(|| "null".to_owned(), size),
                    t.facing_requested.as_str(),
                    t.facing_delivered.as_str(),
                    t.virtual_camera
                )
            },
        );
        format!(
            r#"{{"source":"{}","track":{},"frames_analysed":{},"frame_gaps":{},"longest_gap_ms":{}}}"#,
            self.source.as_str(),
            track,
            self.frames_analysed,
            self.frame_gaps,
            self.longest_gap_ms
        )
    }

    /// Whether the track delivered something else than was asked: another facing (when it
    /// says), or a picture less than half as large as asked for.
    pub fn track_mismatch(&self) -> bool {
        self.track.is_some_and(|t| {
            let facing = t.facing_delivered != FacingSetting::Unknown && t.facing_delivered != t.facing_requested;
            let small = t.delivered.is_some_and(|d| {
                u32::from(d.width) * u32::from(d.height) * 2
                    < u32::from(t.requested.width) * u32::from(t.requested.height)
            });
            facing || small
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camera() -> CaptureSignals {
        let requested = Resolution { width: 1920, height: 1080 };
        let track = TrackSignals {
            requested,
            delivered: Some(requested),
            facing_requested: FacingSetting::Environment,
            facing_delivered: FacingSetting::Unknown,
            virtual_camera: false,
        };
        CaptureSignals { source: PictureSource::Camera, track: Some(track), ..CaptureSignals::file() }
    }

    #[test]
    fn gaps_of_a_second_or_more_are_counted_and_the_longest_kept() {
        let mut signals = camera();
        for gap in [200, 210, 1500, 190, 1000] {
            signals.observe_gap(gap);
        }
        assert_eq!((signals.frames_analysed, signals.frame_gaps, signals.longest_gap_ms), (5, 2, 1500));
    }

    #[test]
    fn another_facing_or_a_much_smaller_picture_is_a_mismatch_an_unreported_facing_is_not() {
        let mut signals = camera();
        assert!(!signals.track_mismatch());
        let track = signals.track.as_mut().unwrap();
        track.delivered = Some(Resolution { width: 640, height: 480 });
        assert!(signals.track_mismatch());
        let mut signals = camera();
        signals.track.as_mut().unwrap().facing_delivered = FacingSetting::User;
        assert!(signals.track_mismatch());
        assert!(!CaptureSignals::file().track_mismatch());
    }

    #[test]
    fn the_hand_written_header_is_what_serde_reads() {
        let mut signals = camera();
        signals.observe_gap(1200);
        for signals in
            [signals, CaptureSignals::file(), CaptureSignals { source: PictureSource::AutoCapture, ..camera() }]
        {
            let header = signals.to_header();
            assert_eq!(serde_json::from_str::<CaptureSignals>(&header).unwrap(), signals, "{header}");
            assert_eq!(serde_json::to_string(&signals).unwrap(), header);
        }
        let mut no_size = camera();
        no_size.track.as_mut().unwrap().delivered = None;
        assert_eq!(serde_json::from_str::<CaptureSignals>(&no_size.to_header()).unwrap(), no_size);
    }

    #[test]
    fn the_wire_form_is_strict_and_bounded() {
        let json = serde_json::to_string(&camera()).unwrap();
        assert!(json.len() < SIGNALS_MAX_BYTES);
        assert_eq!(serde_json::from_str::<CaptureSignals>(&json).unwrap(), camera());
        let extra = json.replacen('{', "{\"label\":\"Jane's iPhone\",", 1);
        assert!(serde_json::from_str::<CaptureSignals>(&extra).is_err());
        let huge = json.replace("1920", "70000");
        assert!(serde_json::from_str::<CaptureSignals>(&huge).is_err());
        assert_eq!(FacingSetting::parse("left"), FacingSetting::Unknown);
    }
}
