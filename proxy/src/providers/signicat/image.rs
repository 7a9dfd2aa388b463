//! ID pictures for upload: JPEG or PNG, recognised by their first bytes, sent as data URLs.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Which picture of the eIDV process an image is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageSide {
    /// Front of the ID document.
    Front,
    /// Back of the ID document (ID cards).
    Back,
    /// The user's selfie.
    Selfie,
}

impl ImageSide {
    /// Key in the upload body.
    pub fn key(self) -> &'static str {
        match self {
            ImageSide::Front => "front",
            ImageSide::Back => "back",
            ImageSide::Selfie => "selfie",
        }
    }
}

/// Why bytes are not an ID picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Nothing was sent.
    #[error("the picture is empty")]
    Empty,
    /// Neither JPEG nor PNG.
    #[error("the picture is neither a JPEG nor a PNG")]
    UnsupportedFormat,
}

/// A non-empty JPEG or PNG picture.
#[derive(Clone, PartialEq, Eq)]
pub struct IdImage {
    mime: &'static str,
    bytes: Vec<u8>,
}

impl std::fmt::Debug for IdImage {
    // A picture of a person's face or ID document is personal data: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IdImage({}, {} bytes)", self.mime, self.bytes.len())
    }
}

impl IdImage {
    /// Recognises the format from the magic bytes (the declared content type is not trusted).
    pub fn parse(bytes: Vec<u8>) -> Result<Self, ImageError> {
        if bytes.is_empty() {
            return Err(ImageError::Empty);
        }
        let mime = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "image/jpeg"
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            "image/png"
        } else {
            return Err(ImageError::UnsupportedFormat);
        };
        Ok(Self { mime, bytes })
    }

    /// `image/jpeg` or `image/png`.
    pub fn mime(&self) -> &'static str {
        self.mime
    }

    /// The picture as the Assure API takes it.
    pub(super) fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.mime, STANDARD.encode(&self.bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_recognised_by_their_bytes() {
        let png = IdImage::parse(vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]).unwrap();
        assert_eq!(png.mime(), "image/png");
        assert!(png.data_url().starts_with("data:image/png;base64,iVBORw0KGgo"));
        assert_eq!(IdImage::parse(Vec::new()), Err(ImageError::Empty));
        assert_eq!(IdImage::parse(b"%PDF-1.7".to_vec()), Err(ImageError::UnsupportedFormat));
        assert_eq!(format!("{:?}", IdImage::parse(vec![0xFF, 0xD8, 0xFF, 1]).unwrap()), "IdImage(image/jpeg, 4 bytes)");
    }
}
