//! Suggestions for names, postal codes and cities.

use super::*;

fn streets(country: &str, query: &str) -> Vec<(&'static str, &'static str)> {
    suggest(country, query, DEFAULT_LIMIT).iter().map(|s| (s.street.name, s.postal_code)).collect()
}

#[test]
fn names_match_from_any_word_whatever_the_spelling() {
    for (country, query, expected) in [
        ("DE", "amrum", ("Amrumer Straße", "13353")),
        ("DE", "Amrumerstr", ("Amrumer Straße", "13353")),
        ("DE", "moenckeberg", ("Mönckebergstraße", "20095")),
        ("FR", "rivoli", ("Rue de Rivoli", "75001")),
        ("FR", "champs elysees", ("Avenue des Champs-Élysées", "75008")),
        ("GB", "baker st", ("Baker Street", "NW1 6XE")),
        ("GB", "221B Baker Street", ("Baker Street", "NW1 6XE")),
        ("PL", "nowy swiat", ("Nowy Świat", "00-497")),
        ("PL", "dluga", ("Długa", "80-831")),
        ("ES", "gran via", ("Gran Vía", "28013")),
        ("US", "5th ave", ("Fifth Avenue", "10001")),
        ("IE", "o connell", ("O'Connell Street Upper", "D01")),
        ("IT", "napoleone", ("Via Monte Napoleone", "20121")),
    ] {
        assert_eq!(streets(country, query).first(), Some(&expected), "{country} {query:?}");
    }
    assert_eq!(streets("FR", "rivoli"), [("Rue de Rivoli", "75001"), ("Rue de Rivoli", "75004")]);
}

#[test]
fn postal_codes_and_cities_find_their_streets() {
    assert_eq!(streets("DE", "13353"), [("Amrumer Straße", "13353")]);
    assert_eq!(streets("DE", "133"), [("Amrumer Straße", "13353")]);
    assert_eq!(streets("NL", "1012 lg"), [("Damrak", "1012 LG")]);
    assert_eq!(streets("CA", "m5b 2h1"), [("Yonge Street", "M5B")]);
    assert_eq!(streets("GB", "nw1"), [("Baker Street", "NW1 6XE")]);
    let vienna: Vec<_> = streets("AT", "vienna").into_iter().map(|(name, _)| name).collect();
    assert_eq!(vienna, ["Kärntner Straße", "Graben", "Mariahilfer Straße", "Mariahilfer Straße"]);
    assert_eq!(streets("DE", "13353 Berlin")[..2], [("Amrumer Straße", "13353"), ("Unter den Linden", "10117")]);
}

#[test]
fn short_queries_other_countries_and_the_limit() {
    assert!(streets("DE", "").is_empty() && streets("DE", "a").is_empty() && streets("DE", " .").is_empty());
    assert!(streets("AT", "amrum").is_empty());
    assert!(streets("JP", "amrum").is_empty());
    assert_eq!(suggest("DE", "str", 2).len(), 2);
    assert_eq!(suggest("US", "ave", 50).len(), MAX_LIMIT);
}
