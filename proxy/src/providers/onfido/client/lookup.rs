//! Finding what an interrupted attempt created at Onfido, so that the retry adopts it instead
//! of creating a second applicant or check.

use super::{Check, OnfidoClient};
use crate::clients::ProviderError;
use kyc_core::{PersonalData, UtcTimestamp};
use reqwest::Method;
use serde::Deserialize;

/// Applicants per page of the search; Onfido's default is 20.
const PAGE_SIZE: usize = 100;

/// Pages searched at most: recent applicants are on the first pages of a newest-first
/// listing, and an account with more than 500 applicants created since the attempt is not
/// searched to the end.
const PAGES: usize = 5;

#[derive(Deserialize)]
struct ApplicantList {
    applicants: Vec<ListedApplicant>,
}

#[derive(Deserialize)]
struct ListedApplicant {
    id: String,
    created_at: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    dob: Option<String>,
    email: Option<String>,
}

impl ListedApplicant {
    /// Created at or after `since_ms`, with the name, date of birth and email `person` is sent
    /// with (the email's case aside). An unreadable creation time does not match: without it,
    /// an older applicant of the same person could be taken.
    fn matches(&self, person: &PersonalData, since_ms: i64) -> bool {
        let created = self.created_at.as_deref().and_then(|at| UtcTimestamp::parse(at).ok());
        let same = |ours: &str, theirs: &Option<String>| theirs.as_deref() == Some(ours);
        created.is_some_and(|at| at.unix_millis() >= since_ms)
            && same(person.first_name.as_str(), &self.first_name)
            && same(person.last_name.as_str(), &self.last_name)
            && same(&person.birth_date.date().to_string(), &self.dob)
            && self.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(person.email.as_str()))
    }
}

#[derive(Deserialize)]
struct CheckList {
    checks: Vec<Check>,
}

impl OnfidoClient {
    /// `GET /applicants?page=&per_page=` (documented, without a filter): the id of an applicant
    /// created at or after `since_ms` (milliseconds since the epoch) for `person`, looking
    /// through at most 5 pages of 100. Onfido does not document the listing's order; its
    /// sandbox here lists the newest first, where a recent applicant is found at once.
    pub async fn applicant_find(&self, person: &PersonalData, since_ms: i64) -> Result<Option<String>, ProviderError> {
        for page in 1..=PAGES {
            let query = [("page", page.to_string()), ("per_page", PAGE_SIZE.to_string())];
            let list: ApplicantList = self.send(Method::GET, "/applicants", |r| r.query(&query)).await?;
            if let Some(found) = list.applicants.iter().find(|a| a.matches(person, since_ms)) {
                return Ok(Some(found.id.clone()));
            }
            if list.applicants.len() < PAGE_SIZE {
                break;
            }
        }
        Ok(None)
    }

    /// `GET /checks?applicant_id=`: the applicant's check carrying `tag` (sent in the
    /// documented `tags` of [`Self::check_create`]), if one was created.
    pub async fn check_find_tagged(&self, applicant_id: &str, tag: &str) -> Result<Option<Check>, ProviderError> {
        let list: CheckList = self.send(Method::GET, "/checks", |r| r.query(&[("applicant_id", applicant_id)])).await?;
        Ok(list.checks.into_iter().find(|c| c.tags.iter().any(|t| t == tag)))
    }
}
