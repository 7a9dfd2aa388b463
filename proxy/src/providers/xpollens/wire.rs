//! Xpollens request and response bodies, and their conversion to the domain types.

use super::types::{
    AppUserId, Diligence, DiligenceStatus, FatcaOutcome, KycDemand, KycStatus, Prospect, SctInInstructions,
    TaxDeclaration, UnknownValue, UserRecordStatus,
};
use kyc_core::PersonalData;
use serde::Deserialize;
use serde_json::{json, Value};

/// The `{"profile": …}` body of creation, of its update (`PUT`) and of the declarative step. Xpollens keeps the house
/// number in the street line, French style ("104, rue des Fleurs").
pub(super) fn profile_body(p: &PersonalData) -> Value {
    json!({ "profile": {
        "firstName": p.first_name.as_str(),
        "lastName": p.last_name.as_str(),
        "birthDate": p.birth_date.date().to_string(),
        "nationality": p.nationality.as_str(),
        "email": p.email.as_str(),
        "phoneNumber": p.mobile_number.as_str(),
        "address": {
            "street": format!("{} {}", p.address.house_number, p.address.street),
            "zipCode": p.address.postal_code.as_str(),
            "city": p.address.city,
            "country": p.address.country.as_str(),
        },
    }})
}

/// The `PATCH …/fatcaEai` body.
pub(super) fn fatca_body(declaration: &TaxDeclaration) -> Value {
    let taxes: Vec<Value> = declaration
        .residences()
        .iter()
        .map(|r| json!({ "taxCountry": r.country.as_str(), "taxIdentificationNumber": r.tin }))
        .collect();
    json!({ "isUSPerson": declaration.us_person(), "taxInformation": taxes })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct UserWire {
    app_user_id: String,
    #[serde(default)]
    public_user_code: String,
    user_record_status: String,
}

impl TryFrom<UserWire> for Prospect {
    type Error = UnknownValue;
    fn try_from(w: UserWire) -> Result<Self, Self::Error> {
        Ok(Self {
            app_user_id: AppUserId::parse(&w.app_user_id).map_err(|_| UnknownValue::new("appUserId", ""))?,
            public_user_code: w.public_user_code,
            status: UserRecordStatus::parse(&w.user_record_status)?,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DiligenceWire {
    diligence_type: String,
    status: String,
    #[serde(default)]
    reason: Option<String>,
}

impl TryFrom<DiligenceWire> for Diligence {
    type Error = UnknownValue;
    fn try_from(w: DiligenceWire) -> Result<Self, Self::Error> {
        Ok(Self {
            kind: w.diligence_type,
            status: DiligenceStatus::parse(&w.status)?,
            reason: w.reason.filter(|r| !r.trim().is_empty()),
        })
    }
}

#[derive(Deserialize)]
pub(super) struct KycWire {
    pub(super) status: String,
    #[serde(default)]
    pub(super) diligences: Vec<DiligenceWire>,
}

impl TryFrom<KycWire> for KycDemand {
    type Error = UnknownValue;
    fn try_from(w: KycWire) -> Result<Self, Self::Error> {
        Ok(Self {
            status: KycStatus::parse(&w.status)?,
            diligences: w.diligences.into_iter().map(Diligence::try_from).collect::<Result<_, _>>()?,
        })
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct FatcaWire {
    fatca_eai_status: String,
    vraisemblance_status: String,
    #[serde(default)]
    expected_documents: Vec<String>,
}

impl From<FatcaWire> for FatcaOutcome {
    fn from(w: FatcaWire) -> Self {
        Self {
            accepted: w.fatca_eai_status.eq_ignore_ascii_case("OK"),
            plausible: w.vraisemblance_status.eq_ignore_ascii_case("OK"),
            expected_documents: w.expected_documents,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct SctInWire {
    iban: String,
    bic: String,
    max_amount_cents: u64,
}

impl From<SctInWire> for SctInInstructions {
    fn from(w: SctInWire) -> Self {
        Self { iban: w.iban, bic: w.bic, max_amount_cents: w.max_amount_cents }
    }
}
