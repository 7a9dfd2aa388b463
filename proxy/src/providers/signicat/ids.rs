//! Assure identifiers. They travel in URL paths, so only what an Assure id can hold (UUID
//! letters, digits and dashes) is accepted.

use crate::clients::ProviderError;
use std::fmt;

fn parse_id(raw: &str, what: &str) -> Result<String, ProviderError> {
    let ok = (1..=64).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| raw.to_owned()).ok_or_else(|| ProviderError::Unexpected(format!("not a {what} id")))
}

/// A dossier's id: one per end user. Provider-internal: it stays in the proxy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DossierId(String);

/// A process's id, unique within Assure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProcessId(String);

impl DossierId {
    /// Checks an id read from an answer, a callback or storage.
    pub fn parse(raw: &str) -> Result<Self, ProviderError> {
        parse_id(raw, "dossier").map(Self)
    }

    /// The id as Assure writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl ProcessId {
    /// Checks an id read from an answer, a callback or storage.
    pub fn parse(raw: &str) -> Result<Self, ProviderError> {
        parse_id(raw, "process").map(Self)
    }

    /// The id as Assure writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DossierId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for ProcessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_smuggle_path_segments() {
        assert!(DossierId::parse("54a1ad5f-74dd-47ba-b992-1cb2b4636341").is_ok());
        assert!(DossierId::parse("../oauth").is_err());
        assert!(ProcessId::parse("a/b").is_err());
        assert!(ProcessId::parse("").is_err());
    }
}
