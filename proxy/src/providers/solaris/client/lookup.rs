//! Finding what an interrupted attempt created at Solaris, so that the retry adopts it instead
//! of creating a second person or identification.

use super::{ConsentTimes, Identification, SolarisClient};
use crate::clients::ProviderError;
use kyc_core::document::{ProofOfAddress, ProofOfAddressType};
use kyc_core::{CalendarDate, IdentificationStatus, PersonalData, UtcTimestamp};
use reqwest::Method;
use serde::Deserialize;

/// Persons per page of the search.
const PAGE_SIZE: usize = 100;

/// Pages searched at most: the person looked for was created moments before the crash, and
/// an account that created 500 more since is not searched to the end.
const PAGES: usize = 5;

#[derive(Deserialize)]
struct ListedPerson {
    id: String,
    first_name: Option<String>,
    last_name: Option<String>,
    birth_date: Option<String>,
    email: Option<String>,
    terms_conditions_signed_at: Option<String>,
}

impl ListedPerson {
    /// The name, birth date and email `person` is sent with (the email's case aside), and,
    /// where Solaris shows it, the same moment of accepting the terms: that moment belongs to
    /// one session, so another session's person with the same data is not taken.
    fn matches(&self, person: &PersonalData, consents: &ConsentTimes) -> bool {
        let same = |ours: &str, theirs: &Option<String>| theirs.as_deref() == Some(ours);
        let instant = |raw: &str| UtcTimestamp::parse(raw).ok();
        let terms_agree = match self.terms_conditions_signed_at.as_deref() {
            None => true,
            Some(theirs) => instant(theirs).is_some() && instant(theirs) == instant(&consents.terms_conditions),
        };
        same(person.first_name.as_str(), &self.first_name)
            && same(person.last_name.as_str(), &self.last_name)
            && same(&person.birth_date.date().to_string(), &self.birth_date)
            && self.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(person.email.as_str()))
            && terms_agree
    }
}

#[derive(Deserialize)]
struct ListedIdentification {
    #[serde(flatten)]
    identification: Identification,
    proof_of_address_type: Option<String>,
    proof_of_address_issued_at: Option<String>,
}

impl ListedIdentification {
    /// Created or pending (not expired, aborted or decided), and with the proof of address a
    /// new one would carry.
    fn usable_with(&self, proof: Option<&ProofOfAddress>) -> bool {
        let open = matches!(self.identification.status, IdentificationStatus::Created | IdentificationStatus::Pending);
        let kind = self.proof_of_address_type.as_deref().and_then(ProofOfAddressType::parse);
        let issued = self.proof_of_address_issued_at.as_deref().and_then(|d| CalendarDate::parse(d).ok());
        let same_proof = match proof {
            None => self.proof_of_address_type.is_none(),
            Some(p) => kind == Some(p.kind) && issued == Some(p.issued_at),
        };
        open && same_proof
    }
}

impl SolarisClient {
    /// `GET /v1/persons?page[number]=&page[size]=` (the documented index; Solaris documents no
    /// filter on it): the id of a person with `person`'s name, birth date and email and the
    /// same terms acceptance time, looking through at most 5 pages of 100. The order is not
    /// documented; the simulator lists the newest first, where a recent person is found at once.
    pub async fn person_find(
        &self,
        person: &PersonalData,
        consents: &ConsentTimes,
    ) -> Result<Option<String>, ProviderError> {
        for page in 1..=PAGES {
            let query = [("page[number]", page.to_string()), ("page[size]", PAGE_SIZE.to_string())];
            let list: Vec<ListedPerson> = self.send(Method::GET, "/v1/persons", |r| r.query(&query)).await?;
            if let Some(found) = list.iter().find(|p| p.matches(person, consents)) {
                return Ok(Some(found.id.clone()));
            }
            if list.len() < PAGE_SIZE {
                break;
            }
        }
        Ok(None)
    }

    /// `GET /v1/persons/{id}/identifications` (the documented index): the newest of the
    /// person's identifications that can still be requested or is pending, other than
    /// `replacing`, and with `proof` as its proof of address. Solaris documents no order and
    /// the identification no creation time: the index's last entry counts as the newest, as
    /// in the simulator, which lists them oldest first.
    pub async fn identification_find_usable(
        &self,
        person_id: &str,
        replacing: Option<&str>,
        proof: Option<&ProofOfAddress>,
    ) -> Result<Option<Identification>, ProviderError> {
        let path = format!("/v1/persons/{person_id}/identifications");
        let list: Vec<ListedIdentification> = self.send(Method::GET, &path, |r| r).await?;
        let found = list
            .into_iter()
            .rev()
            .filter(|i| Some(i.identification.id.as_str()) != replacing)
            .find(|i| i.usable_with(proof));
        Ok(found.map(|i| i.identification))
    }
}
