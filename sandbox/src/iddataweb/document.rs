//! Government ID and selfie match. The document's attribute names its kind (`PassportImage`,
//! `DriversLicenseImages`, `IDCardImages`), `CameraSnapshot` holds the selfie; images travel as
//! base64 (a `data:` URL prefix is accepted), or as the URLs `/v1/doccapture/results` returned for
//! pictures taken on the phone. The verdict comes from the persona on the document.

use super::errors::ApiError;
use super::personas::{self, Persona};
use super::risk::Checks;
use super::wire::VerifyRequest;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The document kinds the workflow accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentKind {
    Passport,
    DriversLicense,
    IdCard,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: [DocumentKind; 3] = [Self::Passport, Self::DriversLicense, Self::IdCard];

    /// The kind's name in this simulator's answers and on the capture page.
    pub fn name(self) -> &'static str {
        match self {
            Self::Passport => "passport",
            Self::DriversLicense => "driversLicense",
            Self::IdCard => "idCard",
        }
    }

    /// The kind called `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The attribute carrying the kind's images and the image keys it needs.
    pub fn attribute(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::Passport => ("PassportImage", &["passportImage"]),
            Self::DriversLicense => ("DriversLicenseImages", &["frontImage", "backImage"]),
            Self::IdCard => ("IDCardImages", &["frontImage", "backImage"]),
        }
    }
}

/// A submitted document with its selfie.
#[derive(Debug)]
pub(crate) struct Submission {
    pub first_name: String,
    pub last_name: String,
    pub kind: DocumentKind,
}

/// `jpeg` or `png` when the bytes start like one.
pub(crate) fn image_format(bytes: &[u8]) -> Option<&'static str> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    // A real picture is far larger than its signature; a dozen bytes is the least to look at.
    if bytes.len() < 12 {
        return None;
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpeg")
    } else if bytes.starts_with(PNG) {
        Some("png")
    } else {
        None
    }
}

/// Decodes one image value and checks it is a JPEG or PNG. `captured` resolves the URLs of
/// pictures taken on the capture page.
fn image(
    request: &VerifyRequest,
    attribute: &str,
    key: &str,
    captured: &impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<Vec<u8>, ApiError> {
    let raw = request.required(attribute, key)?;
    let bytes = if raw.starts_with("http://") || raw.starts_with("https://") {
        captured(&raw).ok_or_else(|| ApiError::bad_request(format!("{attribute}.{key} is not a capture URL.")))?
    } else {
        let data = raw.split_once(";base64,").map_or(raw.as_str(), |(_, data)| data);
        STANDARD.decode(data.trim()).map_err(|_| ApiError::bad_request(format!("{attribute}.{key} is not base64.")))?
    };
    image_format(&bytes)
        .map(|_| bytes)
        .ok_or_else(|| ApiError::bad_request(format!("{attribute}.{key} is not a JPEG or PNG image.")))
}

impl Submission {
    /// Reads the step's attributes; every picture must be there and be a JPEG or PNG.
    pub fn parse(request: &VerifyRequest, captured: impl Fn(&str) -> Option<Vec<u8>>) -> Result<Self, ApiError> {
        let present: Vec<DocumentKind> =
            DocumentKind::ALL.into_iter().filter(|k| request.attribute(k.attribute().0).is_some()).collect();
        let [kind] = present[..] else {
            return Err(ApiError::bad_request(
                "Send exactly one of PassportImage, DriversLicenseImages or IDCardImages.",
            ));
        };
        let (attribute, keys) = kind.attribute();
        for key in keys {
            image(request, attribute, key, &captured)?;
        }
        image(request, "CameraSnapshot", "cameraSnapshot", &captured)?;
        Ok(Self {
            first_name: request.required("FullName", "fname")?,
            last_name: request.required("FullName", "lname")?,
            kind,
        })
    }
}

/// Authenticates the document and compares the selfie: only personas whose documents pass are
/// known to the sandbox's document sources.
pub(crate) fn verify(submission: &Submission) -> (Option<&'static Persona>, Checks) {
    let persona = personas::by_name(&submission.first_name, &submission.last_name);
    let genuine = persona.is_some_and(|p| p.documents_pass);
    if persona.is_some_and(|p| !p.documents_readable) {
        return (persona, vec![("document.readable", false)]);
    }
    (persona, vec![("document.authentication", genuine), ("document.selfieMatch", genuine)])
}

#[cfg(test)]
mod tests {
    use super::*;

    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0];

    fn request(attributes: &str) -> VerifyRequest {
        VerifyRequest::parse(format!(r#"{{"apikey":"k","asi":"a","userAttributes":[{attributes}]}}"#).as_bytes())
            .unwrap()
    }

    fn none(_: &str) -> Option<Vec<u8>> {
        None
    }

    fn jpeg() -> String {
        STANDARD.encode(JPEG)
    }

    fn name(first: &str) -> String {
        format!(r#"{{"attributeType":"FullName","values":{{"fname":"{first}","lname":"Roshell"}}}}"#)
    }

    fn selfie(value: &str) -> String {
        format!(r#"{{"attributeType":"CameraSnapshot","values":{{"cameraSnapshot":"{value}"}}}}"#)
    }

    #[test]
    fn images_are_recognised_by_their_first_bytes() {
        assert_eq!(image_format(JPEG), Some("jpeg"));
        assert_eq!(image_format(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("png"));
        assert_eq!(image_format(b"%PDF-1.7 not a picture"), None);
        assert_eq!(image_format(&[0xFF, 0xD8, 0xFF]), None);
    }

    #[test]
    fn andrews_passport_passes_and_andreas_licence_fails() {
        let passport = format!(
            r#"{{"attributeType":"PassportImage","values":{{"passportImage":"data:image/jpeg;base64,{}"}}}}"#,
            jpeg()
        );
        let andrew = Submission::parse(&request(&[name("Andrew"), passport, selfie(&jpeg())].join(",")), none).unwrap();
        assert_eq!(andrew.kind, DocumentKind::Passport);
        assert!(verify(&andrew).1.iter().all(|(_, ok)| *ok));
        let licence = format!(
            r#"{{"attributeType":"DriversLicenseImages","values":{{"frontImage":"{0}","backImage":"{0}"}}}}"#,
            jpeg()
        );
        let andrea = Submission::parse(&request(&[name("Andrea"), licence, selfie(&jpeg())].join(",")), none).unwrap();
        assert_eq!(andrea.kind, DocumentKind::DriversLicense);
        assert!(verify(&andrea).1.iter().all(|(_, ok)| !*ok));
    }

    #[test]
    fn missing_empty_or_non_image_pictures_are_refused() {
        let licence_front_only =
            format!(r#"{{"attributeType":"DriversLicenseImages","values":{{"frontImage":"{}"}}}}"#, jpeg());
        let error = Submission::parse(&request(&[name("Andrew"), licence_front_only, selfie(&jpeg())].join(",")), none)
            .unwrap_err();
        assert!(error.description.contains("backImage"), "{error:?}");
        let passport = format!(r#"{{"attributeType":"PassportImage","values":{{"passportImage":"{}"}}}}"#, jpeg());
        let pdf = STANDARD.encode("%PDF-1.7 some document");
        let error =
            Submission::parse(&request(&[name("Andrew"), passport.clone(), selfie(&pdf)].join(",")), none).unwrap_err();
        assert!(error.description.contains("cameraSnapshot"), "{error:?}");
        let error =
            Submission::parse(&request(&[name("Andrew"), passport.clone(), selfie("")].join(",")), none).unwrap_err();
        assert!(error.description.contains("required"), "{error:?}");
        assert!(Submission::parse(&request(&[name("Andrew"), selfie(&jpeg())].join(",")), none).is_err());
        let elsewhere = selfie("https://images.example.com/selfie.jpg");
        let error = Submission::parse(&request(&[name("Andrew"), passport, elsewhere].join(",")), none).unwrap_err();
        assert!(error.description.contains("not a capture URL"), "{error:?}");
    }

    #[test]
    fn captured_pictures_are_found_by_their_url() {
        let url = "http://sim/v1/doccapture/images/1";
        let passport = format!(r#"{{"attributeType":"PassportImage","values":{{"passportImage":"{url}"}}}}"#);
        let captured = |u: &str| (u == url).then(|| JPEG.to_vec());
        let submission = Submission::parse(&request(&[name("Andrew"), passport, selfie(url)].join(",")), captured);
        assert_eq!(submission.unwrap().kind, DocumentKind::Passport);
    }
}
