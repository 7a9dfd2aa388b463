//! The sandbox's people: what the simulated carrier records and document checks know about them.
//! The guide's test table names Andrew and Andrea Roshell; the others exist for the add-ons.
//!
//! | persona | PII validation (phone match) | government ID and selfie |
//! | --- | --- | --- |
//! | Andrew Roshell, +1 703 555 0142 | match → SMS link | any document approved |
//! | Andrea Roshell, +1 703 555 0143 | no match (line in another name) | denied |
//! | Samuel Porter, +44 7700 900123 | match; with SIM swap detection: no match | approved |
//! | Riley Novak, +1 416 555 0199 | match; with recycled-number check: no match | approved |
//! | Jordan Kessler, +1 202 555 0188 | no match (line in another name) | cannot be read: KBA obligation (KBA add-on, on by default), else denied |
//!
//! The guide names no KBA persona; Jordan Kessler is this simulator's, for the guide's "KBA as a
//! secondary step-up option for users who cannot complete document capture".
//!
//! Anyone else fails the phone match, and their documents are not recognised (denied). The
//! phone match looks the line up by number and compares name and address with its owner; the
//! document step judges the holder named in its `FullName` (the sandbox reads no pictures).

/// One person known to the simulated data sources.
#[derive(Debug, PartialEq, Eq)]
pub struct Persona {
    /// Given name.
    pub first_name: &'static str,
    /// Family name.
    pub last_name: &'static str,
    /// House number (`street_number`).
    pub street_number: &'static str,
    /// Street (`route`).
    pub route: &'static str,
    /// City (`locality`).
    pub locality: &'static str,
    /// State or province (`administrative_area_level_1`).
    pub region: &'static str,
    /// Postal code.
    pub postal_code: &'static str,
    /// ISO 3166-1 alpha-2 country.
    pub country: &'static str,
    /// Calling code without `+`.
    pub dial_code: &'static str,
    /// National number, digits only.
    pub telephone: &'static str,
    /// Whether the carrier has the line registered in this person's name at this address.
    pub line_in_own_name: bool,
    /// The SIM was swapped a few days ago (seen only with the SIM swap add-on).
    pub recent_sim_swap: bool,
    /// The number was recently reassigned from someone else (seen only with the recycled-number add-on).
    pub recycled_number: bool,
    /// Whether this person's documents pass authentication and the selfie comparison.
    pub documents_pass: bool,
    /// Whether this person's documents can be captured and read at all.
    pub documents_readable: bool,
}

/// Every persona.
pub const PERSONAS: &[Persona] = &[
    Persona {
        first_name: "Andrew",
        last_name: "Roshell",
        street_number: "4821",
        route: "Hillcrest Avenue",
        locality: "Reston",
        region: "VA",
        postal_code: "20190",
        country: "US",
        dial_code: "1",
        telephone: "7035550142",
        line_in_own_name: true,
        recent_sim_swap: false,
        recycled_number: false,
        documents_pass: true,
        documents_readable: true,
    },
    Persona {
        first_name: "Andrea",
        last_name: "Roshell",
        street_number: "4821",
        route: "Hillcrest Avenue",
        locality: "Reston",
        region: "VA",
        postal_code: "20190",
        country: "US",
        dial_code: "1",
        telephone: "7035550143",
        line_in_own_name: false,
        recent_sim_swap: false,
        recycled_number: false,
        documents_pass: false,
        documents_readable: true,
    },
    Persona {
        first_name: "Samuel",
        last_name: "Porter",
        street_number: "12",
        route: "Bridge Street",
        locality: "Manchester",
        region: "",
        postal_code: "M3 3BW",
        country: "GB",
        dial_code: "44",
        telephone: "7700900123",
        line_in_own_name: true,
        recent_sim_swap: true,
        recycled_number: false,
        documents_pass: true,
        documents_readable: true,
    },
    Persona {
        first_name: "Riley",
        last_name: "Novak",
        street_number: "350",
        route: "Queen Street West",
        locality: "Toronto",
        region: "ON",
        postal_code: "M5V 2A2",
        country: "CA",
        dial_code: "1",
        telephone: "4165550199",
        line_in_own_name: true,
        recent_sim_swap: false,
        recycled_number: true,
        documents_pass: true,
        documents_readable: true,
    },
    Persona {
        first_name: "Jordan",
        last_name: "Kessler",
        street_number: "1600",
        route: "Rhode Island Avenue NW",
        locality: "Washington",
        region: "DC",
        postal_code: "20036",
        country: "US",
        dial_code: "1",
        telephone: "2025550188",
        line_in_own_name: false,
        recent_sim_swap: false,
        recycled_number: false,
        documents_pass: false,
        documents_readable: false,
    },
];

/// Letters and digits only, lower case: how names, streets and postal codes are compared.
pub(crate) fn fold(raw: &str) -> String {
    raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The persona whose line is `+dial_code telephone` (formatting ignored).
pub fn by_phone(dial_code: &str, telephone: &str) -> Option<&'static Persona> {
    let (dial, number) = (fold(dial_code), fold(telephone));
    PERSONAS.iter().find(|p| p.dial_code == dial && p.telephone == number)
}

/// The persona called `first_name last_name` (case and punctuation ignored).
pub fn by_name(first_name: &str, last_name: &str) -> Option<&'static Persona> {
    let (first, last) = (fold(first_name), fold(last_name));
    PERSONAS.iter().find(|p| fold(p.first_name) == first && fold(p.last_name) == last)
}

impl Persona {
    /// The line in E.164 form.
    pub fn e164(&self) -> String {
        format!("+{}{}", self.dial_code, self.telephone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personas_are_found_by_phone_and_name_whatever_the_formatting() {
        assert_eq!(by_phone("1", "(703) 555-0142").map(|p| p.first_name), Some("Andrew"));
        assert_eq!(by_phone("+44", "7700 900123").map(|p| p.last_name), Some("Porter"));
        assert_eq!(by_name(" andrea ", "ROSHELL").map(Persona::e164).as_deref(), Some("+17035550143"));
        assert!(by_phone("1", "7035550100").is_none());
        assert!(by_name("Andrew", "Roshel").is_none());
    }
}
