//! What the document choice asks for, as plain functions: whether the chosen document needs a
//! proof of address, and the request that starts the call.

use kyc_core::api::{DocumentChoice, IdentificationRequest, ProofOfAddressInput, SupportedDocument};
use kyc_core::document::{proof_needed, DocumentKind, ProofOfAddress, ProofOfAddressType, ProofReason};
use kyc_core::{CalendarDate, CountryCode};

/// The user's answers so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Answers {
    pub kind: Option<DocumentKind>,
    pub country: String,
    pub proof_kind: Option<ProofOfAddressType>,
    pub proof_date: String,
    /// The address service could not confirm the saved address.
    pub address_unconfirmed: bool,
}

/// Which answer is missing or wrong, by control; codes as kyc-core and the i18n tables know them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Problems {
    pub kind: Option<&'static str>,
    pub country: Option<&'static str>,
    pub proof_kind: Option<&'static str>,
    pub proof_date: Option<&'static str>,
}

impl Problems {
    pub(crate) fn any(&self) -> bool {
        self.kind.is_some() || self.country.is_some() || self.proof_kind.is_some() || self.proof_date.is_some()
    }
}

/// Whether, and why, the answers so far call for a proof of address (the shared rule).
pub(crate) fn proof_reason(answers: &Answers) -> Option<ProofReason> {
    match (answers.kind, CountryCode::parse(&answers.country)) {
        (Some(kind), Ok(country)) => proof_needed(kind, country, !answers.address_unconfirmed),
        _ if answers.address_unconfirmed => Some(ProofReason::AddressNotConfirmed),
        _ => None,
    }
}

/// Whether the answers so far call for a proof of address.
pub(crate) fn needs_proof(answers: &Answers) -> bool {
    proof_reason(answers).is_some()
}

/// The countries that issue an accepted document of `kind`.
pub(crate) fn issuing_countries(documents: &[SupportedDocument], kind: Option<DocumentKind>) -> Vec<String> {
    documents.iter().filter(|d| Some(d.kind) == kind).flat_map(|d| d.issuing_countries.iter().cloned()).collect()
}

/// Checks the answers; the request to send when they are complete.
pub(crate) fn request(
    answers: &Answers,
    documents: &[SupportedDocument],
    today: CalendarDate,
) -> Result<IdentificationRequest, Problems> {
    let mut problems = Problems::default();
    if answers.kind.is_none() {
        problems.kind = Some("required");
    }
    if !issuing_countries(documents, answers.kind).iter().any(|c| c.eq_ignore_ascii_case(&answers.country)) {
        problems.country = Some("required");
    }
    let proof = if needs_proof(answers) {
        if answers.proof_kind.is_none() {
            problems.proof_kind = Some("required");
        }
        match (answers.proof_kind, answers.proof_date.trim()) {
            (_, "") => problems.proof_date = Some("required"),
            (kind, date) => {
                let kind = kind.unwrap_or(ProofOfAddressType::GasBill);
                if let Err(e) = ProofOfAddress::parse(kind, date, today) {
                    problems.proof_date = Some(e.code());
                }
            }
        }
        answers.proof_kind.map(|kind| ProofOfAddressInput { kind, issued_at: answers.proof_date.trim().to_owned() })
    } else {
        None
    };
    if problems.any() {
        return Err(problems);
    }
    let kind = answers.kind.unwrap_or(DocumentKind::IdCard);
    let document = Some(DocumentChoice { kind, issuing_country: answers.country.to_ascii_uppercase() });
    Ok(IdentificationRequest { document, proof_of_address: proof, language: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<SupportedDocument> {
        vec![
            SupportedDocument { kind: DocumentKind::Passport, issuing_countries: vec!["DE".into(), "US".into()] },
            SupportedDocument { kind: DocumentKind::IdCard, issuing_countries: vec!["DE".into()] },
        ]
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 21).unwrap()
    }

    #[test]
    fn a_german_id_card_needs_no_proof_and_starts_at_once() {
        let answers = Answers { kind: Some(DocumentKind::IdCard), country: "DE".into(), ..Default::default() };
        assert!(!needs_proof(&answers));
        let request = request(&answers, &docs(), today()).unwrap();
        assert_eq!(request.proof_of_address, None);
    }

    #[test]
    fn a_passport_without_address_needs_a_recent_proof() {
        let mut answers = Answers { kind: Some(DocumentKind::Passport), country: "DE".into(), ..Default::default() };
        assert!(needs_proof(&answers));
        let problems = request(&answers, &docs(), today()).unwrap_err();
        assert_eq!((problems.proof_kind, problems.proof_date), (Some("required"), Some("required")));
        answers.proof_kind = Some(ProofOfAddressType::GasBill);
        answers.proof_date = "2020-01-01".into();
        assert_eq!(request(&answers, &docs(), today()).unwrap_err().proof_date, Some("proof_too_old"));
        answers.proof_date = "2026-11-01".into();
        assert!(request(&answers, &docs(), today()).unwrap().proof_of_address.is_some());
    }

    #[test]
    fn an_address_nobody_confirmed_needs_a_proof_even_with_a_german_id_card() {
        let answers = Answers {
            kind: Some(DocumentKind::IdCard),
            country: "DE".into(),
            address_unconfirmed: true,
            ..Default::default()
        };
        assert_eq!(proof_reason(&answers), Some(ProofReason::AddressNotConfirmed));
        assert_eq!(request(&answers, &docs(), today()).unwrap_err().proof_kind, Some("required"));
    }

    #[test]
    fn the_country_must_issue_the_chosen_kind() {
        let answers = Answers { kind: Some(DocumentKind::IdCard), country: "US".into(), ..Default::default() };
        assert_eq!(request(&answers, &docs(), today()).unwrap_err().country, Some("required"));
    }
}
