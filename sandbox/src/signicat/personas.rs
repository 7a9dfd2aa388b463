//! The built-in test personas. Each is a resident of the Netherlands (bank account for iDIN) or
//! Norway (for BankID) with a passport (for eIDV); some passports or selfies are scripted to
//! disagree. A bank page lists only the personas of its scheme's country.
//!
//! | typed name (userData)  | iDIN returns     | passport shows            | eIDV status    | matching            |
//! |------------------------|------------------|---------------------------|----------------|---------------------|
//! | Claire de Vries        | her data         | the same                  | `accepted`     | every field exact   |
//! | Bram Bakker            | his data         | birth date 1985-03-20     | `accepted`     | dateOfBirth differs |
//! | Sanne Visser           | her data         | last name Jansen          | `accepted`     | lastName differs    |
//! | Lotte Smit             | her data         | the same                  | `rejected`: liveness failed |        |
//! | Daan Mulder            | his data         | the same                  | `rejected`: face does not match |    |
//! | Noor de Jong           | her data         | unreadable (no MRZ)       | `inconclusive` |                     |
//! | Sem de Boer            | his data         | (provider fails)          | `failed`       |                     |
//! | Ingrid Hansen (Oslo)   | her data (BankID)| the same (Norwegian)      | `accepted`     | every field exact   |
//! | anyone else            | (pick "as entered") | the typed data         | `accepted`     | every field exact   |
//!
//! Names are compared without case and diacritics; the typed birth date plays no part in
//! picking the persona, so typing a different one produces a mismatch too.

use super::matching::normalise;
use super::user_data::{Address, Identity};

/// What the simulated eIDV provider makes of a persona's passport and selfie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Biometrics {
    /// Face matches the document photo and the selfie was taken live.
    Pass,
    /// The selfie is not of a live person.
    LivenessFailed,
    /// The selfie shows somebody else.
    FaceMismatch,
    /// The document could not be read (no machine-readable zone).
    Unreadable,
    /// The provider itself failed and reported no result.
    ProviderFailure,
}

/// A test persona.
#[derive(Debug, Clone, Copy)]
pub struct Persona {
    /// Key used by the bank login page's form.
    pub key: &'static str,
    /// First name.
    pub first_name: &'static str,
    /// Last name.
    pub last_name: &'static str,
    /// `YYYY-MM-DD`.
    pub birth_date: &'static str,
    /// Street, house number, postal code, city.
    pub address: (&'static str, &'static str, &'static str, &'static str),
    /// Country of residence (ISO 3166-1 alpha-2): whose banks know the persona.
    pub country: &'static str,
    /// The last name printed in the passport, when it differs.
    pub passport_last_name: Option<&'static str>,
    /// The birth date printed in the passport, when it differs.
    pub passport_birth_date: Option<&'static str>,
    /// How the document and selfie checks end.
    pub biometrics: Biometrics,
    /// Passport number.
    pub document_number: &'static str,
}

/// Every built-in persona, in the order the bank login page lists them.
pub const PERSONAS: [Persona; 8] = [
    persona(
        "claire",
        "Claire",
        "de Vries",
        "1990-05-17",
        ("Keizersgracht", "123", "1015 CJ", "Amsterdam"),
        "NXC1A2B34",
    ),
    Persona {
        passport_birth_date: Some("1985-03-20"),
        ..persona("bram", "Bram", "Bakker", "1985-03-02", ("Oudegracht", "45", "3511 AB", "Utrecht"), "NXB7K8L90")
    },
    Persona {
        passport_last_name: Some("Jansen"),
        ..persona("sanne", "Sanne", "Visser", "1992-11-08", ("Coolsingel", "8", "3011 AD", "Rotterdam"), "NXS3M4N56")
    },
    Persona {
        biometrics: Biometrics::LivenessFailed,
        ..persona("lotte", "Lotte", "Smit", "1988-07-01", ("Grote Markt", "2", "9711 LV", "Groningen"), "NXL5P6Q78")
    },
    Persona {
        biometrics: Biometrics::FaceMismatch,
        ..persona("daan", "Daan", "Mulder", "1979-01-23", ("Stratumseind", "10", "5611 ER", "Eindhoven"), "NXD9R1S23")
    },
    Persona {
        biometrics: Biometrics::Unreadable,
        ..persona("noor", "Noor", "de Jong", "1995-09-30", ("Lange Voorhout", "5", "2514 EA", "Den Haag"), "NXN4T5U67")
    },
    Persona {
        biometrics: Biometrics::ProviderFailure,
        ..persona("sem", "Sem", "de Boer", "1983-12-12", ("Vrijthof", "1", "6211 LD", "Maastricht"), "NXF8V9W01")
    },
    Persona {
        country: "NO",
        ..persona("ingrid", "Ingrid", "Hansen", "1987-04-12", ("Karl Johans gate", "22", "0159", "Oslo"), "NO4417283")
    },
];

const fn persona(
    key: &'static str,
    first_name: &'static str,
    last_name: &'static str,
    birth_date: &'static str,
    address: (&'static str, &'static str, &'static str, &'static str),
    document_number: &'static str,
) -> Persona {
    Persona {
        key,
        first_name,
        last_name,
        birth_date,
        address,
        country: "NL",
        passport_last_name: None,
        passport_birth_date: None,
        biometrics: Biometrics::Pass,
        document_number,
    }
}

impl Persona {
    /// The persona with this page key.
    pub fn by_key(key: &str) -> Option<&'static Persona> {
        PERSONAS.iter().find(|p| p.key == key)
    }

    /// The persona whose name was typed, ignoring case, diacritics and spacing.
    pub(crate) fn by_name(first_name: &str, last_name: &str) -> Option<&'static Persona> {
        let (first, last) = (normalise(first_name), normalise(last_name));
        PERSONAS.iter().find(|p| normalise(p.first_name) == first && normalise(p.last_name) == last)
    }

    /// What the persona's bank knows: the true identity with the residence address.
    pub(crate) fn bank_identity(&self) -> Identity {
        let (street, number, postal_code, city) = self.address;
        Identity {
            first_name: self.first_name.to_owned(),
            last_name: self.last_name.to_owned(),
            date_of_birth: self.birth_date.to_owned(),
            address: Some(Address {
                street: street.to_owned(),
                house_number: Some(number.to_owned()),
                postal_code: postal_code.to_owned(),
                city: city.to_owned(),
                country: self.country.to_owned(),
            }),
        }
    }

    /// The passport's issuing country and nationality (ISO 3166-1 alpha-3, as Assure writes them).
    pub(crate) fn passport_country(&self) -> &'static str {
        match self.country {
            "NO" => "NOR",
            _ => "NLD",
        }
    }

    /// What the persona's passport shows (a passport carries no address).
    pub(crate) fn passport_identity(&self) -> Identity {
        Identity {
            first_name: self.first_name.to_owned(),
            last_name: self.passport_last_name.unwrap_or(self.last_name).to_owned(),
            date_of_birth: self.passport_birth_date.unwrap_or(self.birth_date).to_owned(),
            address: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personas_are_found_by_typed_name_whatever_the_spelling() {
        assert_eq!(Persona::by_name("  claire ", "DE  VRIES").map(|p| p.key), Some("claire"));
        assert_eq!(Persona::by_name("Bräm", "Bakker").map(|p| p.key), Some("bram"));
        assert!(Persona::by_name("Claire", "Visser").is_none());
    }

    #[test]
    fn every_key_is_unique_and_every_date_is_a_date() {
        for (i, p) in PERSONAS.iter().enumerate() {
            assert!(PERSONAS[i + 1..].iter().all(|q| q.key != p.key));
            for date in [Some(p.birth_date), p.passport_birth_date].into_iter().flatten() {
                assert!(kyc_core::CalendarDate::parse(date).is_ok(), "{date}");
            }
        }
    }
}
