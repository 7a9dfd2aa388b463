//! Photos of the ID document and a selfie: which pictures a flow takes, the limits both sides
//! enforce (the browser before uploading, the proxy as the authority) and the quality checks the
//! browser runs before a picture is accepted.

pub mod auto;
pub mod signals;

use crate::document::DocumentKind;
use serde::{Deserialize, Serialize};

/// One picture a capture step takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CaptureSlot {
    /// The front of the ID document (the photo page of a passport).
    DocumentFront,
    /// The back of an ID card.
    DocumentBack,
    /// The user's face.
    Selfie,
}

/// Which camera a slot wants (`facingMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facing {
    /// The rear camera, for documents.
    Environment,
    /// The front camera, for a selfie.
    User,
}

impl Facing {
    /// The `facingMode` constraint value.
    pub fn as_str(self) -> &'static str {
        match self {
            Facing::Environment => "environment",
            Facing::User => "user",
        }
    }
}

impl CaptureSlot {
    /// Every slot, in the order they are taken.
    pub const ALL: [CaptureSlot; 3] = [CaptureSlot::DocumentFront, CaptureSlot::DocumentBack, CaptureSlot::Selfie];

    /// The slot's name in URLs and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CaptureSlot::DocumentFront => "document_front",
            CaptureSlot::DocumentBack => "document_back",
            CaptureSlot::Selfie => "selfie",
        }
    }

    /// The slot for its name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The camera the slot is taken with.
    pub fn facing(self) -> Facing {
        match self {
            CaptureSlot::Selfie => Facing::User,
            _ => Facing::Environment,
        }
    }

    /// The pictures a document kind needs: an ID card and a driver's licence have a back, a
    /// passport's photo page does not.
    pub fn for_document(kind: DocumentKind) -> &'static [CaptureSlot] {
        match kind {
            DocumentKind::IdCard | DocumentKind::DriversLicense => &Self::ALL,
            DocumentKind::Passport => &[CaptureSlot::DocumentFront, CaptureSlot::Selfie],
        }
    }
}

/// Body of `PUT /api/captures/document`: the document the user will photograph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentChoice {
    /// `ID_CARD`, `PASSPORT` or `DRIVERS_LICENSE`, one the flow offers.
    pub kind: DocumentKind,
}

/// Answer of `GET /api/captures`: the slots the session needs and those already uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CapturesView {
    /// Every slot the flow takes, in order; none until the document is chosen.
    pub required: Vec<CaptureSlot>,
    /// The slots with an accepted picture.
    pub done: Vec<CaptureSlot>,
    /// The document the pictures are of, once chosen by the product team or the user.
    #[serde(default)]
    pub document: Option<DocumentKind>,
    /// Whether the user may choose the document, or choose again: the product team did not fix
    /// it and the pictures have not gone to the provider.
    #[serde(default)]
    pub choosable: bool,
    /// The documents the user may choose from, in the order to offer them.
    #[serde(default)]
    pub offered: Vec<DocumentKind>,
}

impl CapturesView {
    /// No pictures asked for: the session takes none.
    pub fn none() -> Self {
        Self { required: Vec::new(), done: Vec::new(), document: None, choosable: false, offered: Vec::new() }
    }

    /// Whether the user must say which document they have before any picture.
    pub fn needs_choice(&self) -> bool {
        self.document.is_none() && self.choosable
    }

    /// Whether every required picture is in.
    pub fn complete(&self) -> bool {
        self.required.iter().all(|s| self.done.contains(s))
    }
}

/// Answer of `POST /api/handoffs`: the link for the phone, as text and as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HandoffView {
    /// The single-use link that opens the capture step on the phone.
    pub url: String,
    /// The link as an SVG QR code.
    pub qr_svg: String,
    /// When the link stops working (UTC, ISO 8601).
    pub expires_at: String,
}

/// The longest edge of an uploaded picture; the browser scales larger ones down.
pub const LONG_EDGE_MAX: u32 = 2000;
/// The shortest edge a picture may have: below it a document's text is unreadable.
pub const SHORT_EDGE_MIN: u32 = 480;
/// The largest upload the proxy accepts (a 2000 px JPEG is far below it).
pub const UPLOAD_MAX_BYTES: usize = 4 * 1024 * 1024;
/// The largest file the upload fallback reads in the browser (phones write big originals).
pub const FILE_MAX_BYTES: f64 = 25.0 * 1024.0 * 1024.0;
/// JPEG quality the browser compresses with (0..1, as `toBlob` takes it).
pub const JPEG_QUALITY: f64 = 0.85;
/// The long edge of the small copy the quality checks look at.
pub const ANALYSIS_EDGE: u32 = 640;

/// Below this mean brightness (0-255) the picture is too dark.
pub const DARK_MEAN_MAX: f64 = 60.0;
/// Below this variance of the Laplacian the picture is blurred.
pub const SHARPNESS_MIN: f64 = 40.0;
/// Brightness from which a pixel counts as blown out by a reflection.
pub const GLARE_LEVEL: u8 = 250;
/// Above this share of blown-out pixels the picture has glare.
pub const GLARE_SHARE_MAX: f64 = 0.06;

/// Something wrong with a picture, each with its own guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualityIssue {
    /// Too dark to read.
    TooDark,
    /// Out of focus or moved.
    Blurred,
    /// A reflection hides part of it.
    Glare,
}

/// What the quality checks measured on a picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// Mean brightness, 0-255.
    pub mean: f64,
    /// Variance of the 4-neighbour Laplacian: low means few sharp edges.
    pub sharpness: f64,
    /// Share of blown-out pixels, 0-1.
    pub glare: f64,
}

impl Quality {
    /// Measures a picture given as RGBA bytes (`getImageData`), `width` pixels wide.
    pub fn measure(rgba: &[u8], width: usize) -> Self {
        Self::measure_luma(&luma(rgba), width)
    }

    /// Measures a greyscale picture, `width` pixels wide.
    pub fn measure_luma(luma: &[u8], width: usize) -> Self {
        let n = luma.len().max(1) as f64;
        let mean = luma.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
        let glare = luma.iter().filter(|&&v| v >= GLARE_LEVEL).count() as f64 / n;
        let height = luma.len().checked_div(width).unwrap_or(0);
        let (mut sum, mut sum_sq, mut count) = (0.0, 0.0, 0.0);
        for y in 1..height.saturating_sub(1) {
            for x in 1..width.saturating_sub(1) {
                let at = |dx: isize, dy: isize| {
                    f64::from(luma[(y as isize + dy) as usize * width + (x as isize + dx) as usize])
                };
                let lap = at(-1, 0) + at(1, 0) + at(0, -1) + at(0, 1) - 4.0 * at(0, 0);
                sum += lap;
                sum_sq += lap * lap;
                count += 1.0;
            }
        }
        let sharpness = if count > 0.0 { sum_sq / count - (sum / count).powi(2) } else { 0.0 };
        Quality { mean, sharpness, glare }
    }

    /// What is wrong, worst first; empty when the picture is good enough.
    pub fn issues(&self) -> Vec<QualityIssue> {
        let mut issues = Vec::new();
        if self.mean < DARK_MEAN_MAX {
            issues.push(QualityIssue::TooDark);
        }
        if self.glare > GLARE_SHARE_MAX {
            issues.push(QualityIssue::Glare);
        }
        if self.sharpness < SHARPNESS_MIN {
            issues.push(QualityIssue::Blurred);
        }
        issues
    }
}

/// The brightness of each pixel of a picture given as RGBA bytes (`getImageData`).
pub fn luma(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}

/// The size to scale `width` x `height` to so that the long edge is at most `max`.
pub fn fit_within(width: u32, height: u32, max: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max || long == 0 {
        return (width, height);
    }
    let scale = f64::from(max) / f64::from(long);
    let edge = |v: u32| ((f64::from(v) * scale).round() as u32).max(1);
    (edge(width), edge(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(width: usize, height: usize, f: impl Fn(usize, usize) -> u8) -> Vec<u8> {
        (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).map(|(x, y)| f(x, y)).collect()
    }

    #[test]
    fn slots_round_trip_and_a_passport_has_no_back() {
        for slot in CaptureSlot::ALL {
            assert_eq!(CaptureSlot::parse(slot.as_str()), Some(slot));
        }
        assert_eq!(CaptureSlot::parse("passport"), None);
        assert!(!CaptureSlot::for_document(DocumentKind::Passport).contains(&CaptureSlot::DocumentBack));
        assert_eq!(CaptureSlot::Selfie.facing().as_str(), "user");
        assert_eq!(CaptureSlot::DocumentBack.facing().as_str(), "environment");
    }

    #[test]
    fn a_sharp_well_lit_picture_passes() {
        // Text-like stripes on a light grey card.
        let luma = picture(200, 100, |x, y| if (x / 3 + y / 7) % 2 == 0 { 40 } else { 200 });
        assert_eq!(Quality::measure_luma(&luma, 200).issues(), []);
    }

    #[test]
    fn darkness_blur_and_glare_are_each_recognised() {
        let dark = picture(200, 100, |x, _| if (x / 3) % 2 == 0 { 5 } else { 50 });
        assert!(Quality::measure_luma(&dark, 200).issues().contains(&QualityIssue::TooDark));
        // A smooth gradient has no edges at all.
        let blurred = picture(200, 100, |x, _| 60 + (x / 2) as u8);
        assert_eq!(Quality::measure_luma(&blurred, 200).issues(), [QualityIssue::Blurred]);
        let glare = picture(200, 100, |x, y| {
            if x < 40 {
                255
            } else if (x / 3 + y) % 2 == 0 {
                40
            } else {
                200
            }
        });
        assert_eq!(Quality::measure_luma(&glare, 200).issues(), [QualityIssue::Glare]);
    }

    #[test]
    fn a_view_is_complete_when_every_required_slot_is_done() {
        let mut view =
            CapturesView { required: vec![CaptureSlot::DocumentFront, CaptureSlot::Selfie], ..CapturesView::none() };
        assert!(!view.complete());
        view.done = vec![CaptureSlot::Selfie, CaptureSlot::DocumentFront];
        assert!(view.complete());
    }

    #[test]
    fn rgba_is_weighted_to_luma() {
        let white = [255u8, 255, 255, 255].repeat(9);
        assert!(Quality::measure(&white, 3).mean > 250.0);
    }

    #[test]
    fn large_pictures_shrink_to_the_long_edge_keeping_the_ratio() {
        assert_eq!(fit_within(4000, 3000, 2000), (2000, 1500));
        assert_eq!(fit_within(1080, 1920, 2000), (1080, 1920));
        assert_eq!(fit_within(3024, 4032, 2000), (1500, 2000));
    }
}
