//! Checking a complete address: confirmed as typed, corrected to the official spelling, or not
//! found (with the reason).

use super::dataset::{city_names, in_country};
use super::normalise::{canonical, compact, fold, without_type, Umlauts};
use super::postal;

/// The address as the user typed it; `country` is an upper-case ISO code.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Typed<'a> {
    pub street: &'a str,
    pub house_number: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub country: &'a str,
    pub state: Option<&'a str>,
}

/// An address in its official spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Official {
    pub street: &'static str,
    /// As typed, surrounding and repeated spaces removed.
    pub house_number: String,
    pub postal_code: String,
    pub city: &'static str,
    pub country: &'static str,
    pub state: Option<&'static str>,
}

/// Why an address was not found, ordered by how much of it did match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Miss {
    UnknownStreet,
    PostalCodeMismatch,
    CityMismatch,
    InvalidHouseNumber,
    HouseNumberOutOfRange,
}

/// The verdict on an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// It exists as typed, up to letter case, spaces and the postal code's format.
    Confirmed(Official),
    /// It exists, but is spelled differently (abbreviations, diacritics, another city name…).
    Corrected(Official),
    /// No such address.
    NotFound(Miss),
}

/// The verdict on `typed`. Of several streets of the same name, the first the address fits wins;
/// if none does, the reason of the one that came closest is given.
pub(crate) fn verify(typed: &Typed) -> Outcome {
    let mut miss = Miss::UnknownStreet;
    for street in in_country(typed.country).filter(|s| same_street(s.name, typed.street)) {
        let Some(postal_code) =
            street.postal_codes.iter().find_map(|c| postal::official(typed.country, c, typed.postal_code))
        else {
            miss = miss.max(Miss::PostalCodeMismatch);
            continue;
        };
        if !same_city(street.city, typed.city) {
            miss = miss.max(Miss::CityMismatch);
            continue;
        }
        let Some(number) = house_number(typed.house_number) else {
            miss = miss.max(Miss::InvalidHouseNumber);
            continue;
        };
        if number < street.numbers.0 || number > street.numbers.1 {
            miss = miss.max(Miss::HouseNumberOutOfRange);
            continue;
        }
        let state_as_typed = match street.state {
            None => true,
            Some(state) => typed.state.is_some_and(|s| s.trim().eq_ignore_ascii_case(state)),
        };
        let as_typed =
            tidy(typed.street) == tidy(street.name) && tidy(typed.city) == tidy(street.city) && state_as_typed;
        let official = Official {
            street: street.name,
            house_number: words(typed.house_number),
            postal_code,
            city: street.city,
            country: street.country,
            state: street.state,
        };
        return if as_typed { Outcome::Confirmed(official) } else { Outcome::Corrected(official) };
    }
    Outcome::NotFound(miss)
}

/// Whether `typed` names the street `official`: equal in canonical form (spaces ignored), or
/// equal to its name without the street type when the user typed no type (`Alcalá`).
fn same_street(official: &str, typed: &str) -> bool {
    let typed = canonical(&fold(typed, Umlauts::Plain));
    let typed_has_type = without_type(&typed).is_some();
    !typed.is_empty()
        && [Umlauts::Plain, Umlauts::German].into_iter().any(|umlauts| {
            let name = canonical(&fold(official, umlauts));
            compact(&name) == compact(&typed)
                || (!typed_has_type && without_type(&name).is_some_and(|bare| compact(&bare) == compact(&typed)))
        })
}

/// Whether `typed` is the city's name or one of its other names, however spelled.
fn same_city(official: &'static str, typed: &str) -> bool {
    let typed = compact(&fold(typed, Umlauts::Plain));
    !typed.is_empty()
        && city_names(official).any(|name| {
            [Umlauts::Plain, Umlauts::German].into_iter().any(|umlauts| compact(&fold(name, umlauts)) == typed)
        })
}

/// The number of a house number: `14`, `14a`, `14 A`, `221B`, `12-14`, `26/28`, `3 bis`.
fn house_number(raw: &str) -> Option<u32> {
    let raw = raw.trim();
    let end = raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len());
    let number: u32 = raw[..end].parse().ok().filter(|n| *n > 0)?;
    let rest = raw[end..].trim().to_lowercase();
    let letters = rest.chars().count() <= 2 && rest.chars().all(char::is_alphabetic);
    let second = rest
        .strip_prefix(['-', '/'])
        .map(|r| r.trim().trim_end_matches(|c: char| c.is_alphabetic()))
        .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()));
    (letters || second || matches!(rest.as_str(), "bis" | "ter" | "quater")).then_some(number)
}

/// Single spaces between words.
fn words(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Comparable up to letter case and spaces.
fn tidy(raw: &str) -> String {
    words(raw).to_lowercase()
}

#[cfg(test)]
mod tests;
