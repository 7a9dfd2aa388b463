//! `/slverify` bodies: the attributes each step sends, and the answer turned into a [`NextStep`].

use super::domain::{
    Approval, CapturedDocument, DenialReason, DocumentImages, DocumentType, NextStep, SessionSignals, Transaction,
    VerifiedBy,
};
use crate::providers::ProviderError;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use kyc_core::{Field, FieldError, PersonName, PersonalData};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// The step a call was made for; it decides what an approval means and names the usual denial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    SessionRisk,
    PiiValidation,
    SmsLink,
    Document,
}

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

/// The `/doccapture/results` answer.
#[derive(Deserialize)]
pub(super) struct CaptureResults {
    #[serde(default)]
    status: Option<String>,
    #[serde(default, rename = "documentType")]
    document_type: Option<String>,
    #[serde(default)]
    documents: Option<CaptureDocuments>,
}

#[derive(Deserialize)]
struct CaptureDocuments {
    #[serde(default)]
    urls: HashMap<String, String>,
}

impl CaptureResults {
    /// `None` while the phone has not sent the pictures yet.
    pub(super) fn captured(self) -> Result<Option<CapturedDocument>, ProviderError> {
        if self.status.as_deref() != Some("success") {
            return Ok(None);
        }
        let mut urls = self.documents.map(|d| d.urls).unwrap_or_default();
        let missing = || unexpected("capture results without all picture URLs");
        let document_type = match self.document_type.as_deref() {
            Some("passport") => DocumentType::Passport,
            Some("driversLicense") => DocumentType::DriversLicense,
            Some("idCard") => DocumentType::IdCard,
            _ => return Err(unexpected("capture results of an unknown document type")),
        };
        let front_key = if document_type == DocumentType::Passport { "passportImage" } else { "frontImage" };
        Ok(Some(CapturedDocument {
            document_type,
            front: urls.remove(front_key).ok_or_else(missing)?,
            back: urls.remove("backImage"),
            selfie: urls.remove("cameraSnapshot").ok_or_else(missing)?,
        }))
    }
}

#[derive(Deserialize)]
pub(super) struct Acquired {
    #[serde(rename = "attributeType")]
    kind: String,
    #[serde(default)]
    values: Map<String, Value>,
}

/// The `/slverify` answer.
#[derive(Deserialize)]
pub(super) struct VerifyResponse {
    #[serde(default)]
    transaction_id: Option<String>,
    #[serde(default, rename = "forwardApiKey")]
    forward_api_key: Option<String>,
    #[serde(default, rename = "policyDecision")]
    policy_decision: Option<String>,
    #[serde(default)]
    obligation: Option<String>,
    #[serde(default, rename = "userAssertionList")]
    assertions: Vec<Map<String, Value>>,
    #[serde(default, rename = "acquiredAttributes")]
    acquired: Vec<Acquired>,
}

impl VerifyResponse {
    /// Keys of the assertions that failed.
    fn failed(&self) -> Vec<&str> {
        let entries = self.assertions.iter().flat_map(|a| a.iter());
        entries.filter(|(_, value)| value.as_str() == Some("fail")).map(|(key, _)| key.as_str()).collect()
    }

    fn acquired_value(&self, kind: &str, key: &str) -> Option<String> {
        let found = self.acquired.iter().find(|a| a.kind == kind)?;
        found.values.get(key)?.as_str().map(str::to_owned)
    }

    fn denial_reason(&self, stage: Stage) -> DenialReason {
        let failed = self.failed();
        let any = |prefix: &str| failed.iter().any(|key| key.starts_with(prefix));
        if any("sessionRisk.") {
            DenialReason::HighRiskSession
        } else if any("smsLink.inTime") {
            DenialReason::LinkNotOpenedInTime
        } else if any("smsLink.mobileDevice") {
            DenialReason::LinkOpenedOnDesktop
        } else if any("document.") {
            DenialReason::DocumentNotVerified
        } else {
            match stage {
                Stage::SessionRisk => DenialReason::HighRiskSession,
                Stage::Document => DenialReason::DocumentNotVerified,
                Stage::PiiValidation | Stage::SmsLink => DenialReason::Unspecified,
            }
        }
    }

    /// The next step of transaction `asi` (for session risk: the one this answer opened).
    pub(super) fn next_step(
        self,
        stage: Stage,
        asi: Option<&str>,
        credential: &str,
    ) -> Result<NextStep, ProviderError> {
        let asi = match asi {
            Some(asi) => asi.to_owned(),
            None => self.transaction_id.clone().ok_or_else(|| unexpected("an answer without transaction_id"))?,
        };
        match self.policy_decision.as_deref().map(str::to_ascii_lowercase).as_deref() {
            Some("approve") => {
                let verified_by = match stage {
                    Stage::PiiValidation => VerifiedBy::PhoneMatch,
                    Stage::SmsLink => VerifiedBy::PhonePossession,
                    Stage::Document => VerifiedBy::Document,
                    Stage::SessionRisk => return Err(unexpected("an approval before any identity check")),
                };
                Ok(NextStep::Approved(Approval {
                    asi,
                    verified_by,
                    desktop_fingerprint: self.acquired_value("TrustedDevices", "desktopFingerprint"),
                    mobile_fingerprint: self.acquired_value("TrustedDevices", "mobileFingerprint"),
                    persistent_id: self.acquired_value("PersistentID", "persistentId"),
                }))
            }
            Some("deny") => Ok(NextStep::Denied { reason: self.denial_reason(stage) }),
            Some("obligation") => {
                let forward_api_key = self.forward_api_key.filter(|k| !k.is_empty());
                let forward_api_key =
                    forward_api_key.ok_or_else(|| unexpected("an obligation without forwardApiKey"))?;
                let transaction = Transaction { asi, forward_api_key, credential: credential.to_owned() };
                let name = self.obligation.unwrap_or_default().to_ascii_lowercase();
                if name.contains("pii") {
                    Ok(NextStep::PiiValidation(transaction))
                } else if name.contains("sms") {
                    Ok(NextStep::PossessionCheck(transaction))
                } else if name.contains("government") || name.contains("document") {
                    Ok(NextStep::DocumentStepUp(transaction))
                } else {
                    Err(unexpected("an obligation this adapter does not know"))
                }
            }
            other => Err(unexpected(&format!("policyDecision {other:?}"))),
        }
    }
}

fn unexpected(what: &str) -> ProviderError {
    ProviderError::Unexpected(format!("ID Dataweb sent {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(body: &str) -> VerifyResponse {
        serde_json::from_str(body).unwrap()
    }

    #[test]
    fn the_obligation_after_pii_validation_names_the_path() {
        let body =
            r#"{"transaction_id":"t-1","forwardApiKey":"k2","policyDecision":"obligation","obligation":"SMS Link"}"#;
        let NextStep::PossessionCheck(tx) = answer(body).next_step(Stage::PiiValidation, Some("t-1"), "u1").unwrap()
        else {
            panic!()
        };
        assert_eq!((tx.asi.as_str(), tx.forward_api_key.as_str(), tx.credential.as_str()), ("t-1", "k2", "u1"));
        let body =
            r#"{"forwardApiKey":"k3","policyDecision":"obligation","obligation":"Government ID and Selfie Match"}"#;
        let step = answer(body).next_step(Stage::PiiValidation, Some("t-1"), "u1").unwrap();
        assert!(matches!(step, NextStep::DocumentStepUp(_)));
    }

    #[test]
    fn denials_are_explained_by_the_failed_assertions() {
        let reason = |body: &str, stage| match answer(body).next_step(stage, Some("t"), "u").unwrap() {
            NextStep::Denied { reason } => reason,
            other => panic!("{other:?}"),
        };
        let tor = r#"{"transaction_id":"t","policyDecision":"deny","userAssertionList":[{"sessionRisk.tor":"fail"}]}"#;
        assert_eq!(reason(tor, Stage::SessionRisk), DenialReason::HighRiskSession);
        let desktop = r#"{"policyDecision":"deny","userAssertionList":[{"smsLink.inTime":"pass"},{"smsLink.mobileDevice":"fail"}]}"#;
        assert_eq!(reason(desktop, Stage::SmsLink), DenialReason::LinkOpenedOnDesktop);
        let late = r#"{"policyDecision":"deny","userAssertionList":[{"smsLink.inTime":"fail"}]}"#;
        assert_eq!(reason(late, Stage::SmsLink), DenialReason::LinkNotOpenedInTime);
        assert_eq!(reason(r#"{"policyDecision":"DENY"}"#, Stage::Document), DenialReason::DocumentNotVerified);
    }

    #[test]
    fn no_decision_and_unknown_obligations_are_unexpected() {
        let no_decision = answer(r#"{"transaction_id":"t","policyDecision":"no_decision"}"#);
        assert!(matches!(no_decision.next_step(Stage::SessionRisk, None, "u"), Err(ProviderError::Unexpected(_))));
        let odd = answer(r#"{"forwardApiKey":"k","policyDecision":"obligation","obligation":"KBA"}"#);
        assert!(matches!(odd.next_step(Stage::PiiValidation, Some("t"), "u"), Err(ProviderError::Unexpected(_))));
    }

    #[test]
    fn phone_numbers_split_at_their_calling_code() {
        assert_eq!(split_phone("+17035550142").unwrap(), ("1".to_owned(), "7035550142".to_owned()));
        assert_eq!(split_phone("+447700900123").unwrap(), ("44".to_owned(), "7700900123".to_owned()));
    }
}
