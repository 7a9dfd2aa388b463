//! E-mail addresses: the structural check both sides share. The proxy adds the full check of
//! the `validator` crate, whose regex and IDNA tables are too heavy for the wasm.

use serde::Serialize;
use thiserror::Error;

/// An address with a local part, an `@` and a dotted domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Email(String);

/// Why an e-mail address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum EmailError {
    /// Nothing was entered.
    #[error("is required")]
    Empty,
    /// Not shaped like `name@example.com`.
    #[error("is not a valid e-mail address")]
    Format,
}

impl EmailError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::Format => "email_format",
        }
    }
}

impl Email {
    /// Checks the shape of the address; surrounding spaces are ignored.
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        let (local, domain) = value.rsplit_once('@').ok_or(EmailError::Format)?;
        let domain_ok = domain.len() <= 253
            && domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        let local_ok =
            !local.is_empty() && local.len() <= 64 && !local.contains(|c: char| c.is_whitespace() || c == '@');
        if value.len() <= 254 && domain_ok && local_ok {
            Ok(Self(value.to_owned()))
        } else {
            Err(EmailError::Format)
        }
    }

    /// The address as entered, trimmed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted() {
        for ok in ["jane@example.com", "jane.doe+kyc@mail.example.de", "zoë@exämple.fr"] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in
            ["jane", "jane@", "@example.com", "jane@example", "ja ne@example.com", "jane@exa_mple.com", "jane@-x.com"]
        {
            assert_eq!(Email::parse(bad), Err(EmailError::Format), "{bad}");
        }
    }
}
