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
pub(super) fn person_body(p: &PersonalData, consents: &ConsentTimes) -> Value {
    json!({
        "first_name": p.first_name.as_str(),
        "last_name": p.last_name.as_str(),
        "birth_date": p.birth_date.date().to_string(),
        "nationality": p.nationality.as_str(),
        "address": {
            "line_1": p.address.street,
            "line_2": p.address.house_number,
            "postal_code": p.address.postal_code.as_str(),
            "city": p.address.city,
            "country": p.address.country.as_str(),
        },
        "mobile_number": p.mobile_number.as_str(),
        "email": p.email.as_str(),
        "terms_conditions_signed_at": consents.terms_conditions,
        "data_terms_signed_at": consents.data_processing,
    })
}
