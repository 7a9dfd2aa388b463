//! Address validation: suggestions while typing and a check of the saved residence address,
//! over the address service's HTTP contract (the simulator's by default). Providers ask for
//! real-time validation; an address that cannot be confirmed still lets the user go on, with a
//! proof of address needed later.

use super::ProviderError;
use kyc_core::api::{AddressCheck, AddressSuggestion};
use kyc_core::person::Address;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;

/// Where the address service is and the key it expects.
#[derive(Clone)]
pub struct AddressConfig {
    /// Base URL, e.g. `http://127.0.0.1:8081/address/v1`.
    pub base_url: String,
    /// Sent as `X-Api-Key`.
    pub api_key: SecretString,
    /// Per-request timeout; suggestions are useless when slow.
    pub timeout: Duration,
}

/// Client of the address service.
pub struct AddressClient {
    http: reqwest::Client,
    config: AddressConfig,
}

#[derive(Deserialize)]
struct Suggestions {
    suggestions: Vec<SuggestionWire>,
}

#[derive(Deserialize)]
struct SuggestionWire {
    street: String,
    postal_code: String,
    city: String,
    country: String,
}

#[derive(Deserialize)]
struct Verdict {
    verdict: String,
    address: Option<OfficialAddress>,
}

#[derive(Deserialize)]
struct OfficialAddress {
    street: String,
    postal_code: String,
    city: String,
}

impl AddressClient {
    /// Builds the client; nothing is sent yet.
    pub fn new(config: AddressConfig) -> Result<Self, ProviderError> {
        Ok(Self { http: reqwest::Client::builder().timeout(config.timeout).build()?, config })
    }

    async fn post<T: for<'de> Deserialize<'de>>(
        &self,
        path: &str,
        body: serde_json::Value,
    ) -> Result<T, ProviderError> {
        let url = format!("{}{path}", self.config.base_url.trim_end_matches('/'));
        let request = self.http.post(url).header("X-Api-Key", self.config.api_key.expose_secret()).json(&body);
        let response = super::retry::send_once("address", request.send()).await?;
        let status = response.status();
        if status.is_server_error() {
            return Err(ProviderError::Unavailable(format!("address service answered {status}")));
        }
        if !status.is_success() {
            return Err(ProviderError::Unexpected(format!("address service answered {status}")));
        }
        let body = super::retry::body_limited(response).await?;
        serde_json::from_slice(&body).map_err(|e| ProviderError::Unexpected(e.to_string()))
    }

    /// Up to five addresses matching what the user has typed.
    pub async fn suggest(&self, country: &str, query: &str) -> Result<Vec<AddressSuggestion>, ProviderError> {
        let found: Suggestions =
            self.post("/suggest", json!({ "country": country, "query": query, "limit": 5 })).await?;
        Ok(found
            .suggestions
            .into_iter()
            .map(|s| AddressSuggestion {
                street: s.street,
                postal_code: s.postal_code,
                city: s.city,
                country: s.country,
            })
            .collect())
    }

    /// Whether the address exists, and its official spelling.
    pub async fn verify(&self, address: &Address) -> Result<AddressCheck, ProviderError> {
        let body = json!({
            "street": address.street,
            "house_number": address.house_number,
            "postal_code": address.postal_code.as_str(),
            "city": address.city,
            "country": address.country.as_str(),
        });
        let found: Verdict = self.post("/verify", body).await?;
        Ok(match (found.verdict.as_str(), found.address) {
            ("confirmed", _) => AddressCheck::Confirmed,
            ("corrected", Some(a)) => {
                AddressCheck::Corrected { street: a.street, postal_code: a.postal_code, city: a.city }
            }
            ("not_found", _) => AddressCheck::NotFound,
            (other, _) => return Err(ProviderError::Unexpected(format!("unknown verdict {other}"))),
        })
    }
}
