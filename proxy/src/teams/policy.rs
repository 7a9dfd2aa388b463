//! A team's policy: what it overrides of the deployment's variables. Stored as JSON; every
//! value is checked when the operator sets it, and parsed again when applied.

use super::retention::{Retention, MAX_DAYS, MAX_HOURS};
use super::DEPLOYMENT;
use crate::error::AppError;
use crate::flow::Env;
use kyc_core::flow::FlowId;
use kyc_core::origin::Origin;
use kyc_core::theme::Theme;
use kyc_core::Step;
use serde::{Deserialize, Serialize};

/// What a team overrides; `None` keeps the deployment's setting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamPolicy {
    /// The flows it may launch (keys of `FlowId`); every flow when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flows: Option<Vec<String>>,
    /// The flow of its sessions when the launch names none (`KYC_FLOW`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_flow: Option<String>,
    /// Residence countries it may onboard (`KYC_ALLOWED_RESIDENCE_COUNTRIES`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence_countries: Option<Vec<String>>,
    /// Onfido Identity Enhanced rules (`ONFIDO_RULES`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onfido_rules: Option<String>,
    /// Origins that may embed its sessions when the launch names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// The account flow's step order when the launch names none (`XPOLLENS_STEPS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xpollens_steps: Option<Vec<String>>,
    /// Its theme when the launch names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// At most this many text messages per session in 24 hours (`KYC_SMS_PER_SESSION`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_per_session: Option<u32>,
    /// Hours pictures never sent to a provider are kept (`KYC_RETENTION_PICTURES_HOURS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_pictures_hours: Option<u32>,
    /// Days personal data is kept after the decision (`KYC_RETENTION_PERSONAL_DATA_DAYS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_personal_data_days: Option<u32>,
    /// Days a session without a decision is kept after its last activity
    /// (`KYC_RETENTION_ABANDONED_DAYS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_abandoned_days: Option<u32>,
}

/// The settings `kyc-proxy teams set` takes.
pub const SETTINGS: &[&str] = &[
    "flows",
    "default_flow",
    "residence_countries",
    "onfido_rules",
    "allowed_origins",
    "xpollens_steps",
    "theme",
    "sms_per_session",
    "retention_pictures_hours",
    "retention_personal_data_days",
    "retention_abandoned_days",
];

/// What applies to one team's sessions: the deployment's settings with the team's overrides.
#[derive(Debug, Clone)]
pub struct Applied {
    /// Residence countries and the default flow, as the personal-data rules take them.
    pub rules: crate::rules::Policy,
    /// The flows the team may launch; `None`: all.
    pub flows: Option<Vec<FlowId>>,
    /// The team's Onfido rules; `None`: the deployment's.
    pub onfido_rules: Option<kyc_identity_enhanced::Policy>,
    /// Origins that may embed its sessions when the launch names none.
    pub allowed_origins: Vec<String>,
    /// The account flow's step order when the launch names none.
    pub xpollens_steps: Option<Vec<String>>,
    /// The theme when the launch names none.
    pub theme: Option<Theme>,
}

fn list(value: &str) -> Vec<String> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
}

fn flow(key: &str) -> Result<FlowId, String> {
    FlowId::from_key(key).ok_or_else(|| {
        let known: Vec<_> = FlowId::ALL.iter().map(|f| f.key()).collect();
        format!("{key:?} is not a flow; flows: {}", known.join(", "))
    })
}

fn country(code: &str) -> Result<String, String> {
    let code = code.to_ascii_uppercase();
    (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some(code.clone())
        .ok_or_else(|| format!("{code:?} is not an ISO 3166 alpha-2 country code"))
}

fn origin(text: &str) -> Result<String, String> {
    let parsed = Origin::parse(text).ok_or_else(|| format!("{text:?} is not an origin like https://bank.example"))?;
    if !parsed.is_secure_or_loopback() {
        return Err(format!("{text:?}: an embedding origin must be https:// (or loopback)"));
    }
    Ok(parsed.as_str().to_owned())
}

/// A number from 0 to `max`; an empty value is none (the deployment's).
fn bounded(value: &str, max: u32) -> Result<Option<u32>, String> {
    (!value.is_empty())
        .then(|| value.parse::<u32>().ok().filter(|n| *n <= max).ok_or_else(|| format!("a number from 0 to {max}")))
        .transpose()
}

impl TeamPolicy {
    /// Sets one setting from the operator's text (lists comma-separated); an empty value goes
    /// back to the deployment's. Refuses what would not apply.
    pub fn set(&mut self, setting: &str, value: &str) -> Result<(), String> {
        let mut next = self.clone();
        next.set_unchecked(setting, value.trim())?;
        if let (Some(default), Some(flows)) = (&next.default_flow, &next.flows) {
            if !flows.contains(default) {
                return Err(format!("the default flow {default} is not among the team's flows"));
            }
        }
        *self = next;
        Ok(())
    }

    fn set_unchecked(&mut self, setting: &str, value: &str) -> Result<(), String> {
        let given = !value.is_empty();
        match setting {
            "flows" => {
                let flows =
                    list(value).iter().map(|k| flow(k).map(|f| f.key().to_owned())).collect::<Result<_, _>>()?;
                self.flows = given.then_some(flows);
            }
            "default_flow" => self.default_flow = given.then(|| flow(value).map(|f| f.key().to_owned())).transpose()?,
            "residence_countries" => {
                let countries = list(value).iter().map(|c| country(c)).collect::<Result<_, _>>()?;
                self.residence_countries = given.then_some(countries);
            }
            "onfido_rules" => {
                if given {
                    value
                        .parse::<kyc_identity_enhanced::Policy>()
                        .map_err(|e| format!("rule {}: {}", e.index + 1, e.error))?;
                }
                self.onfido_rules = given.then(|| value.to_owned());
            }
            "allowed_origins" => {
                let origins = list(value).iter().map(|o| origin(o)).collect::<Result<_, _>>()?;
                self.allowed_origins = given.then_some(origins);
            }
            "xpollens_steps" => {
                let steps = list(value)
                    .iter()
                    .map(|k| Step::from_key(k).ok_or_else(|| format!("unknown step {k:?}")))
                    .collect::<Result<Vec<_>, _>>()?;
                if given {
                    FlowId::XpollensAccount.ordered(&steps).map_err(|e| e.to_string())?;
                }
                self.xpollens_steps = given.then(|| steps.iter().map(|s| s.key().to_owned()).collect());
            }
            "theme" => {
                let theme = given
                    .then(|| serde_json::from_str::<Theme>(value).map_err(|e| format!("a theme as JSON: {e}")))
                    .transpose()?
                    .map(|t| t.parse().map_err(|e| e.to_string()))
                    .transpose()?;
                self.theme = theme;
            }
            "sms_per_session" => {
                let max = given
                    .then(|| value.parse::<u32>().ok().filter(|n| *n <= 50).ok_or("a number from 0 (none) to 50"))
                    .transpose()?;
                self.sms_per_session = max;
            }
            "retention_pictures_hours" => self.retention_pictures_hours = bounded(value, MAX_HOURS)?,
            "retention_personal_data_days" => self.retention_personal_data_days = bounded(value, MAX_DAYS)?,
            "retention_abandoned_days" => self.retention_abandoned_days = bounded(value, MAX_DAYS)?,
            other => return Err(format!("{other:?} is not a setting; settings: {}", SETTINGS.join(", "))),
        }
        Ok(())
    }

    /// The team's retention over the deployment's `base`.
    pub fn retention(&self, base: Retention) -> Retention {
        Retention {
            pictures_hours: self.retention_pictures_hours.unwrap_or(base.pictures_hours),
            personal_data_days: self.retention_personal_data_days.unwrap_or(base.personal_data_days),
            abandoned_days: self.retention_abandoned_days.unwrap_or(base.abandoned_days),
        }
    }

    /// This policy over the deployment's `base`.
    pub fn apply(&self, base: &crate::rules::Policy) -> Result<Applied, String> {
        let mut rules = base.clone();
        if let Some(countries) = &self.residence_countries {
            rules.team_residence_countries = Some(countries.clone());
        }
        if let Some(max) = self.sms_per_session {
            rules.sms_per_session = max;
        }
        let flows =
            self.flows.as_ref().map(|f| f.iter().map(|k| flow(k)).collect::<Result<Vec<_>, _>>()).transpose()?;
        match (&self.default_flow, &flows) {
            (Some(default), _) => rules.default_flow = flow(default)?,
            // The deployment's default, unless the team may not launch it: then its first flow.
            (None, Some(flows)) if !flows.contains(&base.default_flow) => {
                rules.default_flow = flows.first().copied().unwrap_or(base.default_flow);
            }
            (None, _) => {}
        }
        let onfido_rules = self
            .onfido_rules
            .as_deref()
            .map(|r| {
                r.parse::<kyc_identity_enhanced::Policy>().map_err(|e| format!("onfido_rules: rule {}", e.index + 1))
            })
            .transpose()?;
        Ok(Applied {
            rules,
            flows,
            onfido_rules,
            allowed_origins: self.allowed_origins.clone().unwrap_or_default(),
            xpollens_steps: self.xpollens_steps.clone(),
            theme: self.theme.clone(),
        })
    }
}

/// What applies to `team`'s sessions.
pub async fn applied(env: &Env, team: &str) -> Result<Applied, AppError> {
    let policy = if team == DEPLOYMENT {
        TeamPolicy::default()
    } else {
        let stored = env.store.team_policy_load(team.to_owned()).await?.unwrap_or_default();
        serde_json::from_str(if stored.is_empty() { "{}" } else { &stored }).map_err(|e| {
            tracing::error!(team, error = %e, "stored team policy does not parse");
            AppError::Internal
        })?
    };
    policy.apply(&env.policy).map_err(|e| {
        tracing::error!(team, error = %e, "stored team policy does not apply");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> crate::rules::Policy {
        crate::rules::Policy {
            allowed_residence_countries: vec!["DE".into()],
            team_residence_countries: None,
            default_flow: FlowId::SolarisIdnow,
            app_sessions: true,
            sms_per_session: 5,
        }
    }

    #[test]
    fn settings_are_checked_when_set_and_override_the_deployment() {
        let mut p = TeamPolicy::default();
        assert!(p.set("flows", "onfido_documents, nope").unwrap_err().contains("not a flow"));
        p.set("flows", "onfido_documents").unwrap();
        assert!(p.set("residence_countries", "DE, Germany").is_err());
        p.set("residence_countries", "fr, be").unwrap();
        assert!(p.set("onfido_rules", "total_number_of_sources >=").is_err());
        p.set("onfido_rules", "total_number_of_sources >= 2").unwrap();
        assert!(p.set("allowed_origins", "http://bank.example").unwrap_err().contains("https"));
        p.set("allowed_origins", "https://bank.example, http://localhost:3000").unwrap();
        assert!(p.set("default_flow", "solaris_idnow").unwrap_err().contains("not among"));
        assert!(p.set("colour", "red").is_err());
        let applied = p.apply(&base()).unwrap();
        assert_eq!(applied.rules.team_residence_countries.as_deref(), Some(&["FR".to_owned(), "BE".to_owned()][..]));
        assert_eq!(applied.rules.default_flow, FlowId::OnfidoDocuments, "the deployment's default is not the team's");
        assert_eq!(applied.flows, Some(vec![FlowId::OnfidoDocuments]));
        assert!(applied.onfido_rules.is_some());
        assert!(p.set("xpollens_steps", "identity, nowhere").is_err());
        p.set("xpollens_steps", "tax, identity, declaration, terms").unwrap();
        assert!(p.set("theme", r##"{"colors": {"primary": "red"}}"##).is_err(), "colours are #rrggbb");
        p.set("theme", r##"{"radius_px": 4, "font": "Inter, sans-serif"}"##).unwrap();
        let applied = p.apply(&base()).unwrap();
        assert_eq!(applied.xpollens_steps.unwrap()[0], "tax");
        assert_eq!(applied.theme.unwrap().radius_px, Some(4));
        p.set("residence_countries", "").unwrap();
        assert_eq!(p.apply(&base()).unwrap().rules.team_residence_countries, None, "cleared: the deployment's");
        assert!(p.set("retention_personal_data_days", "99999").is_err());
        p.set("retention_personal_data_days", "7").unwrap();
        let kept = p.retention(Retention::default());
        assert_eq!((kept.personal_data_days, kept.pictures_hours), (7, 24), "the rest is the deployment's");
    }
}
