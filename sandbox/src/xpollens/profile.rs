//! The prospect's profile as the API carries it (camelCase), its checks, and changes to it:
//! identification data cannot change once the KYC is validated.

use super::errors::FieldProblem;
use kyc_core::CalendarDate;
use serde::{Deserialize, Serialize};

/// Residence address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct Address {
    pub street: Option<String>,
    pub zip_code: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// Every profile field is optional on the wire: creation requires some, updates send any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct Profile {
    pub civility: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub birth_name: Option<String>,
    pub birth_date: Option<String>,
    pub birth_city: Option<String>,
    pub birth_country: Option<String>,
    pub nationality: Option<String>,
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub address: Option<Address>,
}

/// `{"profile": {...}}`, the body of user creation, update and the declarative step.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ProfileBody {
    pub profile: Profile,
}

/// The identification data: fixed by a validated KYC.
const IDENTIFICATION_FIELDS: [&str; 7] =
    ["civility", "firstName", "lastName", "birthName", "birthDate", "birthCity", "birthCountry"];

impl Profile {
    fn identification(&self) -> [&Option<String>; 7] {
        [
            &self.civility,
            &self.first_name,
            &self.last_name,
            &self.birth_name,
            &self.birth_date,
            &self.birth_city,
            &self.birth_country,
        ]
    }

    /// Problems with the fields that are present; `required` lists fields that must be.
    pub fn check(&self, required: &[&str]) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let address = self.address.clone().unwrap_or_default();
        let fields: [(&str, &Option<String>); 10] = [
            ("firstName", &self.first_name),
            ("lastName", &self.last_name),
            ("birthDate", &self.birth_date),
            ("nationality", &self.nationality),
            ("email", &self.email),
            ("phoneNumber", &self.phone_number),
            ("address.street", &address.street),
            ("address.zipCode", &address.zip_code),
            ("address.city", &address.city),
            ("address.country", &address.country),
        ];
        for (name, value) in fields {
            let value = value.as_deref().map(str::trim);
            match value {
                None | Some("") if required.contains(&name) => problems.push(FieldProblem::new(name, "is required")),
                None | Some("") => {}
                Some(v) => {
                    if let Some(message) = field_problem(name, v) {
                        problems.push(FieldProblem::new(name, message));
                    }
                }
            }
        }
        problems
    }

    /// Applies the fields present in `changes`. With `locked`, a change to identification data
    /// is refused (naming the fields) and nothing is applied.
    pub fn apply(&mut self, changes: Profile, locked: bool) -> Result<(), Vec<&'static str>> {
        if locked {
            let refused: Vec<&'static str> = IDENTIFICATION_FIELDS
                .iter()
                .zip(self.identification().into_iter().zip(changes.identification()))
                .filter(|(_, (current, new))| new.is_some() && current != new)
                .map(|(name, _)| *name)
                .collect();
            if !refused.is_empty() {
                return Err(refused);
            }
        }
        let Profile {
            civility,
            first_name,
            last_name,
            birth_name,
            birth_date,
            birth_city,
            birth_country,
            nationality,
            email,
            phone_number,
            address,
        } = changes;
        let set = |slot: &mut Option<String>, value: Option<String>| {
            if value.is_some() {
                *slot = value;
            }
        };
        set(&mut self.civility, civility);
        set(&mut self.first_name, first_name);
        set(&mut self.last_name, last_name);
        set(&mut self.birth_name, birth_name);
        set(&mut self.birth_date, birth_date);
        set(&mut self.birth_city, birth_city);
        set(&mut self.birth_country, birth_country);
        set(&mut self.nationality, nationality);
        set(&mut self.email, email);
        set(&mut self.phone_number, phone_number);
        if address.is_some() {
            self.address = address;
        }
        Ok(())
    }

    /// Country of residence, upper case.
    pub fn residence_country(&self) -> Option<String> {
        self.address.as_ref()?.country.as_deref().map(str::to_ascii_uppercase)
    }
}

fn is_country(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_alphabetic())
}

/// What is wrong with a present field, if anything.
fn field_problem(name: &str, value: &str) -> Option<&'static str> {
    let ok = match name {
        "birthDate" => CalendarDate::parse(value).is_ok(),
        "nationality" | "address.country" => is_country(value),
        "email" => value.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.')),
        "phoneNumber" => value.starts_with('+') && value.len() >= 8 && value[1..].bytes().all(|b| b.is_ascii_digit()),
        _ => value.chars().count() <= 100 && !value.chars().any(char::is_control),
    };
    (!ok).then_some(match name {
        "birthDate" => "must be a date like 1965-12-06",
        "nationality" | "address.country" => "must be an ISO 3166-1 alpha-2 code",
        "email" => "must be an e-mail address",
        "phoneNumber" => "must be an international number like +33612345678",
        _ => "is too long or contains control characters",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corinne() -> Profile {
        Profile {
            first_name: Some("Corinne".into()),
            last_name: Some("Berthier".into()),
            birth_date: Some("1965-12-06".into()),
            nationality: Some("FR".into()),
            email: Some("corinne+LC_ACCEPTED@example.com".into()),
            ..Profile::default()
        }
    }

    #[test]
    fn identification_data_is_refused_when_locked_and_contact_data_is_not() {
        let mut profile = corinne();
        let rename = Profile { last_name: Some("Martin".into()), ..Profile::default() };
        assert_eq!(profile.clone().apply(rename.clone(), false), Ok(()));
        assert_eq!(profile.apply(rename, true), Err(vec!["lastName"]));
        assert_eq!(profile.last_name.as_deref(), Some("Berthier"));
        let same_name_new_mail =
            Profile { last_name: Some("Berthier".into()), email: Some("c@example.org".into()), ..Profile::default() };
        assert_eq!(profile.apply(same_name_new_mail, true), Ok(()));
        assert_eq!(profile.email.as_deref(), Some("c@example.org"));
    }

    #[test]
    fn missing_and_malformed_fields_are_named() {
        let profile = Profile { birth_date: Some("06/12/1965".into()), ..corinne() };
        let problems = profile.check(&["firstName", "address.country"]);
        let names: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(names, ["birthDate", "address.country"]);
    }
}
