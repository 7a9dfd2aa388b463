//! The eID schemes a bank login can use, and which residence country each serves. The
//! `signicat_bank` flow logs the user in with the scheme of their country of residence; a
//! country without one is refused at the personal-data step, before anything reaches a bank.
//!
//! Only schemes the Assure guide names are here: iDIN for the Netherlands (its bank example)
//! and Norwegian BankID (its list of supported eID providers). The guide also names NemID,
//! which Denmark has since replaced with MitID; no source here names MitID's Assure process, so
//! Denmark is not offered rather than guessed.

use crate::CountryCode;
use serde::{Deserialize, Serialize};

/// An eID scheme: a login at the user's own bank that confirms who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EidScheme {
    /// iDIN, the Dutch banks' login.
    Idin,
    /// BankID, the Norwegian banks' login.
    NorwegianBankid,
}

impl EidScheme {
    /// Every scheme, in the order messages list them.
    pub const ALL: [EidScheme; 2] = [EidScheme::Idin, EidScheme::NorwegianBankid];

    /// The residence country (ISO 3166-1 alpha-2) the scheme serves.
    pub fn country(self) -> &'static str {
        match self {
            EidScheme::Idin => "NL",
            EidScheme::NorwegianBankid => "NO",
        }
    }

    /// The scheme's name as its users know it (a brand: the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            EidScheme::Idin => "iDIN",
            EidScheme::NorwegianBankid => "BankID",
        }
    }

    /// The scheme for a resident of `country`; `None` where no supported scheme serves it.
    pub fn for_residence(country: CountryCode) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.country() == country.as_str())
    }

    /// The countries some scheme serves, comma-separated (`NL, NO`), for messages.
    pub fn countries() -> String {
        Self::ALL.map(Self::country).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dutch_log_in_with_idin_and_the_norwegians_with_bankid_and_nobody_else_has_a_scheme() {
        let scheme = |c: &str| EidScheme::for_residence(CountryCode::parse(c).unwrap());
        assert_eq!(scheme("NL"), Some(EidScheme::Idin));
        assert_eq!(scheme("no"), Some(EidScheme::NorwegianBankid));
        assert_eq!(scheme("DE"), None);
        assert_eq!(scheme("DK"), None, "NemID is gone and MitID's Assure process is unknown");
        assert_eq!(EidScheme::countries(), "NL, NO");
    }
}
