//! What makes an upload a picture worth keeping: the declared type, the bytes' own signature, the
//! dimensions (checked from the header, before anything is allocated) and a complete decode, so
//! that a truncated file or a decompression bomb is refused rather than stored.

use crate::error::AppError;
use image::{ImageFormat, ImageReader, Limits};
use kyc_core::capture::{LONG_EDGE_MAX, SHORT_EDGE_MIN};
use kyc_core::CalendarDate;
use kyc_mrz::MrzOutcome;
use std::io::Cursor;

/// Memory a decode may take: a 2000 x 2000 RGBA picture with room to spare.
const DECODE_ALLOC_MAX: u64 = 64 * 1024 * 1024;

/// The format a `Content-Type` names, if it is one this route takes.
pub fn declared_format(content_type: &str) -> Result<ImageFormat, AppError> {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    match essence.to_ascii_lowercase().as_str() {
        "image/jpeg" => Ok(ImageFormat::Jpeg),
        "image/png" => Ok(ImageFormat::Png),
        _ => Err(AppError::UnsupportedMediaType),
    }
}

/// A picture that passed the checks.
#[derive(Debug)]
pub struct Inspected {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The machine-readable zone read on it, when asked (a document's picture): the same
    /// reader the browser ran, natively. Its lines are personal data: never log them.
    pub zone: Option<MrzOutcome>,
}

/// Width and height of `bytes`, after checking it is a complete picture of the declared format
/// within the size limits; with the zone read on the decoded picture when `read_zone` gives the
/// day (its centuries follow it).
pub fn inspect(format: ImageFormat, bytes: &[u8], read_zone: Option<CalendarDate>) -> Result<Inspected, AppError> {
    if image::guess_format(bytes).ok() != Some(format) {
        return Err(AppError::InvalidImage("The file is not a JPEG or PNG picture."));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(LONG_EDGE_MAX);
    limits.max_image_height = Some(LONG_EDGE_MAX);
    limits.max_alloc = Some(DECODE_ALLOC_MAX);
    let reader = |limits: Limits| {
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        reader.limits(limits);
        reader
    };
    // The header alone, to say which limit a picture breaks; nothing is decoded yet.
    let (width, height) = reader(Limits::default())
        .into_dimensions()
        .map_err(|_| AppError::InvalidImage("The picture cannot be read."))?;
    if width.max(height) > LONG_EDGE_MAX {
        return Err(AppError::InvalidImage("The picture is too large: at most 2000 pixels on its longer side."));
    }
    if width.min(height) < SHORT_EDGE_MIN {
        return Err(AppError::InvalidImage("The picture is too small: at least 480 pixels on its shorter side."));
    }
    // The whole picture, so that a file cut short fails here and not at the provider. The JPEG
    // decoder pads a cut-off scan with grey instead of failing, so a JPEG must also end with
    // its end-of-image marker (canvas encoders always write it).
    let incomplete = AppError::InvalidImage("The picture is damaged or incomplete.");
    if format == ImageFormat::Jpeg && !bytes.ends_with(&[0xFF, 0xD9]) {
        return Err(incomplete);
    }
    let picture = reader(limits).decode().map_err(|_| incomplete)?;
    let zone = read_zone.map(|today| {
        let luma = picture.into_luma8();
        kyc_mrz::read_luma(luma.as_raw(), luma.width() as usize, today)
    });
    Ok(Inspected { width, height, zone })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jpeg_and_png_are_taken_whatever_the_parameters() {
        assert_eq!(declared_format("image/JPEG").unwrap(), ImageFormat::Jpeg);
        assert_eq!(declared_format("image/png; foo=bar").unwrap(), ImageFormat::Png);
        assert!(declared_format("image/gif").is_err());
        assert!(declared_format("").is_err());
    }
}
