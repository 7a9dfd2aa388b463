//! The identity data a dossier can hold: what the user typed (`userData`) and what a process
//! found (`finalResult`) share this shape, so that matching compares like with like.

use kyc_core::CalendarDate;
use serde::{Deserialize, Serialize};

/// A residence address. `country` is kept as sent (ISO 3166-1 alpha-2 from iDIN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Address {
    pub street: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    pub postal_code: String,
    pub city: String,
    pub country: String,
}

/// Names, birth date and address of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Identity {
    pub first_name: String,
    pub last_name: String,
    /// `YYYY-MM-DD`, the Assure normalisation.
    pub date_of_birth: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

impl Identity {
    /// Reads a `userData` body, refusing what the matching could not use.
    pub fn parse(body: &[u8]) -> Result<Self, String> {
        // The position only: serde's message may quote the value, and values are personal data.
        let identity: Self = serde_json::from_slice(body).map_err(|e| {
            format!("The user data does not have the expected shape (line {}, column {}).", e.line(), e.column())
        })?;
        if identity.first_name.trim().is_empty() || identity.last_name.trim().is_empty() {
            return Err("firstName and lastName must not be empty.".to_owned());
        }
        if CalendarDate::parse(&identity.date_of_birth).is_err() {
            return Err("dateOfBirth must be a date written YYYY-MM-DD.".to_owned());
        }
        Ok(identity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_data_needs_names_and_a_real_date() {
        let ok = br#"{"firstName":"Claire","lastName":"de Vries","dateOfBirth":"1990-05-17"}"#;
        assert_eq!(Identity::parse(ok).unwrap().last_name, "de Vries");
        let bad_date = br#"{"firstName":"Claire","lastName":"de Vries","dateOfBirth":"17-05-1990"}"#;
        assert!(Identity::parse(bad_date).unwrap_err().contains("dateOfBirth"));
        let unknown = br#"{"firstName":"C","lastName":"V","dateOfBirth":"1990-05-17","shoeSize":42}"#;
        assert!(Identity::parse(unknown).is_err());
    }
}
