//! Which Assure eID process logs a resident of each country in. The request shape is not in
//! the guide or in any source here (the guide names iDIN and Norwegian BankID as eID providers
//! Assure supports, and says the eIDs run through Signicat's Connect service): the provider key
//! `eid` is confirmed by Signicat's watermark documentation; the process types are the short
//! names Signicat's other products give these ID methods (`idin`, `nbid`), a reading of ours
//! that a real integration confirms with Signicat.

use kyc_core::EidScheme;

/// The provider key of every eID process.
pub(super) const PROVIDER: &str = "eid";

/// The `processType` that starts a login with `scheme`.
pub(super) fn process_type(scheme: EidScheme) -> &'static str {
    match scheme {
        EidScheme::Idin => "idin",
        EidScheme::NorwegianBankid => "nbid",
    }
}

/// The scheme of an eID process's `processType`; `None` for one this adapter never starts.
pub(super) fn scheme(process_type: &str) -> Option<EidScheme> {
    EidScheme::ALL.into_iter().find(|s| self::process_type(*s) == process_type)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_has_its_own_process_type_and_reads_back() {
        for s in EidScheme::ALL {
            assert_eq!(scheme(process_type(s)), Some(s));
        }
        assert_eq!(scheme("mitid"), None);
    }
}
