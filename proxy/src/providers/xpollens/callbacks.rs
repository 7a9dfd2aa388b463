//! The callbacks the onboarding needs, typed: 34 (overall status), 4 (KYC diligences) and 35
//! (activation code). Bodies may come bare or wrapped in `{"Payload": …}`, and the documented
//! examples disagree on the case of `appUserId`, so both spellings are read.
//!
//! Authenticity: Xpollens's webhook manager authenticates itself to the partner's endpoint with
//! a scheme chosen when the environment is set up (HTTP Basic, OAuth 2 or mTLS); the payloads
//! themselves are not signed. [`CallbackCredentials`] checks the Basic variant; a receiver
//! should still re-read the status from the API before acting on it.

use super::types::{ActivationCode, AppUserId, KycDemand, UnknownValue, UserRecordStatus};
use super::wire::{DiligenceWire, KycWire};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// A callback the onboarding acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Type 34: the overall status changed.
    UserStatus {
        /// The prospect.
        app_user_id: AppUserId,
        /// Xpollens's public code of the user.
        public_user_code: String,
        /// The new status.
        status: UserRecordStatus,
    },
    /// Type 4: the KYC demand changed.
    Kyc {
        /// The prospect.
        app_user_id: AppUserId,
        /// Status and diligences.
        demand: KycDemand,
    },
    /// Type 35: a (new) activation code for the user's security wallet, or why there is none.
    ActivationCode {
        /// The prospect.
        app_user_id: AppUserId,
        /// The code, unless Xpollens reported an error instead.
        code: Result<ActivationCode, String>,
    },
}

/// Why a callback body was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    /// Not a JSON object.
    #[error("the callback is not a JSON object")]
    NotJson,
    /// A type this adapter does not handle (e.g. 1 top-up or 45 account status).
    #[error("callback type '{0}' is not handled")]
    UnhandledType(String),
    /// A field is missing or has an unknown value.
    #[error("callback field missing or unknown: {0}")]
    Invalid(String),
}

impl From<UnknownValue> for CallbackError {
    fn from(e: UnknownValue) -> Self {
        Self::Invalid(e.to_string())
    }
}

/// A callback body as it arrives (the fields of the three handled types, with every documented
/// spelling); [`Callback::try_from`] makes it a [`Callback`].
#[derive(Debug, Deserialize)]
pub struct CallbackWire {
    #[serde(rename = "type", alias = "Type")]
    kind: Value,
    #[serde(rename = "appUserId", alias = "appUserid", alias = "AppUserId")]
    app_user_id: Option<String>,
    #[serde(rename = "publicUserCode", alias = "PublicUserCode")]
    public_user_code: Option<String>,
    #[serde(rename = "userRecordStatus", alias = "UserRecordStatus")]
    user_record_status: Option<String>,
    #[serde(alias = "Status")]
    status: Option<String>,
    #[serde(default, alias = "Diligences")]
    diligences: Vec<DiligenceWire>,
    #[serde(rename = "ActivationCode", alias = "activationCode")]
    activation_code: Option<String>,
    #[serde(rename = "ErrorMessage", alias = "errorMessage")]
    error_message: Option<String>,
}

impl TryFrom<CallbackWire> for Callback {
    type Error = CallbackError;
    fn try_from(w: CallbackWire) -> Result<Self, Self::Error> {
        let missing = |name: &str| CallbackError::Invalid(name.to_owned());
        let kind = match &w.kind {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            _ => return Err(missing("type")),
        };
        let app_user_id = w.app_user_id.as_deref().ok_or_else(|| missing("appUserId"))?;
        let app_user_id = AppUserId::parse(app_user_id).map_err(|_| missing("appUserId"))?;
        match kind.as_str() {
            "34" => Ok(Self::UserStatus {
                app_user_id,
                public_user_code: w.public_user_code.unwrap_or_default(),
                status: UserRecordStatus::parse(
                    w.user_record_status.as_deref().ok_or_else(|| missing("userRecordStatus"))?,
                )?,
            }),
            "4" => {
                let status = w.status.ok_or_else(|| missing("status"))?;
                let demand = KycDemand::try_from(KycWire { status, diligences: w.diligences })?;
                Ok(Self::Kyc { app_user_id, demand })
            }
            "35" => {
                let code = match (w.activation_code.filter(|c| !c.is_empty()), w.error_message) {
                    (Some(code), _) => Ok(ActivationCode::parse(&code)?),
                    (None, Some(error)) => Err(error),
                    (None, None) => return Err(missing("ActivationCode")),
                };
                Ok(Self::ActivationCode { app_user_id, code })
            }
            _ => Err(CallbackError::UnhandledType(kind.chars().take(8).collect())),
        }
    }
}

impl Callback {
    /// Parses a callback body, bare or wrapped in `{"Payload": …}`.
    pub fn parse(body: &[u8]) -> Result<Self, CallbackError> {
        let mut value: Value = serde_json::from_slice(body).map_err(|_| CallbackError::NotJson)?;
        let wrapped = ["Payload", "payload"].into_iter().find(|key| value.get(key).is_some());
        if let Some(key) = wrapped {
            value = value[key].take();
        }
        if !value.is_object() {
            return Err(CallbackError::NotJson);
        }
        let wire: CallbackWire = serde_json::from_value(value).map_err(|e| CallbackError::Invalid(e.to_string()))?;
        Self::try_from(wire)
    }

    /// What identifies this callback among deliveries, whatever its wrapping, spacing or key
    /// case: the type, the prospect and every value it carries. Xpollens documents no delivery
    /// id, so a callback that says the same thing again is the same callback delivered again
    /// (applying it twice would change nothing but could overwrite a newer activation code).
    pub fn delivery_key(&self) -> String {
        let canonical = match self {
            Self::UserStatus { app_user_id, public_user_code, status } => {
                format!("34\n{app_user_id}\n{public_user_code}\n{status:?}")
            }
            Self::Kyc { app_user_id, demand } => {
                let diligences: Vec<String> = demand
                    .diligences
                    .iter()
                    .map(|d| format!("{}\t{:?}\t{}", d.kind, d.status, d.reason.as_deref().unwrap_or_default()))
                    .collect();
                format!("4\n{app_user_id}\n{:?}\n{}", demand.status, diligences.join("\n"))
            }
            Self::ActivationCode { app_user_id, code } => match code {
                Ok(code) => format!("35\n{app_user_id}\ncode\t{}", code.as_str()),
                Err(error) => format!("35\n{app_user_id}\nerror\t{error}"),
            },
        };
        hex::encode(Sha256::digest(canonical.as_bytes()))
    }

    /// The prospect the callback is about.
    pub fn app_user_id(&self) -> &AppUserId {
        match self {
            Self::UserStatus { app_user_id, .. }
            | Self::Kyc { app_user_id, .. }
            | Self::ActivationCode { app_user_id, .. } => app_user_id,
        }
    }
}

/// The HTTP Basic credentials agreed with Xpollens for callbacks.
pub struct CallbackCredentials {
    /// User name.
    pub username: String,
    /// Password.
    pub password: SecretString,
}

impl CallbackCredentials {
    /// Whether an `Authorization` header value carries exactly these credentials (compared in
    /// constant time).
    pub fn accepts(&self, authorization: Option<&str>) -> bool {
        let expected = format!("{}:{}", self.username, self.password.expose_secret());
        let given = authorization
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
            .and_then(|(_, encoded)| STANDARD.decode(encoded.trim()).ok())
            .unwrap_or_default();
        crate::auth::secret_eq(expected.as_bytes(), &given)
    }
}

#[cfg(test)]
mod tests {
    use super::super::types::{DiligenceStatus, KycStatus};
    use super::*;

    #[test]
    fn the_documented_examples_parse() {
        let status = br#"{"Payload":{"type":"34","appUserid":"z32er24f4","publicUserCode":"1234der14ft2","userRecordStatus":"InProgress"}}"#;
        let Callback::UserStatus { app_user_id, status, .. } = Callback::parse(status).unwrap() else { panic!() };
        assert_eq!((app_user_id.as_str(), status), ("z32er24f4", UserRecordStatus::InProgress));

        let kyc = br#"{"type":"4","status":"Incomplete","appUserId":"559d7e85J","diligences":[{"reason":"","diligenceType":"ID_CARD","status":"Validated"}]}"#;
        let Callback::Kyc { demand, .. } = Callback::parse(kyc).unwrap() else { panic!() };
        assert_eq!(demand.status, KycStatus::Incomplete);
        assert_eq!(
            (demand.diligences[0].kind.as_str(), demand.diligences[0].status),
            ("ID_CARD", DiligenceStatus::Validated)
        );
        assert_eq!(demand.diligences[0].reason, None);

        let code = br#"{"Payload":{"type":"35","AppUserId":"e87bd13dJ","ActivationCode":"f825f1646665490aa7ef7942c6f2f159","ErrorMessage":null}}"#;
        let Callback::ActivationCode { code, .. } = Callback::parse(code).unwrap() else { panic!() };
        assert_eq!(code.unwrap().as_str(), "f825f1646665490aa7ef7942c6f2f159");
    }

    #[test]
    fn other_types_and_broken_bodies_are_told_apart() {
        assert_eq!(
            Callback::parse(br#"{"type":"45","appUserId":"a"}"#),
            Err(CallbackError::UnhandledType("45".into()))
        );
        assert_eq!(Callback::parse(b"[1]"), Err(CallbackError::NotJson));
        assert!(matches!(
            Callback::parse(br#"{"type":"34","appUserId":"a","userRecordStatus":"Open"}"#),
            Err(CallbackError::Invalid(_))
        ));
        let no_code = br#"{"type":"35","AppUserId":"a","ActivationCode":null,"ErrorMessage":"wallet not created"}"#;
        let Callback::ActivationCode { code, .. } = Callback::parse(no_code).unwrap() else { panic!() };
        assert_eq!(code, Err("wallet not created".to_owned()));
    }

    #[test]
    fn only_the_agreed_basic_credentials_are_accepted() {
        let credentials = CallbackCredentials { username: "partner".into(), password: "s3cret".to_owned().into() };
        assert!(credentials.accepts(Some("Basic cGFydG5lcjpzM2NyZXQ=")));
        assert!(!credentials.accepts(Some("Basic cGFydG5lcjpzM2NyZXU=")));
        assert!(!credentials.accepts(Some("Bearer cGFydG5lcjpzM2NyZXQ=")));
        assert!(!credentials.accepts(None));
    }
}
