//! The verdicts, country by country.

use super::*;

fn typed<'a>(country: &'a str, street: &'a str, number: &'a str, postal: &'a str, city: &'a str) -> Typed<'a> {
    Typed { street, house_number: number, postal_code: postal, city, country, state: None }
}

fn in_state<'a>(typed: Typed<'a>, state: &'a str) -> Typed<'a> {
    Typed { state: Some(state), ..typed }
}

#[test]
fn a_sample_of_every_country_is_confirmed() {
    for address in [
        typed("DE", "Amrumer Straße", "14", "13353", "Berlin"),
        typed("DE", "Unter den Linden", "77", "10117", "Berlin"),
        typed("DE", "Marienplatz", "8", "80331", "München"),
        typed("AT", "Kärntner Straße", "5", "1010", "Wien"),
        typed("CH", "Bahnhofstrasse", "45", "8001", "Zürich"),
        typed("FR", "Rue de Rivoli", "99", "75001", "Paris"),
        typed("NL", "Damrak", "1", "1012 LG", "Amsterdam"),
        typed("BE", "Rue Neuve", "10", "1000", "Bruxelles"),
        typed("IT", "Via del Corso", "12", "00186", "Roma"),
        typed("ES", "Gran Vía", "1", "28013", "Madrid"),
        typed("PL", "Nowy Świat", "15", "00-497", "Warszawa"),
        typed("GB", "Baker Street", "221B", "NW1 6XE", "London"),
        typed("IE", "Grafton Street", "12", "D02 X285", "Dublin"),
        in_state(typed("US", "Fifth Avenue", "350", "10001", "New York"), "NY"),
        in_state(typed("CA", "Yonge Street", "220", "M5B 2H1", "Toronto"), "ON"),
    ] {
        assert!(matches!(verify(&address), Outcome::Confirmed(_)), "{address:?}: {:?}", verify(&address));
    }
    let loosely = typed("NL", " damrak ", "1", "1012lg", "AMSTERDAM");
    let Outcome::Confirmed(official) = verify(&loosely) else { panic!("{:?}", verify(&loosely)) };
    assert_eq!((official.street, official.postal_code.as_str()), ("Damrak", "1012 LG"));
}

#[test]
fn other_spellings_are_corrected_to_the_official_one() {
    let Outcome::Corrected(official) = verify(&typed("DE", "Amrumer Str.", "14", "13353", "berlin")) else {
        panic!("not corrected");
    };
    let expected = Official {
        street: "Amrumer Straße",
        house_number: "14".into(),
        postal_code: "13353".into(),
        city: "Berlin",
        country: "DE",
        state: None,
    };
    assert_eq!(official, expected);
    for (address, street, postal_code, city) in [
        (typed("DE", "Amrumerstrasse", "14", "13353", "Berlin"), "Amrumer Straße", "13353", "Berlin"),
        (typed("DE", "Moenckebergstr.", "7", "20095", "Hamburg"), "Mönckebergstraße", "20095", "Hamburg"),
        (typed("DE", "Marienplatz", "8", "80331", "Munich"), "Marienplatz", "80331", "München"),
        (typed("CH", "Bahnhofstr.", "45", "8001", "Zuerich"), "Bahnhofstrasse", "8001", "Zürich"),
        (typed("GB", "baker st", "221b", "nw16xe", "london"), "Baker Street", "NW1 6XE", "London"),
        (typed("IE", "Grafton St", "12", "d02x285", "Dublin"), "Grafton Street", "D02 X285", "Dublin"),
        (typed("ES", "C/ Alcalá", "20", "28014", "Madrid"), "Calle de Alcalá", "28014", "Madrid"),
        (typed("ES", "Alcala", "20", "28014", "Madrid"), "Calle de Alcalá", "28014", "Madrid"),
        (typed("PL", "ul. Dluga", "46", "80-831", "Gdansk"), "Długa", "80-831", "Gdańsk"),
        (
            in_state(typed("US", "5th Ave", "350", "10001-1234", "New York"), "ny"),
            "Fifth Avenue",
            "10001-1234",
            "New York",
        ),
        (
            typed("CA", "Rue Ste-Catherine O.", "1000", "h3b 1a1", "Montreal"),
            "Rue Sainte-Catherine Ouest",
            "H3B 1A1",
            "Montréal",
        ),
    ] {
        match verify(&address) {
            Outcome::Corrected(o) => {
                assert_eq!((o.street, o.postal_code.as_str(), o.city), (street, postal_code, city))
            }
            other => panic!("{address:?}: {other:?}"),
        }
    }
    let Outcome::Corrected(official) = verify(&typed("US", "Fifth Avenue", "350", "10001", "New York")) else {
        panic!("a missing state is filled in");
    };
    assert_eq!(official.state, Some("NY"));
}

#[test]
fn addresses_that_do_not_exist_are_not_found_with_the_reason() {
    for (address, miss) in [
        (typed("DE", "Musterstraße", "1", "12345", "Musterstadt"), Miss::UnknownStreet),
        (typed("DE", "Baker Street", "1", "13353", "Berlin"), Miss::UnknownStreet),
        (typed("JP", "Amrumer Straße", "14", "13353", "Berlin"), Miss::UnknownStreet),
        (typed("GB", "Baker Road", "221", "NW1 6XE", "London"), Miss::UnknownStreet),
        (typed("DE", "Amrumer Straße", "14", "10117", "Berlin"), Miss::PostalCodeMismatch),
        (typed("IE", "Grafton Street", "12", "D02", "Dublin"), Miss::PostalCodeMismatch),
        (typed("IE", "Grafton Street", "12", "D01 X285", "Dublin"), Miss::PostalCodeMismatch),
        (typed("DE", "Amrumer Straße", "14", "13353", "Hamburg"), Miss::CityMismatch),
        (typed("DE", "Amrumer Straße", "vierzehn", "13353", "Berlin"), Miss::InvalidHouseNumber),
        (typed("DE", "Amrumer Straße", "0", "13353", "Berlin"), Miss::InvalidHouseNumber),
        (typed("DE", "Amrumer Straße", "41", "13353", "Berlin"), Miss::HouseNumberOutOfRange),
        (typed("GB", "Baker Street", "12", "NW1 6XE", "London"), Miss::HouseNumberOutOfRange),
    ] {
        assert_eq!(verify(&address), Outcome::NotFound(miss), "{address:?}");
    }
}

#[test]
fn house_numbers_come_in_many_forms() {
    for (raw, number) in
        [("14", 14), (" 14a ", 14), ("14 A", 14), ("221B", 221), ("12-14", 12), ("26/28", 26), ("3 bis", 3)]
    {
        assert_eq!(house_number(raw), Some(number), "{raw:?}");
    }
    for raw in ["", "a14", "0", "14 and more", "12-", "99999999999"] {
        assert_eq!(house_number(raw), None, "{raw:?}");
    }
}
