//! The words of street names that are written in several ways (`Straße`, `Str.`, `strasse`;
//! `Fifth`, `5th`) and the filler words people leave out, for [`super::normalise::canonical`].

/// The one form of a word that has several, or `None` for words people often leave out.
pub(crate) fn short_form(word: &str) -> Option<&str> {
    Some(match word {
        "strasse" | "straat" | "str" => "str",
        // In street names `St` is both "Street" and "Saint"; mapping both to it keeps them equal.
        "street" | "st" | "saint" => "st",
        "sainte" | "ste" => "ste",
        "avenue" | "ave" | "av" | "avenida" | "avda" => "ave",
        "boulevard" | "blvd" | "bd" | "bvd" => "bd",
        "place" | "pl" | "platz" | "plac" | "plaza" => "pl",
        "road" | "rd" => "rd",
        "square" | "sq" => "sq",
        "lane" | "ln" => "ln",
        "rue" | "r" => "rue",
        "calle" | "c" | "cl" => "calle",
        "aleja" | "aleje" | "al" => "al",
        "north" | "n" => "n",
        "south" | "s" => "s",
        "east" | "e" | "est" => "e",
        "west" | "w" | "ouest" | "o" => "w",
        "northwest" => "nw",
        "northeast" => "ne",
        "southwest" => "sw",
        "southeast" => "se",
        "first" => "1st",
        "second" => "2nd",
        "third" => "3rd",
        "fourth" => "4th",
        "fifth" => "5th",
        "sixth" => "6th",
        "seventh" => "7th",
        "eighth" => "8th",
        "ninth" => "9th",
        "tenth" => "10th",
        "ul" | "ulica" | "de" | "del" | "della" | "dei" | "di" | "da" | "la" | "le" | "les" | "des" | "du" | "the"
        | "of" | "el" | "los" | "las" => return None,
        other => other,
    })
}

/// Short forms that name a kind of street rather than a street.
pub(crate) const STREET_TYPES: &[&str] =
    &["str", "st", "ave", "bd", "pl", "rd", "sq", "ln", "rue", "calle", "via", "al", "gasse"];
