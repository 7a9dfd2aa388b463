//! The `/slverify` answer: `policyDecision` approve, deny or obligation; with an obligation,
//! `forwardApiKey` is the key of the step still required and `obligation` names it (the guide
//! tells integrators to read the obligation after PII validation to pick the path).

use super::risk::Checks;
use super::StepKeys;
use serde_json::{json, Value};

/// The steps after session risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    PiiValidation,
    SmsLink,
    Document,
    /// Knowledge-based questions, the optional step-up for users who cannot complete the
    /// document capture. This simulator asks for it but does not hold the conversation.
    Kba,
}

impl Step {
    /// The API key that calls this step.
    pub fn key(self, keys: &StepKeys) -> &str {
        match self {
            Self::PiiValidation => &keys.pii_validation,
            Self::SmsLink => &keys.sms_link,
            Self::Document => &keys.document,
            Self::Kba => &keys.kba,
        }
    }

    /// The step's name in the guide, sent as `obligation`.
    pub fn name(self) -> &'static str {
        match self {
            Self::PiiValidation => "PII Validation",
            Self::SmsLink => "SMS Link",
            Self::Document => "Government ID and Selfie Match",
            Self::Kba => "KBA",
        }
    }
}

/// The policy's verdict on a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    Approve,
    Deny,
    /// Another step is required (for a pending step, the same one again).
    Obligation(Step),
}

/// What one `/slverify` call concluded.
pub(crate) struct Answer {
    pub decision: Decision,
    /// The assertions of this step, `pass` or `fail`.
    pub checks: Checks,
    /// Extra assertions with other values (e.g. the possession check's state).
    pub notes: Vec<(&'static str, String)>,
    /// `acquiredAttributes`: what approval established.
    pub acquired: Vec<Value>,
}

impl Answer {
    /// An answer with these checks and nothing acquired.
    pub fn new(decision: Decision, checks: Checks) -> Self {
        Self { decision, checks, notes: Vec::new(), acquired: Vec::new() }
    }

    /// The response body for transaction `asi`.
    pub fn to_json(&self, asi: &str, mbun: &str, keys: &StepKeys) -> Value {
        let assertions = self
            .checks
            .iter()
            .map(|(key, ok)| (*key, if *ok { "pass" } else { "fail" }.to_owned()))
            .chain(self.notes.iter().cloned())
            .map(|(key, value)| json!({ key: value }));
        let (decision, forward, obligation) = match self.decision {
            Decision::Approve => ("approve", "", None),
            Decision::Deny => ("deny", "", None),
            Decision::Obligation(step) => ("obligation", step.key(keys), Some(step.name())),
        };
        json!({
            "errorCode": "",
            "errorDescription": "",
            "transaction_id": asi,
            "userAttributes": [],
            "acquiredAttributes": self.acquired,
            "userAssertionList": assertions.collect::<Vec<_>>(),
            "mbun": mbun,
            "forwardApiKey": forward,
            "policyObligation": obligation.is_some(),
            "policyDecision": decision,
            "obligation": obligation,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_obligation_forwards_the_key_of_the_required_step() {
        let keys = crate::iddataweb::Config::local("http://sim").keys;
        let answer = Answer::new(Decision::Obligation(Step::SmsLink), vec![("link.fullName_telephone", true)]);
        let body = answer.to_json("asi-1", "mbun-1", &keys);
        assert_eq!(body["policyDecision"], "obligation");
        assert_eq!(body["policyObligation"], true);
        assert_eq!(body["forwardApiKey"], keys.sms_link.as_str());
        assert_eq!(body["obligation"], "SMS Link");
        assert_eq!(body["userAssertionList"][0]["link.fullName_telephone"], "pass");
        let denied = Answer::new(Decision::Deny, vec![("sessionRisk.tor", false)]).to_json("a", "m", &keys);
        assert_eq!((denied["policyDecision"].as_str(), denied["forwardApiKey"].as_str()), (Some("deny"), Some("")));
        assert_eq!(denied["userAssertionList"][0]["sessionRisk.tor"], "fail");
    }
}
