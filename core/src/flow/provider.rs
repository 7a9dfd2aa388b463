//! Which provider a flow runs on: one typed name for the proxy's records (stored as text, parsed
//! back at the storage edge), its dispatcher and its webhook routes.

use super::FlowId;

/// An identity provider. The proxy names a record's provider only with this type; the text form
/// ([`ProviderId::key`]) is what the database keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProviderId {
    /// Solaris with IDnow's video call.
    Solaris,
    /// ID Dataweb's AXN Verify (phone match, document step-up).
    Iddataweb,
    /// Onfido's document, selfie and Identity Enhanced checks.
    Onfido,
    /// Signicat Assure (iDIN bank login, eIDV).
    Signicat,
    /// Xpollens' account onboarding.
    Xpollens,
}

/// A stored provider name this build does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown provider {0:?}")]
pub struct UnknownProvider(pub String);

impl ProviderId {
    /// Every provider.
    pub const ALL: [ProviderId; 5] =
        [ProviderId::Solaris, ProviderId::Iddataweb, ProviderId::Onfido, ProviderId::Signicat, ProviderId::Xpollens];

    /// The stored name (lower case, stable: rows written by earlier versions use it).
    pub fn key(self) -> &'static str {
        match self {
            ProviderId::Solaris => "solaris",
            ProviderId::Iddataweb => "iddataweb",
            ProviderId::Onfido => "onfido",
            ProviderId::Signicat => "signicat",
            ProviderId::Xpollens => "xpollens",
        }
    }

    /// The provider stored as `key`.
    pub fn parse(key: &str) -> Result<Self, UnknownProvider> {
        Self::ALL.into_iter().find(|p| p.key() == key).ok_or_else(|| UnknownProvider(key.to_owned()))
    }
}

impl std::fmt::Display for ProviderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl FlowId {
    /// The provider the flow runs on.
    pub fn provider(self) -> ProviderId {
        match self {
            FlowId::SolarisIdnow => ProviderId::Solaris,
            FlowId::IddatawebPhone => ProviderId::Iddataweb,
            FlowId::OnfidoDocuments => ProviderId::Onfido,
            FlowId::SignicatBank => ProviderId::Signicat,
            FlowId::XpollensAccount => ProviderId::Xpollens,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_provider_reads_back_from_its_stored_name_and_runs_one_flow() {
        for p in ProviderId::ALL {
            assert_eq!(ProviderId::parse(p.key()), Ok(p));
            assert_eq!(FlowId::ALL.iter().filter(|f| f.provider() == p).count(), 1, "{p}");
        }
        assert!(ProviderId::parse("Solaris").is_err(), "names are stored exactly");
    }
}
