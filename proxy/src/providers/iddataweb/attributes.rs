//! The `/slverify` request and the attributes each step sends.

use super::domain::{CapturedDocument, DocumentImages, DocumentType, SessionSignals};
use crate::clients::ProviderError;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use kyc_core::{Field, FieldError, PersonName, PersonalData};
use serde::Serialize;
use serde_json::{json, Value};

/// A `/slverify` request body.
#[derive(Serialize)]
pub(super) struct VerifyRequest<'a> {
    pub apikey: &'a str,
    pub credential: &'a str,
    #[serde(rename = "appID")]
    pub app_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asi: Option<&'a str>,
    #[serde(rename = "userAttributes")]
    pub attributes: Vec<Value>,
}

fn attribute(kind: &str, values: Value) -> Value {
    json!({ "attributeType": kind, "values": values })
}

/// Session risk: the network and device signals.
pub(super) fn session_attributes(signals: &SessionSignals) -> Vec<Value> {
    let mut attributes = vec![
        attribute("IPAddress", json!({ "ipAddress": signals.ip.to_string() })),
        attribute("UserAgent", json!({ "userAgent": signals.user_agent })),
        attribute("DeviceFingerprint", json!({ "fingerprint": signals.fingerprint, "webdriver": signals.webdriver })),
    ];
    if let Some(email) = &signals.email {
        attributes.push(attribute("Email", json!({ "email": email })));
    }
    attributes
}

/// Splits an E.164 number into calling code and national number, as `InternationalTelephone` wants.
pub(super) fn split_phone(e164: &str) -> Result<(String, String), ProviderError> {
    let refused = || {
        let message = "is not a number the provider can check".to_owned();
        ProviderError::Rejected(vec![FieldError { field: Field::MobileNumber, code: "phone_format".into(), message }])
    };
    let number = phonenumber::parse(None, e164).map_err(|_| refused())?;
    let dial_code = number.code().value().to_string();
    let national = e164.trim_start_matches('+').strip_prefix(dial_code.as_str()).ok_or_else(refused)?;
    Ok((dial_code, national.to_owned()))
}

fn full_name(first: &PersonName, last: &PersonName) -> Value {
    attribute("FullName", json!({ "fname": first.as_str(), "mname": "", "lname": last.as_str() }))
}

/// PII validation: name, address, phone and date of birth.
pub(super) fn pii_attributes(person: &PersonalData, region: Option<&str>) -> Result<Vec<Value>, ProviderError> {
    let (dial_code, telephone) = split_phone(person.mobile_number.as_str())?;
    let address = &person.address;
    let birth = person.birth_date.date();
    Ok(vec![
        full_name(&person.first_name, &person.last_name),
        attribute(
            "InternationalAddress",
            json!({
                "country": address.country.as_str(),
                "administrative_area_level_1": region.unwrap_or_default(),
                "locality": address.city,
                "postal_code": address.postal_code.as_str(),
                "route": address.street,
                "street_number": address.house_number,
            }),
        ),
        attribute("InternationalTelephone", json!({ "dialCode": dial_code, "telephone": telephone })),
        attribute(
            "DOB",
            json!({
                "day": format!("{:02}", birth.day()),
                "month": format!("{:02}", birth.month()),
                "year": birth.year().to_string(),
            }),
        ),
    ])
}

/// Government ID and selfie: the holder's name, the document's pictures under its kind's
/// attribute, the selfie as `CameraSnapshot`. Each picture is base64 or a capture URL.
fn document_attributes(
    first: &PersonName,
    last: &PersonName,
    document_type: DocumentType,
    [front, back, selfie]: [String; 3],
) -> Vec<Value> {
    let document = match document_type {
        DocumentType::Passport => attribute("PassportImage", json!({ "passportImage": front })),
        DocumentType::DriversLicense => {
            attribute("DriversLicenseImages", json!({ "frontImage": front, "backImage": back }))
        }
        DocumentType::IdCard => attribute("IDCardImages", json!({ "frontImage": front, "backImage": back })),
    };
    vec![full_name(first, last), document, attribute("CameraSnapshot", json!({ "cameraSnapshot": selfie }))]
}

/// The document step with the pictures themselves, base64-encoded.
pub(super) fn uploaded_document(first: &PersonName, last: &PersonName, images: &DocumentImages) -> Vec<Value> {
    let encode = |bytes: &[u8]| STANDARD.encode(bytes);
    let back = images.back.as_deref().map(encode).unwrap_or_default();
    document_attributes(first, last, images.document_type, [encode(&images.front), back, encode(&images.selfie)])
}

/// The document step with the URLs of pictures taken on the capture page.
pub(super) fn captured_document(first: &PersonName, last: &PersonName, captured: &CapturedDocument) -> Vec<Value> {
    let urls = [captured.front.clone(), captured.back.clone().unwrap_or_default(), captured.selfie.clone()];
    document_attributes(first, last, captured.document_type, urls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_split_at_their_calling_code() {
        assert_eq!(split_phone("+17035550142").unwrap(), ("1".to_owned(), "7035550142".to_owned()));
        assert_eq!(split_phone("+447700900123").unwrap(), ("44".to_owned(), "7700900123".to_owned()));
    }
}
