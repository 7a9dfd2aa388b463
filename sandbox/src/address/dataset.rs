//! The compiled-in streets the address simulator knows: a handful of real streets per country
//! with their real postal codes, and a plausible range of house numbers.

use super::street::Street;
use super::{data_america, data_dach, data_south_east, data_west};

/// English (and German) names of cities people often type instead of the local one.
const EXONYMS: &[(&str, &[&str])] = &[
    ("München", &["Munich"]),
    ("Wien", &["Vienna"]),
    ("Genève", &["Geneva", "Genf"]),
    ("Bruxelles", &["Brussels", "Brussel", "Brüssel"]),
    ("Antwerpen", &["Antwerp"]),
    ("Gent", &["Ghent"]),
    ("Roma", &["Rome", "Rom"]),
    ("Milano", &["Milan", "Mailand"]),
    ("Napoli", &["Naples", "Neapel"]),
    ("Firenze", &["Florence", "Florenz"]),
    ("Sevilla", &["Seville"]),
    ("Warszawa", &["Warsaw", "Warschau"]),
    ("Kraków", &["Krakow", "Cracow", "Krakau"]),
    ("Gdańsk", &["Danzig"]),
    ("Montréal", &["Montreal"]),
];

/// Every street, country by country.
pub(crate) fn streets() -> impl Iterator<Item = &'static Street> {
    [data_dach::STREETS, data_west::STREETS, data_south_east::STREETS, data_america::STREETS].into_iter().flatten()
}

/// The streets of `country` (upper case).
pub(crate) fn in_country(country: &str) -> impl Iterator<Item = &'static Street> + '_ {
    streets().filter(move |s| s.country == country)
}

/// The city's official name and the other names it is known by.
pub(crate) fn city_names(city: &'static str) -> impl Iterator<Item = &'static str> {
    let others = EXONYMS.iter().find(|(official, _)| *official == city).map_or(&[][..], |(_, names)| names);
    std::iter::once(city).chain(others.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_few_streets_and_every_street_is_sound() {
        let countries = ["DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "PL", "GB", "IE", "US", "CA"];
        for country in countries {
            assert!((3..=6).contains(&in_country(country).count()), "{country}");
        }
        for s in streets() {
            assert!(countries.contains(&s.country), "{}", s.name);
            assert!(!s.postal_codes.is_empty() && s.numbers.0 >= 1 && s.numbers.0 <= s.numbers.1, "{}", s.name);
            assert_eq!(s.state.is_some(), matches!(s.country, "US" | "CA"), "{}", s.name);
        }
        for (city, _) in EXONYMS {
            assert!(streets().any(|s| s.city == *city), "{city}");
        }
        assert_eq!(city_names("Wien").collect::<Vec<_>>(), ["Wien", "Vienna"]);
    }
}
