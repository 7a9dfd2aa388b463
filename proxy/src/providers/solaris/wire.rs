//! Solaris request and response bodies.

use super::ConsentTimes;
use kyc_core::{IdentificationStatus, PersonalData};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
pub(super) struct Created {
    pub(super) id: String,
}

/// An identification as Solaris returns it. `reference` is the IDnow token: it must stay in the
/// proxy.
#[derive(Debug, Clone, Deserialize)]
pub struct Identification {
    /// Solaris identification id.
    pub id: String,
    /// IDnow reference; never sent to the browser.
    pub reference: Option<String>,
    /// IDnow page for the browser.
    pub url: Option<String>,
    /// Current status.
    pub status: IdentificationStatus,
    /// Why it was aborted or canceled.
    #[serde(default)]
    pub failure_reason: Option<String>,
    /// Expected wait for an agent, seconds.
    #[serde(default)]
    pub estimated_waiting_time: Option<u32>,
}

/// The create-person body: the address split the Solaris way (`line_1` street, `line_2` number).
/// Fields the flow did not ask are sent as `null`, as Solaris documents them.
pub(super) fn person_body(p: &PersonalData, consents: &ConsentTimes) -> Value {
    let fatca = p.declarations.fatca_relevant;
    json!({
        "salutation": p.salutation,
        "title": p.title,
        "first_name": p.first_name.as_str(),
        "last_name": p.last_name.as_str(),
        "birth_name": p.birth_name.as_ref().map(|n| n.as_str()),
        "birth_date": p.birth_date.date().to_string(),
        "birth_city": p.birth_city,
        "birth_country": p.birth_country.as_ref().map(|c| c.as_str()),
        "nationality": p.nationality.as_str(),
        "address": {
            "line_1": p.address.street,
            "line_2": p.address.house_number,
            "postal_code": p.address.postal_code.as_str(),
            "city": p.address.city,
            "country": p.address.country.as_str(),
            "state": p.address.state.as_ref().map(|s| s.as_str()),
        },
        "mobile_number": p.mobile_number.as_str(),
        "email": p.email.as_str(),
        "fatca_relevant": fatca,
        "fatca_crs_confirmed_at": fatca.map(|_| consents.declarations.as_str()),
        "self_declared_as_pep": p.declarations.pep,
        "terms_conditions_signed_at": consents.terms_conditions,
        "data_terms_signed_at": consents.data_processing,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AddressWire {
    line_1: Option<String>,
    line_2: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    country: Option<String>,
    state: Option<String>,
}

/// A person as Solaris returns it; after a video identification it holds what the agent
/// verified from the document.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct PersonWire {
    first_name: Option<String>,
    last_name: Option<String>,
    birth_date: Option<String>,
    birth_city: Option<String>,
    birth_country: Option<String>,
    nationality: Option<String>,
    address: AddressWire,
    mobile_number: Option<String>,
    email: Option<String>,
}

impl From<PersonWire> for kyc_core::PersonalDataInput {
    fn from(p: PersonWire) -> Self {
        let s = |v: Option<String>| v.unwrap_or_default();
        Self {
            first_name: s(p.first_name),
            last_name: s(p.last_name),
            birth_date: s(p.birth_date),
            birth_city: s(p.birth_city),
            birth_country: s(p.birth_country),
            nationality: s(p.nationality),
            street: s(p.address.line_1),
            house_number: s(p.address.line_2),
            postal_code: s(p.address.postal_code),
            city: s(p.address.city),
            country: s(p.address.country),
            state: s(p.address.state),
            mobile_number: s(p.mobile_number),
            email: s(p.email),
            ..Default::default()
        }
    }
}

/// A document of an identification (KYC report, signature, ID pictures).
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
pub struct Document {
    /// Solaris document id.
    pub id: String,
    /// File name.
    pub name: String,
    /// MIME type.
    pub content_type: String,
    /// `KYC_REPORT`, `SIGNATURE`, `ID_DOCUMENT`, …
    pub document_type: String,
    /// Size in bytes.
    pub size: u64,
}

#[derive(Deserialize)]
pub(super) struct WithDocuments {
    #[serde(default)]
    pub(super) documents: Vec<Document>,
}
