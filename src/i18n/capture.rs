//! The texts of the capture step (photos of the ID document and a selfie, the camera's
//! failures, the upload fallback and the hand-off to a phone), one table per language like
//! [`super::Texts`], kept apart so the two tables can change independently.

use super::declare::{sources, texts, Part};
use super::kinds::{Keyed, Template};
use super::use_i18n;
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

impl super::kinds::Key for CameraProblem {
    fn all() -> &'static [Self] {
        use CameraProblem::*;
        &[Denied, NoCamera, Busy, Insecure, Blocked, InAppBrowser, Virtual]
    }
}

impl super::kinds::Key for FileProblem {
    fn all() -> &'static [Self] {
        &[FileProblem::WrongType, FileProblem::TooLarge, FileProblem::Unreadable]
    }
}

kyc_core::with_languages!(sources { CaptureTextsSource });

texts! {
    /// Every text of the capture step in one language.
    table CaptureTexts, source CaptureTextsSource, part Part::Capture, sources sources;
    plain {
        /// Asked first when the product team left the document open.
        document_question,
        document_why,
        camera_starting,
        camera_label,
        shutter,
        preview_label,
        retake,
        use_photo,
        looks_good,
        quality_refused,
        uploading,
        upload_failed,
        upload_refused,
        camera_retry,
        use_upload,
        use_camera,
        file_label,
        file_hint,
        handoff_heading,
        handoff_intro,
        handoff_show,
        qr_label,
        handoff_once,
        sms_send,
        sms_sent,
        handoff_failed,
        sms_limit,
        waiting_phone,
        all_received,
        phone_title,
        phone_done,
        phone_link_expired,
        /// "Open in your browser", for an app's own browser: a hand-off link to copy.
        browser_link,
        browser_link_label,
        browser_link_hint,
        copy_link,
        link_copied,
        /// Android only: an `intent://` link that opens the page in Chrome.
        open_in_chrome,
        /// Announced once when the countdown starts.
        countdown_started,
        /// The document's zone compared with the typed data.
        mrz_expired_title,
        mrz_expired_text,
        mrz_differs_title,
        mrz_differs_text,
        correct_details,
    }
    rich {
        slot_title: Keyed<CaptureSlot> = fn(CaptureSlot) -> &'static str,
        slot_instruction: Keyed<CaptureSlot> = fn(CaptureSlot) -> &'static str,
        photo_of: Template = fn(usize, usize) -> String,
        issue: Keyed<QualityIssue> = fn(QualityIssue) -> &'static str,
        problem_title: Keyed<CameraProblem> = fn(CameraProblem) -> &'static str,
        problem_text: Keyed<CameraProblem> = fn(CameraProblem) -> &'static str,
        file_problem: Keyed<FileProblem> = fn(FileProblem) -> &'static str,
        /// How to allow a refused camera again, in this browser.
        reallow: Keyed<BrowserFamily> = fn(BrowserFamily) -> &'static str,
        /// Auto-capture's guidance while something does not hold.
        hold: Keyed<Hold> = fn(Hold) -> &'static str,
        countdown: Template = fn(u32) -> String,
        mrz_field: Keyed<MrzField> = fn(MrzField) -> &'static str,
    }
}

/// A capture text of the current language, following language changes (see [`super::tr`]).
impl super::I18n {
    /// The capture step' texts of the current language; reading them tracks the language.
    pub(crate) fn capture(self) -> &'static CaptureTexts {
        super::loaded::table(self.lang())
    }
}

pub(crate) fn trc(
    pick: fn(&'static CaptureTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.capture())
}

#[cfg(test)]
mod tests {
    use super::super::kinds::Key;
    use super::*;
    use kyc_core::Language;

    #[test]
    fn every_language_explains_every_problem_differently() {
        let problems = CameraProblem::all();
        for lang in Language::ALL {
            let t = super::super::loaded::table::<CaptureTexts>(lang);
            let mut titles: Vec<_> = problems.iter().map(|&p| t.problem_title.of(p)).collect();
            titles.sort_unstable();
            titles.dedup();
            assert_eq!(titles.len(), problems.len(), "{lang:?}");
            assert!(problems.iter().all(|&p| !t.problem_text.of(p).is_empty()));
            assert_eq!(t.photo_of.fill(&["1", "3"]).matches(char::is_numeric).count(), 2);
        }
    }
}
