//! ID Dataweb's answers: `/slverify` turned into a [`NextStep`], and the capture results.

use super::domain::{Approval, CapturedDocument, DenialReason, DocumentType, NextStep, Transaction, VerifiedBy};
use crate::clients::ProviderError;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The step a call was made for; it decides what an approval means and names the usual denial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    SessionRisk,
    PiiValidation,
    SmsLink,
    Document,
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

    /// What the device signals said: the browser is bound to an earlier approval
    /// (`device.trusted`), and that identity's persistent id when the add-on gives it.
    pub(super) fn device(&self) -> (bool, Option<String>) {
        let entries = self.assertions.iter().flat_map(|a| a.iter());
        let trusted = entries.filter(|(key, _)| key.as_str() == "device.trusted").any(|(_, value)| {
            value.as_bool() == Some(true) || value.as_str().is_some_and(|v| matches!(v, "true" | "pass"))
        });
        (trusted, self.acquired_value("PersistentID", "persistentId"))
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
                    // KBA and whatever else the workflow may ask: this product runs no such
                    // step, which is a decision for the product team, not a provider error.
                    let obligation = if name.is_empty() { "unnamed".to_owned() } else { name };
                    Ok(NextStep::Unhandled { transaction, obligation })
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
    fn no_decision_is_unexpected_and_an_obligation_the_flow_does_not_run_is_unhandled() {
        let no_decision = answer(r#"{"transaction_id":"t","policyDecision":"no_decision"}"#);
        assert!(matches!(no_decision.next_step(Stage::SessionRisk, None, "u"), Err(ProviderError::Unexpected(_))));
        let kba = answer(r#"{"forwardApiKey":"k","policyDecision":"obligation","obligation":"KBA"}"#);
        let NextStep::Unhandled { transaction, obligation } = kba.next_step(Stage::Document, Some("t"), "u").unwrap()
        else {
            panic!("KBA is not a step of this flow")
        };
        assert_eq!((obligation.as_str(), transaction.forward_api_key.as_str()), ("kba", "k"));
    }

    #[test]
    fn a_trusted_device_is_read_from_the_session_risk_assertions() {
        let known = answer(
            r#"{"transaction_id":"t","policyDecision":"obligation","forwardApiKey":"k","obligation":"PII Validation",
            "userAssertionList":[{"sessionRisk.tor":"pass"},{"device.trusted":"true"}],
            "acquiredAttributes":[{"attributeType":"PersistentID","values":{"persistentId":"p-1"}}]}"#,
        );
        assert_eq!(known.device(), (true, Some("p-1".to_owned())));
        assert_eq!(answer(r#"{"policyDecision":"deny"}"#).device(), (false, None));
    }

    /// The guide's answers, as our fixtures hold them.
    fn fixture(name: &str) -> &'static str {
        match name {
            "approve" => include_str!("../../../tests/fixtures/iddataweb/slverify_approve.json"),
            "obligation" => include_str!("../../../tests/fixtures/iddataweb/slverify_obligation.json"),
            "deny" => include_str!("../../../tests/fixtures/iddataweb/slverify_deny.json"),
            "pending" => include_str!("../../../tests/fixtures/iddataweb/doccapture_results_pending.json"),
            "sendlink" => include_str!("../../../tests/fixtures/iddataweb/doccapture_sendlink.json"),
            other => panic!("no fixture {other}"),
        }
    }

    #[test]
    fn every_slverify_answer_of_the_guide_is_read() {
        let approved = answer(fixture("approve")).next_step(Stage::Document, Some("t"), "u").unwrap();
        assert!(matches!(approved, NextStep::Approved(a) if a.verified_by == VerifiedBy::Document && a.asi == "t"));
        let NextStep::PossessionCheck(tx) =
            answer(fixture("obligation")).next_step(Stage::PiiValidation, Some("t"), "u").unwrap()
        else {
            panic!("the obligation names the SMS link")
        };
        assert_eq!(tx.forward_api_key, "a3e9d2710b4f6c85");
        let denied = answer(fixture("deny")).next_step(Stage::Document, Some("t"), "u").unwrap();
        assert_eq!(denied, NextStep::Denied { reason: DenialReason::DocumentNotVerified });
        let opened = answer(fixture("approve")).next_step(Stage::SessionRisk, None, "u");
        assert!(opened.is_err(), "no approval before an identity check");
    }

    #[test]
    fn the_guides_capture_answers_are_read() {
        let pending: CaptureResults = serde_json::from_str(fixture("pending")).unwrap();
        assert_eq!(pending.captured().unwrap(), None, "still waiting for the phone");
        let sent = super::super::errors::read::<Value>(reqwest::StatusCode::OK, fixture("sendlink").as_bytes());
        assert_eq!(sent.unwrap()["status"], "success");
    }
}
