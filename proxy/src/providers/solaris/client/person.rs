//! Reading a person back and updating it: a re-save of the personal data before the
//! identification is started reaches the person Solaris already holds.

use super::{errors, SolarisClient};
use crate::clients::ProviderError;
use reqwest::{Method, StatusCode};
use serde_json::{Map, Value};

/// What became of an update.
#[derive(Debug, PartialEq, Eq)]
pub enum PersonUpdate {
    /// Solaris changed the person (`200`).
    Updated,
    /// Solaris would change it only through a change request the customer authorises (`202`),
    /// or refused it (`400`, `403`): the person stays as it was.
    NotApplied,
}

impl SolarisClient {
    /// `GET /v1/persons/{id}` as Solaris sends it, every key kept.
    pub async fn person_raw(&self, person_id: &str) -> Result<Map<String, Value>, ProviderError> {
        self.send(Method::GET, &format!("/v1/persons/{person_id}"), |r| r).await
    }

    /// `PATCH /v1/persons/{id}` with `changes` (only the fields the guide lets it change).
    pub async fn person_update(
        &self,
        person_id: &str,
        changes: &Map<String, Value>,
    ) -> Result<PersonUpdate, ProviderError> {
        let path = format!("/v1/persons/{person_id}");
        let (status, body) = self.api.fetch(Method::PATCH, &path, |r| r.json(changes)).await?;
        match status {
            StatusCode::OK => Ok(PersonUpdate::Updated),
            // A change request waits for an authorisation this flow cannot give (the customer's
            // mobile number is verified only in the video call): the caller creates a person.
            StatusCode::ACCEPTED | StatusCode::BAD_REQUEST | StatusCode::FORBIDDEN => {
                tracing::info!(%status, "solaris did not apply the person update");
                Ok(PersonUpdate::NotApplied)
            }
            _ => errors::read::<Value>(status, &body).map(|_| PersonUpdate::NotApplied),
        }
    }
}
