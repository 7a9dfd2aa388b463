//! The `/slverify` request: `apikey`, `credential`, `appID`, `asi` and `userAttributes`, each
//! attribute an `attributeType` with a flat object of string `values`.

use super::errors::ApiError;
use serde::Deserialize;
use serde_json::{Map, Value};

/// One entry of `userAttributes`.
#[derive(Debug, Deserialize)]
pub(crate) struct Attribute {
    #[serde(rename = "attributeType")]
    pub kind: String,
    #[serde(default)]
    pub values: Map<String, Value>,
}

/// A `/slverify` request body.
#[derive(Debug, Deserialize)]
pub(crate) struct VerifyRequest {
    pub apikey: String,
    #[serde(default)]
    pub credential: Option<String>,
    #[serde(default)]
    pub asi: Option<String>,
    #[serde(default, rename = "userAttributes")]
    pub attributes: Vec<Attribute>,
}

impl VerifyRequest {
    /// Reads the body; a broken one is a 400 that says what is wrong.
    pub fn parse(body: &[u8]) -> Result<Self, ApiError> {
        serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("Unreadable request: {e}")))
    }

    /// The values of the first attribute of type `kind`.
    pub fn attribute(&self, kind: &str) -> Option<&Map<String, Value>> {
        self.attributes.iter().find(|a| a.kind.eq_ignore_ascii_case(kind)).map(|a| &a.values)
    }

    /// A value of attribute `kind`: strings as they are, numbers and booleans as text; `None`
    /// when absent or blank.
    pub fn value(&self, kind: &str, key: &str) -> Option<String> {
        let text = match self.attribute(kind)?.get(key)? {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return None,
        };
        (!text.is_empty()).then_some(text)
    }

    /// Like [`VerifyRequest::value`], but required: a 400 naming the attribute when missing.
    pub fn required(&self, kind: &str, key: &str) -> Result<String, ApiError> {
        self.value(kind, key).ok_or_else(|| ApiError::bad_request(format!("{kind}.{key} is required for this step.")))
    }

    /// `credential` when given and not blank.
    pub fn credential(&self) -> Option<&str> {
        self.credential.as_deref().map(str::trim).filter(|c| !c.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_by_type_and_key_and_blank_ones_count_as_missing() {
        let body = br#"{"apikey":"k","asi":"a","userAttributes":[
            {"attributeType":"FullName","values":{"fname":"Andrew","mname":"","lname":"Roshell"}},
            {"attributeType":"DeviceFingerprint","values":{"webdriver":true}}]}"#;
        let request = VerifyRequest::parse(body).unwrap();
        assert_eq!(request.value("fullname", "fname").as_deref(), Some("Andrew"));
        assert_eq!(request.value("FullName", "mname"), None);
        assert_eq!(request.value("DeviceFingerprint", "webdriver").as_deref(), Some("true"));
        assert_eq!(request.required("FullName", "lname").unwrap(), "Roshell");
        assert!(request.required("InternationalTelephone", "telephone").is_err());
        assert!(VerifyRequest::parse(b"{\"asi\":1}").is_err());
    }
}
