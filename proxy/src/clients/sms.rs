//! Text messages: the hand-off link sent to the user's saved mobile number, over the SMS
//! gateway's HTTP contract (`POST {base}/messages`, bearer key). The sandbox simulates the
//! gateway; a real one is configuration only (`SMS_BASE_URL`, `SMS_API_KEY`).

use super::ProviderError;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use std::time::Duration;

/// Where the gateway is and the key it expects.
#[derive(Clone)]
pub struct SmsConfig {
    /// Base URL, e.g. `http://127.0.0.1:8081/sms/v1`.
    pub base_url: String,
    /// Sent as `Authorization: Bearer`.
    pub api_key: SecretString,
    /// Per-request timeout.
    pub timeout: Duration,
}

/// Client of the SMS gateway.
pub struct SmsClient {
    http: reqwest::Client,
    config: SmsConfig,
}

/// The number in the form gateways take (`+4915123456789`): the plus and the digits.
pub fn e164(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

impl SmsClient {
    /// Builds the client; nothing is sent yet.
    pub fn new(config: SmsConfig) -> Result<Self, ProviderError> {
        Ok(Self { http: reqwest::Client::builder().timeout(config.timeout).build()?, config })
    }

    /// Sends `text` to `to`. Neither is logged: both are personal.
    pub async fn send(&self, to: &str, text: &str) -> Result<(), ProviderError> {
        let url = format!("{}/messages", self.config.base_url.trim_end_matches('/'));
        let request = self
            .http
            .post(url)
            .bearer_auth(self.config.api_key.expose_secret())
            .json(&json!({ "to": e164(to), "text": text }));
        let response = super::retry::send_once("sms", request.send()).await?;
        let status = response.status();
        if status.is_server_error() {
            return Err(ProviderError::Unavailable(format!("sms gateway answered {status}")));
        }
        if !status.is_success() {
            return Err(ProviderError::Refused(format!("sms gateway answered {status}")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_lose_their_spaces_and_dashes() {
        assert_eq!(super::e164("+49 151 2345-6789"), "+4915123456789");
    }
}
