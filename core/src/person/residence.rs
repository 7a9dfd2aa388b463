//! Where a session's users may live: the product team's countries (its branch at the provider),
//! or, where the team set none, the provider's own eligibility from its guide. Checked at the
//! residence field while the user chooses, and again by the proxy.

use super::{Field, FieldError};
use crate::flow::FlowId;
use crate::EidScheme;
use serde::{Deserialize, Serialize};

/// The residence countries a session accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Residence {
    /// ISO 3166-1 alpha-2 codes, upper case.
    pub countries: Vec<String>,
    /// The provider's eligibility set them (the team named none), not the product team.
    pub provider: bool,
}

impl FlowId {
    /// The countries whose residents the flow's provider identifies, where its guide limits them.
    /// Solaris: video identification "is available only for customers who reside in Germany";
    /// a branch may be allowed more (its 400 lists them), which the product team then names.
    /// Signicat's bank login: the countries an eID scheme serves ([`EidScheme`]).
    pub fn residence_eligibility(self) -> Option<Vec<&'static str>> {
        match self {
            FlowId::SolarisIdnow => Some(vec!["DE"]),
            FlowId::SignicatBank => Some(EidScheme::ALL.map(EidScheme::country).to_vec()),
            _ => None,
        }
    }
}

impl Residence {
    /// The session's rule: the team's own list if it set one (`team`); else the flow's
    /// eligibility, within the deployment's list (`deployment`, empty: any country); else the
    /// deployment's list. `None`: any country.
    pub fn of(flow: FlowId, team: Option<&[String]>, deployment: &[String]) -> Option<Self> {
        if let Some(team) = team.filter(|t| !t.is_empty()) {
            return Some(Self { countries: team.to_vec(), provider: false });
        }
        if let Some(eligible) = flow.residence_eligibility() {
            let countries = eligible
                .iter()
                .filter(|c| deployment.is_empty() || deployment.iter().any(|d| d.eq_ignore_ascii_case(c)))
                .map(|c| (*c).to_owned())
                .collect();
            return Some(Self { countries, provider: true });
        }
        (!deployment.is_empty()).then(|| Self { countries: deployment.to_vec(), provider: false })
    }

    /// The error for a residence in `country` (a valid code), if it is not accepted. The
    /// message ends with the accepted codes after "allowed: ".
    pub fn check(&self, country: &str) -> Option<FieldError> {
        let country = country.trim();
        if self.countries.iter().any(|c| c.eq_ignore_ascii_case(country)) {
            return None;
        }
        let list = self.countries.join(", ");
        Some(if self.provider {
            FieldError::new(
                Field::Country,
                "residence_not_eligible",
                format!("is not eligible for this identification; allowed: {list}"),
            )
        } else {
            FieldError::new(
                Field::Country,
                "country_not_allowed",
                format!("is not allowed for this service; allowed: {list}"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn solaris_takes_residents_of_germany_unless_the_team_names_its_branchs_countries() {
        let rule = Residence::of(FlowId::SolarisIdnow, None, &[]).unwrap();
        assert_eq!((rule.countries.clone(), rule.provider), (codes(&["DE"]), true));
        assert_eq!(rule.check("DE"), None);
        assert_eq!(rule.check("FR").unwrap().code, "residence_not_eligible");
        let deployment = codes(&["DE", "FR", "AT"]);
        assert_eq!(Residence::of(FlowId::SolarisIdnow, None, &deployment).unwrap().countries, ["DE"]);
        let branch = codes(&["DE", "FR"]);
        let rule = Residence::of(FlowId::SolarisIdnow, Some(&branch), &deployment).unwrap();
        assert_eq!((rule.check("FR"), rule.check("AT").unwrap().code.as_str()), (None, "country_not_allowed"));
    }

    #[test]
    fn other_flows_follow_the_deployment_or_take_anyone() {
        assert_eq!(Residence::of(FlowId::OnfidoDocuments, None, &[]), None);
        let rule = Residence::of(FlowId::OnfidoDocuments, None, &codes(&["GB"])).unwrap();
        assert!(rule.check("gb").is_none() && !rule.provider);
        assert!(rule.check("FR").unwrap().message.ends_with("allowed: GB"));
    }
}
