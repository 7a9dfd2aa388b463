//! PII validation: name, address and phone against the simulated carrier records. A match
//! means the line belongs to this person at this address.

use super::errors::ApiError;
use super::personas::{self, fold, Persona};
use super::risk::Checks;
use super::wire::VerifyRequest;
use super::AddOns;

/// The attributes of the PII step (`FullName`, `InternationalAddress`, `InternationalTelephone`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pii {
    pub first_name: String,
    pub last_name: String,
    pub street_number: String,
    pub route: String,
    pub postal_code: String,
    pub country: String,
    pub dial_code: String,
    pub telephone: String,
}

impl TryFrom<&VerifyRequest> for Pii {
    type Error = ApiError;

    fn try_from(r: &VerifyRequest) -> Result<Self, ApiError> {
        Ok(Self {
            first_name: r.required("FullName", "fname")?,
            last_name: r.required("FullName", "lname")?,
            street_number: r.required("InternationalAddress", "street_number")?,
            route: r.required("InternationalAddress", "route")?,
            postal_code: r.required("InternationalAddress", "postal_code")?,
            country: r.required("InternationalAddress", "country")?,
            dial_code: r.required("InternationalTelephone", "dialCode")?,
            telephone: r.required("InternationalTelephone", "telephone")?,
        })
    }
}

impl Pii {
    /// The phone in E.164 form, where the SMS link goes.
    pub fn e164(&self) -> String {
        format!("+{}{}", fold(&self.dial_code), fold(&self.telephone))
    }
}

/// Street names as carriers abbreviate them: compared in their short form.
fn street(raw: &str) -> String {
    const SHORT: &[(&str, &str)] =
        &[("street", "st"), ("avenue", "ave"), ("road", "rd"), ("drive", "dr"), ("boulevard", "blvd"), ("west", "w")];
    let words = raw.split_whitespace().map(|w| {
        let w = fold(w);
        SHORT.iter().find(|(long, _)| *long == w).map_or(w, |(_, short)| (*short).to_owned())
    });
    words.collect()
}

/// The outcome of PII validation.
pub(crate) struct Validation {
    pub persona: Option<&'static Persona>,
    pub checks: Checks,
}

impl Validation {
    /// Every check passed.
    pub fn matched(&self) -> bool {
        self.checks.iter().all(|(_, ok)| *ok)
    }
}

/// Cross-references the input with the carrier record of its phone line.
pub(crate) fn validate(pii: &Pii, add_ons: AddOns) -> Validation {
    let persona = personas::by_phone(&pii.dial_code, &pii.telephone);
    let record = persona.filter(|p| p.line_in_own_name);
    let name = record
        .is_some_and(|p| fold(p.first_name) == fold(&pii.first_name) && fold(p.last_name) == fold(&pii.last_name));
    let address = record.is_some_and(|p| {
        fold(p.street_number) == fold(&pii.street_number)
            && street(p.route) == street(&pii.route)
            && fold(p.postal_code) == fold(&pii.postal_code)
            && p.country.eq_ignore_ascii_case(pii.country.trim())
    });
    let mut checks = vec![("link.fullName_telephone", name), ("link.address_telephone", address)];
    if add_ons.sim_swap {
        checks.push(("telephone.simSwap", !persona.is_some_and(|p| p.recent_sim_swap)));
    }
    if add_ons.recycled_number {
        checks.push(("telephone.recycledNumber", !persona.is_some_and(|p| p.recycled_number)));
    }
    Validation { persona, checks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(persona: &Persona) -> Pii {
        Pii {
            first_name: persona.first_name.into(),
            last_name: persona.last_name.into(),
            street_number: persona.street_number.into(),
            route: persona.route.into(),
            postal_code: persona.postal_code.into(),
            country: persona.country.into(),
            dial_code: persona.dial_code.into(),
            telephone: persona.telephone.into(),
        }
    }

    fn failed(pii: &Pii, add_ons: AddOns) -> Vec<&'static str> {
        validate(pii, add_ons).checks.into_iter().filter(|(_, ok)| !ok).map(|(k, _)| k).collect()
    }

    #[test]
    fn andrew_matches_even_with_another_spelling_of_his_street() {
        let andrew = personas::by_name("Andrew", "Roshell").unwrap();
        let pii = Pii { route: "hillcrest ave".into(), telephone: "(703) 555-0142".into(), ..input(andrew) };
        assert!(validate(&pii, AddOns::default()).matched());
        assert_eq!(pii.e164(), "+17035550142");
    }

    #[test]
    fn a_name_or_address_that_is_not_the_lines_owner_fails() {
        let andrew = personas::by_name("Andrew", "Roshell").unwrap();
        let mismatch = Pii { first_name: "Andy".into(), ..input(andrew) };
        assert_eq!(failed(&mismatch, AddOns::default()), ["link.fullName_telephone"]);
        let moved = Pii { postal_code: "20191".into(), ..input(andrew) };
        assert_eq!(failed(&moved, AddOns::default()), ["link.address_telephone"]);
        let andrea = personas::by_name("Andrea", "Roshell").unwrap();
        assert_eq!(failed(&input(andrea), AddOns::default()), ["link.fullName_telephone", "link.address_telephone"]);
        let stranger = Pii { telephone: "2025550100".into(), ..input(andrew) };
        assert!(!validate(&stranger, AddOns::default()).matched());
    }

    #[test]
    fn swapped_and_recycled_lines_fail_only_with_their_add_on() {
        let sam = input(personas::by_name("Samuel", "Porter").unwrap());
        assert!(validate(&sam, AddOns::default()).matched());
        assert_eq!(failed(&sam, AddOns { sim_swap: true, ..AddOns::default() }), ["telephone.simSwap"]);
        let riley = input(personas::by_name("Riley", "Novak").unwrap());
        assert!(validate(&riley, AddOns { sim_swap: true, ..AddOns::default() }).matched());
        let recycled = AddOns { recycled_number: true, ..AddOns::default() };
        assert_eq!(failed(&riley, recycled), ["telephone.recycledNumber"]);
    }
}
