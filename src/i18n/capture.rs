//! The texts of the capture step (photos of the ID document and a selfie, the camera's
//! failures, the upload fallback and the hand-off to a phone), one table per language like
//! [`super::Texts`], kept apart so the two tables can change independently.

mod de;
mod en;
mod fr;
mod nl;

use super::{use_i18n, Lang};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

/// Every way the camera can fail, each with its own explanation and way on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CameraProblem {
    /// The user (or the browser's settings) refused the camera.
    Denied,
    /// The device has no camera, or none that fits.
    NoCamera,
    /// Another app holds the camera.
    Busy,
    /// The page is not on https (browsers give no camera then).
    Insecure,
    /// The page is framed by a site whose Permissions Policy withholds the camera.
    Blocked,
    /// The page runs in an app's own browser (Instagram, Facebook, TikTok, LinkedIn, an Android
    /// WebView), where the camera usually shows black or is never offered.
    InAppBrowser,
    /// The camera the browser gave is a virtual one (software, not a lens).
    Virtual,
}

/// Why a chosen file cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileProblem {
    /// Neither JPEG nor PNG.
    WrongType,
    /// Larger than the browser will read.
    TooLarge,
    /// It says it is a picture but does not open as one.
    Unreadable,
}

/// Every text of the capture step in one language.
pub(crate) struct CaptureTexts {
    /// Asked first when the product team left the document open.
    pub document_question: &'static str,
    pub document_why: &'static str,
    pub slot_title: fn(CaptureSlot) -> &'static str,
    pub slot_instruction: fn(CaptureSlot) -> &'static str,
    pub photo_of: fn(usize, usize) -> String,
    pub camera_starting: &'static str,
    pub camera_label: &'static str,
    pub shutter: &'static str,
    pub preview_label: &'static str,
    pub retake: &'static str,
    pub use_photo: &'static str,
    pub looks_good: &'static str,
    pub quality_refused: &'static str,
    pub issue: fn(QualityIssue) -> &'static str,
    pub uploading: &'static str,
    pub upload_failed: &'static str,
    pub upload_refused: &'static str,
    pub problem_title: fn(CameraProblem) -> &'static str,
    pub problem_text: fn(CameraProblem) -> &'static str,
    pub camera_retry: &'static str,
    pub use_upload: &'static str,
    pub use_camera: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub file_problem: fn(FileProblem) -> &'static str,
    pub handoff_heading: &'static str,
    pub handoff_intro: &'static str,
    pub handoff_show: &'static str,
    pub qr_label: &'static str,
    pub handoff_once: &'static str,
    pub sms_send: &'static str,
    pub sms_sent: &'static str,
    pub handoff_failed: &'static str,
    pub sms_limit: &'static str,
    pub waiting_phone: &'static str,
    pub all_received: &'static str,
    pub phone_title: &'static str,
    pub phone_done: &'static str,
    pub phone_link_expired: &'static str,
    /// How to allow a refused camera again, in this browser.
    pub reallow: fn(BrowserFamily) -> &'static str,
    /// "Open in your browser", for an app's own browser: a hand-off link to copy.
    pub browser_link: &'static str,
    pub browser_link_label: &'static str,
    pub browser_link_hint: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// Android only: an `intent://` link that opens the page in Chrome.
    pub open_in_chrome: &'static str,
    /// Auto-capture's guidance while something does not hold.
    pub hold: fn(Hold) -> &'static str,
    /// Announced once when the countdown starts.
    pub countdown_started: &'static str,
    pub countdown: fn(u32) -> String,
    /// The document's zone compared with the typed data.
    pub mrz_expired_title: &'static str,
    pub mrz_expired_text: &'static str,
    pub mrz_differs_title: &'static str,
    pub mrz_differs_text: &'static str,
    pub mrz_field: fn(MrzField) -> &'static str,
    pub correct_details: &'static str,
}

impl Lang {
    /// The capture step's texts in this language.
    pub(crate) fn capture(self) -> &'static CaptureTexts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
            Lang::Fr => &fr::TEXTS,
            Lang::Nl => &nl::TEXTS,
        }
    }
}

/// A capture text of the current language, following language changes (see [`super::tr`]).
pub(crate) fn trc(
    pick: fn(&'static CaptureTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.lang().capture())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_explains_every_problem_differently() {
        let problems = [
            CameraProblem::Denied,
            CameraProblem::NoCamera,
            CameraProblem::Busy,
            CameraProblem::Insecure,
            CameraProblem::Blocked,
            CameraProblem::InAppBrowser,
            CameraProblem::Virtual,
        ];
        for lang in Lang::ALL {
            let t = lang.capture();
            let mut titles: Vec<_> = problems.iter().map(|&p| (t.problem_title)(p)).collect();
            titles.dedup();
            assert_eq!(titles.len(), problems.len(), "{lang:?}");
            assert!(problems.iter().all(|&p| !(t.problem_text)(p).is_empty()));
            assert_eq!((t.photo_of)(1, 3).matches(char::is_numeric).count(), 2);
        }
    }
}
