//! ID images as the Assure API takes them: data URLs (`data:image/jpeg;base64,…`) of JPEG or
//! PNG pictures. The declared type must agree with the picture's first bytes.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Formats the simulator accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Jpeg,
    Png,
}

/// A decoded, non-empty JPEG or PNG picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Image {
    pub format: Format,
    pub bytes: Vec<u8>,
}

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

impl Image {
    /// Reads a data URL; the error says what is wrong, for the problem's detail.
    pub fn from_data_url(raw: &str) -> Result<Self, &'static str> {
        let rest = raw.strip_prefix("data:").ok_or("is not a data URL")?;
        let (meta, data) = rest.split_once(',').ok_or("is not a data URL")?;
        let declared = match meta.to_ascii_lowercase().as_str() {
            "image/jpeg;base64" | "image/jpg;base64" => Format::Jpeg,
            "image/png;base64" => Format::Png,
            _ => return Err("must be a base64 data URL of type image/jpeg or image/png"),
        };
        let bytes = STANDARD.decode(data.trim()).map_err(|_| "is not valid base64")?;
        if bytes.is_empty() {
            return Err("is empty");
        }
        let actual = if bytes.starts_with(JPEG_MAGIC) {
            Format::Jpeg
        } else if bytes.starts_with(PNG_MAGIC) {
            Format::Png
        } else {
            return Err("is neither a JPEG nor a PNG picture");
        };
        if actual != declared {
            return Err("does not hold the picture type its data URL declares");
        }
        Ok(Self { format: actual, bytes })
    }
}

impl Image {
    /// What Get process tells about an uploaded image: its type and size, never its bytes.
    pub fn describe(&self) -> serde_json::Value {
        let mime = match self.format {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        };
        serde_json::json!({ "contentType": mime, "size": self.bytes.len() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(kind: &str, bytes: &[u8]) -> String {
        format!("data:image/{kind};base64,{}", STANDARD.encode(bytes))
    }

    #[test]
    fn jpeg_and_png_pass_when_their_bytes_say_so() {
        let jpeg = Image::from_data_url(&url("jpeg", &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2])).unwrap();
        assert_eq!(jpeg.format, Format::Jpeg);
        assert_eq!(Image::from_data_url(&url("png", PNG_MAGIC)).unwrap().format, Format::Png);
    }

    #[test]
    fn empty_foreign_or_mislabelled_pictures_are_refused() {
        assert_eq!(Image::from_data_url(&url("jpeg", b"")), Err("is empty"));
        assert_eq!(Image::from_data_url(&url("jpeg", b"GIF89a")), Err("is neither a JPEG nor a PNG picture"));
        assert!(Image::from_data_url(&url("png", JPEG_MAGIC)).is_err());
        assert!(Image::from_data_url(&url("gif", b"GIF89a")).is_err());
        assert!(Image::from_data_url("data:image/png;base64,@@").is_err());
        assert!(Image::from_data_url("https://example.com/x.png").is_err());
    }
}
