//! Assure request and answer bodies, turned into domain types here and nowhere else.

use super::ids::{DossierId, ProcessId};
use super::process::{
    Biometrics, Check, DocumentData, Dossier, IdentityAddress, IdentityData, Process, ProcessKind, ProcessStatus,
};
use crate::clients::ProviderError;
use kyc_core::{CalendarDate, PersonalData};
use serde::Deserialize;
use serde_json::{json, Value};

/// `userData` for a person: names, birth date and residence address.
pub(super) fn user_data(p: &PersonalData) -> Value {
    json!({
        "firstName": p.first_name.as_str(),
        "lastName": p.last_name.as_str(),
        "dateOfBirth": p.birth_date.date().to_string(),
        "address": {
            "street": p.address.street,
            "houseNumber": p.address.house_number,
            "postalCode": p.address.postal_code.as_str(),
            "city": p.address.city,
            "country": p.address.country.as_str(),
        },
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DossierCreated {
    pub(super) dossier_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DossierWire {
    pub(super) dossier_id: String,
    #[serde(default)]
    pub(super) user_data: Option<Value>,
    #[serde(default)]
    pub(super) processes: Vec<ProcessWire>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct AddressWire {
    street: String,
    house_number: Option<String>,
    postal_code: String,
    city: String,
    country: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct FinalResultWire {
    first_name: Option<String>,
    last_name: Option<String>,
    date_of_birth: Option<String>,
    address: Option<AddressWire>,
    document_type: Option<String>,
    document_number: Option<String>,
    issuing_country: Option<String>,
    date_of_expiry: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CheckWire {
    result: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct VerificationWire {
    face_match: Option<CheckWire>,
    liveness: Option<CheckWire>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProviderSpecificWire {
    verification: Option<VerificationWire>,
}

#[derive(Deserialize)]
struct ErrorWire {
    code: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ProcessWire {
    process_id: String,
    provider: String,
    #[serde(default)]
    process_type: Option<String>,
    status: ProcessStatus,
    #[serde(default)]
    pub(super) redirect_url: Option<String>,
    #[serde(default)]
    final_result: Option<FinalResultWire>,
    #[serde(default)]
    provider_specific: Option<ProviderSpecificWire>,
    #[serde(default)]
    errors: Vec<ErrorWire>,
}

fn date(raw: &str) -> Result<CalendarDate, ProviderError> {
    CalendarDate::parse(raw).map_err(|_| ProviderError::Unexpected("a date in the answer is not YYYY-MM-DD".into()))
}

fn check(wire: Option<CheckWire>) -> Check {
    match wire.and_then(|c| c.result).as_deref() {
        Some("pass") => Check::Pass,
        Some("fail") => Check::Fail,
        _ => Check::Unknown,
    }
}

impl TryFrom<FinalResultWire> for IdentityData {
    type Error = ProviderError;

    fn try_from(wire: FinalResultWire) -> Result<Self, ProviderError> {
        let missing = |what: &str| ProviderError::Unexpected(format!("final result without {what}"));
        Ok(Self {
            first_name: wire.first_name.ok_or_else(|| missing("firstName"))?,
            last_name: wire.last_name.ok_or_else(|| missing("lastName"))?,
            birth_date: date(&wire.date_of_birth.ok_or_else(|| missing("dateOfBirth"))?)?,
            address: wire.address.map(|a| IdentityAddress {
                street: a.street,
                house_number: a.house_number,
                postal_code: a.postal_code,
                city: a.city,
                country: a.country,
            }),
        })
    }
}

impl TryFrom<ProcessWire> for Process {
    type Error = ProviderError;

    fn try_from(wire: ProcessWire) -> Result<Self, ProviderError> {
        let kind = match (wire.provider.as_str(), wire.process_type.as_deref()) {
            (super::eid::PROVIDER, Some(kind)) => super::eid::scheme(kind).map_or(ProcessKind::Other, ProcessKind::Eid),
            ("pictureid", Some("documentSelfie")) => ProcessKind::DocumentSelfie,
            _ => ProcessKind::Other,
        };
        let (identity, document) = match wire.final_result {
            Some(mut result) => {
                let document = (result.document_type.is_some() || result.document_number.is_some())
                    .then(|| -> Result<DocumentData, ProviderError> {
                        Ok(DocumentData {
                            kind: result.document_type.take(),
                            number: result.document_number.take(),
                            issuing_country: result.issuing_country.take(),
                            expiry: result.date_of_expiry.take().as_deref().map(date).transpose()?,
                        })
                    })
                    .transpose()?;
                (Some(IdentityData::try_from(result)?), document)
            }
            None => (None, None),
        };
        let biometrics = wire
            .provider_specific
            .and_then(|p| p.verification)
            .map(|v| Biometrics { face_match: check(v.face_match), liveness: check(v.liveness) });
        Ok(Self {
            id: ProcessId::parse(&wire.process_id)?,
            kind,
            status: wire.status,
            identity,
            document,
            biometrics,
            errors: wire.errors.into_iter().map(|e| e.code).collect(),
        })
    }
}

impl TryFrom<DossierWire> for Dossier {
    type Error = ProviderError;

    fn try_from(wire: DossierWire) -> Result<Self, ProviderError> {
        Ok(Self {
            id: DossierId::parse(&wire.dossier_id)?,
            has_user_data: wire.user_data.is_some_and(|v| !v.is_null()),
            processes: wire.processes.into_iter().map(Process::try_from).collect::<Result<_, _>>()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accepted_document_process_becomes_identity_document_and_biometrics() {
        let body = json!({"processId": "p-1", "provider": "pictureid", "processType": "documentSelfie",
            "status": "accepted", "finalResult": {"firstName": "Claire", "lastName": "de Vries",
            "dateOfBirth": "1990-05-17", "documentType": "passport", "documentNumber": "NX1",
            "issuingCountry": "NLD", "dateOfExpiry": "2033-06-30"},
            "providerSpecific": {"verification": {"faceMatch": {"result": "pass"}, "liveness": {"result": "pass"}}}});
        let process = Process::try_from(serde_json::from_value::<ProcessWire>(body).unwrap()).unwrap();
        assert_eq!(process.kind, ProcessKind::DocumentSelfie);
        assert_eq!(process.identity.unwrap().birth_date, CalendarDate::new(1990, 5, 17).unwrap());
        assert_eq!(process.document.unwrap().issuing_country.as_deref(), Some("NLD"));
        assert_eq!(process.biometrics, Some(Biometrics { face_match: Check::Pass, liveness: Check::Pass }));
    }

    #[test]
    fn an_unknown_status_is_kept_as_not_final() {
        let body = json!({"processId": "p-2", "provider": "onfido", "status": "reviewing"});
        let process = Process::try_from(serde_json::from_value::<ProcessWire>(body).unwrap()).unwrap();
        assert_eq!((process.kind, process.status), (ProcessKind::Other, ProcessStatus::Unknown));
        assert!(!process.status.is_final());
    }
}
