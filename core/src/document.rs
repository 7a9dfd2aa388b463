//! Identity documents for the video call, and the proof of address Solaris requires when the
//! document does not show the holder's address.

use crate::{CalendarDate, CountryCode};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The kind of identity document: shown in the video call (Solaris: passport or ID card), or
/// photographed in a capture step (which flow offers which: `FlowId::capture_documents`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DocumentKind {
    /// A passport.
    Passport,
    /// A national identity card.
    IdCard,
    /// A driver's licence (front and back), where the provider takes it as proof of identity.
    DriversLicense,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: [DocumentKind; 3] = [DocumentKind::IdCard, DocumentKind::Passport, DocumentKind::DriversLicense];

    /// The wire name (`ID_CARD`, `PASSPORT` as Solaris names them, `DRIVERS_LICENSE`), as serde
    /// writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Passport => "PASSPORT",
            Self::IdCard => "ID_CARD",
            Self::DriversLicense => "DRIVERS_LICENSE",
        }
    }

    /// The kind for its wire name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// Issuing countries whose ID cards print the address (IDnow's list of documents with address).
const ID_CARDS_WITH_ADDRESS: &[&str] = &["CZ", "DE", "ES", "FR", "HR", "IT", "MT", "PL", "SG", "SI", "SK"];
/// Issuing countries whose passports print the address.
const PASSPORTS_WITH_ADDRESS: &[&str] = &["BG", "CN", "FR", "HR", "IN", "MA", "SI"];

/// Whether a document of this kind from this country shows the holder's address, so that no
/// separate proof of address is needed.
pub fn shows_address(kind: DocumentKind, issuing_country: CountryCode) -> bool {
    let list = match kind {
        DocumentKind::IdCard => ID_CARDS_WITH_ADDRESS,
        DocumentKind::Passport => PASSPORTS_WITH_ADDRESS,
        // IDnow's list has no driver's licences (Solaris does not take them for the call).
        DocumentKind::DriversLicense => &[],
    };
    list.contains(&issuing_country.as_str())
}

/// Why the video call needs a proof of address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProofReason {
    /// The address service could not confirm the typed address. Solaris's guide lets the user
    /// go on, but "the customer must submit a proof of address afterward".
    AddressNotConfirmed,
    /// The chosen document does not print the address.
    DocumentWithoutAddress,
}

/// Whether, and why, the call needs a proof of address: the address could not be confirmed
/// (`address_confirmed` false), or the document does not show it.
pub fn proof_needed(kind: DocumentKind, issuing_country: CountryCode, address_confirmed: bool) -> Option<ProofReason> {
    if !address_confirmed {
        Some(ProofReason::AddressNotConfirmed)
    } else if !shows_address(kind, issuing_country) {
        Some(ProofReason::DocumentWithoutAddress)
    } else {
        None
    }
}

/// Documents Solaris accepts as proof of address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProofOfAddressType {
    /// Bank account statement.
    BankAccountStatement,
    /// Certificate of registration (e.g. Meldebescheinigung).
    CertificateOfRegistration,
    /// Electricity bill.
    ElectricityBill,
    /// Gas bill.
    GasBill,
    /// Heating bill.
    HeatingBill,
    /// Internet bill.
    InternetBill,
    /// Telephone bill.
    TelephoneBill,
    /// Water bill.
    WaterBill,
}

impl ProofOfAddressType {
    /// Every type, for a choice list.
    pub const ALL: [ProofOfAddressType; 8] = [
        Self::BankAccountStatement,
        Self::CertificateOfRegistration,
        Self::ElectricityBill,
        Self::GasBill,
        Self::HeatingBill,
        Self::InternetBill,
        Self::TelephoneBill,
        Self::WaterBill,
    ];
}

impl ProofOfAddressType {
    /// The Solaris name (`GAS_BILL`, …), as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BankAccountStatement => "BANK_ACCOUNT_STATEMENT",
            Self::CertificateOfRegistration => "CERTIFICATE_OF_REGISTRATION",
            Self::ElectricityBill => "ELECTRICITY_BILL",
            Self::GasBill => "GAS_BILL",
            Self::HeatingBill => "HEATING_BILL",
            Self::InternetBill => "INTERNET_BILL",
            Self::TelephoneBill => "TELEPHONE_BILL",
            Self::WaterBill => "WATER_BILL",
        }
    }

    /// The type for its Solaris name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A proof of address recent enough for Solaris.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProofOfAddress {
    /// What the document is.
    #[serde(rename = "type")]
    pub kind: ProofOfAddressType,
    /// When it was issued.
    pub issued_at: CalendarDate,
}

/// Why a proof of address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ProofOfAddressError {
    /// Not a real date.
    #[error("is not a valid date")]
    Invalid,
    /// After today.
    #[error("must not be in the future")]
    InFuture,
    /// Issued more than six months ago.
    #[error("must not be older than 6 months")]
    TooOld,
}

impl ProofOfAddressError {
    /// Stable machine code, translated by the SPA.
    pub fn code(self) -> &'static str {
        match self {
            Self::Invalid => "date_invalid",
            Self::InFuture => "date_future",
            Self::TooOld => "proof_too_old",
        }
    }
}

/// The same day six months before `today` (the last day of the month when that day is missing).
pub fn six_months_before(today: CalendarDate) -> CalendarDate {
    let months = today.year() * 12 + i32::from(today.month()) - 1 - 6;
    let (year, month) = (months.div_euclid(12), (months.rem_euclid(12) + 1) as u8);
    let mut day = today.day();
    loop {
        if let Ok(date) = CalendarDate::new(year, month, day) {
            return date;
        }
        day -= 1;
    }
}

impl ProofOfAddress {
    /// Checks the issue date (`YYYY-MM-DD`) against `today`: at most six months old.
    pub fn parse(kind: ProofOfAddressType, issued_at: &str, today: CalendarDate) -> Result<Self, ProofOfAddressError> {
        let issued_at = CalendarDate::parse(issued_at.trim()).map_err(|_| ProofOfAddressError::Invalid)?;
        if issued_at > today {
            return Err(ProofOfAddressError::InFuture);
        }
        if issued_at < six_months_before(today) {
            return Err(ProofOfAddressError::TooOld);
        }
        Ok(Self { kind, issued_at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
    }

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn german_id_cards_show_the_address_and_german_passports_do_not() {
        assert!(shows_address(DocumentKind::IdCard, country("DE")));
        assert!(!shows_address(DocumentKind::Passport, country("DE")));
        assert!(shows_address(DocumentKind::Passport, country("FR")));
        assert!(!shows_address(DocumentKind::IdCard, country("AT")));
    }

    #[test]
    fn an_address_nobody_could_confirm_needs_a_proof_whatever_the_document() {
        let id_card = |confirmed| proof_needed(DocumentKind::IdCard, country("DE"), confirmed);
        assert_eq!((id_card(true), id_card(false)), (None, Some(ProofReason::AddressNotConfirmed)));
        let passport = proof_needed(DocumentKind::Passport, country("DE"), true);
        assert_eq!(passport, Some(ProofReason::DocumentWithoutAddress));
    }

    #[test]
    fn a_proof_of_address_may_be_six_months_old_but_not_older() {
        let gas = ProofOfAddressType::GasBill;
        assert!(ProofOfAddress::parse(gas, "2026-05-21", today()).is_ok());
        assert_eq!(ProofOfAddress::parse(gas, "2026-05-20", today()), Err(ProofOfAddressError::TooOld));
        assert_eq!(ProofOfAddress::parse(gas, "2026-11-22", today()), Err(ProofOfAddressError::InFuture));
        assert_eq!(ProofOfAddress::parse(gas, "yesterday", today()), Err(ProofOfAddressError::Invalid));
    }

    #[test]
    fn six_months_before_the_31st_falls_back_to_the_months_last_day() {
        let d = six_months_before(CalendarDate::new(2026, 8, 31).unwrap());
        assert_eq!(d, CalendarDate::new(2026, 2, 28).unwrap());
        let d = six_months_before(CalendarDate::new(2026, 3, 15).unwrap());
        assert_eq!(d, CalendarDate::new(2025, 9, 15).unwrap());
    }

    #[test]
    fn the_names_are_the_serde_names_and_parse_back() {
        for kind in ProofOfAddressType::ALL {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.as_str()));
            assert_eq!(ProofOfAddressType::parse(kind.as_str()), Some(kind));
        }
        for kind in DocumentKind::ALL {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.as_str()));
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn proof_types_use_the_solaris_names() {
        let json = serde_json::to_string(&ProofOfAddressType::CertificateOfRegistration).unwrap();
        assert_eq!(json, "\"CERTIFICATE_OF_REGISTRATION\"");
    }
}
