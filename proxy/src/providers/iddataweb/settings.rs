//! ID Dataweb's settings (`IDDATAWEB_*`): the AXN Verify endpoint and the workflow's keys; the
//! simulator's when the sandbox runs and no real endpoint is set, with the switches of its
//! simulated workflow (`IDDATAWEB_SANDBOX_WORKFLOW`).

use super::{IdDatawebClient, IdDatawebConfig};
use crate::clients::ProviderError;
use crate::settings::{ConfigError, Lookup, Simulation};
use secrecy::SecretString;
use std::time::Duration;

/// The phone match and the document step-up answer within a user's wait.
const TIMEOUT: Duration = Duration::from_secs(15);

/// ID Dataweb endpoints and credentials (the AXN Verify API).
#[derive(Clone)]
pub struct IdDatawebSettings {
    /// API base with its version.
    pub base_url: String,
    /// The workflow's API key.
    pub api_key: String,
    /// Its shared secret.
    pub shared_secret: SecretString,
    /// `appID` for ID Dataweb's reporting.
    pub app_id: String,
    /// The workflow's session-risk step has the Email Risk add-on (`IDDATAWEB_EMAIL_RISK`, or
    /// `email_risk` in the simulated workflow).
    pub email_risk: bool,
    /// The simulated workflow as its admin console would set it: `phone_match_only` (no
    /// possession check) and the add-ons `sim_swap`, `recycled_number`, `email_risk`,
    /// `persistent_id`. Read only when the simulators run.
    pub sandbox_workflow: Vec<IdDatawebOption>,
}

/// A switch of ID Dataweb's simulated workflow (`IDDATAWEB_SANDBOX_WORKFLOW`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdDatawebOption {
    /// The phone match approves without the SMS link.
    PhoneMatchOnly,
    /// SIM swap detection on PII validation.
    SimSwap,
    /// Recycled-number detection on PII validation.
    RecycledNumber,
    /// Disposable e-mail domains denied at session risk.
    EmailRisk,
    /// A stable person identifier on approval.
    PersistentId,
}

impl std::str::FromStr for IdDatawebOption {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        Ok(match raw.trim() {
            "phone_match_only" => Self::PhoneMatchOnly,
            "sim_swap" => Self::SimSwap,
            "recycled_number" => Self::RecycledNumber,
            "email_risk" => Self::EmailRisk,
            "persistent_id" => Self::PersistentId,
            other => {
                return Err(format!(
                    "{other:?} is not one of phone_match_only, sim_swap, recycled_number, email_risk, persistent_id"
                ))
            }
        })
    }
}

impl IdDatawebSettings {
    /// ID Dataweb's settings, `None` when it is neither configured nor simulated.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Option<Self>, ConfigError> {
        let sandbox_workflow = match env.sandbox {
            Some(_) => env
                .get("IDDATAWEB_SANDBOX_WORKFLOW")
                .unwrap_or_default()
                .split(',')
                .filter(|o| !o.trim().is_empty())
                .map(|o| o.parse().map_err(|problem: String| ConfigError::new("IDDATAWEB_SANDBOX_WORKFLOW", problem)))
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
        };
        let email_risk = match env.get("IDDATAWEB_EMAIL_RISK").as_deref().map(str::trim) {
            None | Some("" | "false" | "0") => sandbox_workflow.contains(&IdDatawebOption::EmailRisk),
            Some("true" | "1") => true,
            Some(other) => {
                return Err(ConfigError::new("IDDATAWEB_EMAIL_RISK", format!("{other:?} is not true or false")))
            }
        };
        Ok(match (env.sandbox, env.get("IDDATAWEB_BASE_URL")) {
            (_, Some(base_url)) => Some(Self {
                base_url,
                api_key: env.needed("IDDATAWEB_API_KEY", "with IDDATAWEB_BASE_URL")?,
                shared_secret: env.needed("IDDATAWEB_SHARED_SECRET", "with IDDATAWEB_BASE_URL")?.into(),
                app_id: env.get("IDDATAWEB_APP_ID").unwrap_or_else(|| "kyc-onboarding".into()),
                email_risk,
                sandbox_workflow,
            }),
            (Some(s), None) => Some(Self {
                base_url: format!("{}/iddataweb/v1", s.public_url),
                api_key: "sandbox-idw-key".into(),
                shared_secret: "sandbox-idw-secret".to_owned().into(),
                app_id: "kyc-onboarding".into(),
                email_risk,
                sandbox_workflow,
            }),
            (None, None) => None,
        })
    }

    /// The adapter.
    pub fn provider(&self) -> Result<IdDatawebClient, ProviderError> {
        IdDatawebClient::new(IdDatawebConfig {
            base_url: self.base_url.clone(),
            api_key: self.api_key.clone(),
            shared_secret: self.shared_secret.clone(),
            app_id: self.app_id.clone(),
            timeout: TIMEOUT,
            email_risk: self.email_risk,
        })
    }

    /// The simulated workflow's switches.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, _: &Simulation<'_>) {
        use kyc_sandbox::iddataweb::Template;
        let add_ons = &mut sim.iddataweb.add_ons;
        for option in &self.sandbox_workflow {
            match option {
                IdDatawebOption::PhoneMatchOnly => sim.iddataweb.template = Template::PhoneMatchOnly,
                IdDatawebOption::SimSwap => add_ons.sim_swap = true,
                IdDatawebOption::RecycledNumber => add_ons.recycled_number = true,
                IdDatawebOption::EmailRisk => add_ons.email_risk = true,
                IdDatawebOption::PersistentId => add_ons.persistent_id = true,
            }
        }
    }
}
