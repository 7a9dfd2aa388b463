//! How typed addresses are compared with official spellings: letters without diacritics and
//! punctuation ([`fold`]), then street-type words and their abbreviations reduced to one short
//! form and filler words dropped ([`canonical`]), so `Amrumer Str.`, `amrumerstrasse` and
//! `Amrumer Straße` all read `amrumer str`.

use super::abbreviations::{short_form, STREET_TYPES};
use crate::latin::{is_combining_mark, without_diacritics};

/// How umlauts lose their dots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Umlauts {
    /// `ä` → `a`, as most keyboards outside the German-speaking countries make people type.
    Plain,
    /// `ä` → `ae`, the German way of writing them without dots.
    German,
}

/// Lower-case ASCII letters and digits separated by single spaces: diacritics dropped (`ß` →
/// `ss`), apostrophes dropped (`O'Connell` → `oconnell`), any other punctuation a space.
pub(crate) fn fold(raw: &str, umlauts: Umlauts) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '’' | '`' | '´' => {}
            c if is_combining_mark(c) => {}
            'ä' | 'ö' | 'ü' if umlauts == Umlauts::German => {
                out.push_str(match c {
                    'ä' => "ae",
                    'ö' => "oe",
                    _ => "ue",
                });
            }
            c if c.is_ascii_alphanumeric() => out.push(c),
            c => match without_diacritics(c) {
                Some(base) => out.push_str(base),
                None => out.push(' '),
            },
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Street types that German and Dutch write together with the name (`Amrumerstraße`).
const GLUED_TYPES: &[&str] = &["strasse", "straat", "str", "platz", "gasse", "allee"];

/// A folded text with glued street types split off, every word in its short form and filler
/// words left out: `amrumerstrasse` → `amrumer str`, `rue de rivoli` → `rue rivoli`.
pub(crate) fn canonical(folded: &str) -> String {
    let mut words = Vec::new();
    for word in folded.split(' ') {
        match GLUED_TYPES.iter().find(|t| word.len() > t.len() + 2 && word.ends_with(*t)) {
            Some(kind) => words.extend([&word[..word.len() - kind.len()], *kind]),
            None => words.push(word),
        }
    }
    words.into_iter().filter_map(short_form).collect::<Vec<_>>().join(" ")
}

/// A canonical text without its street-type words, for people who leave the type out.
pub(crate) fn without_type(canonical: &str) -> Option<String> {
    let words: Vec<&str> = canonical.split(' ').filter(|w| !STREET_TYPES.contains(w)).collect();
    (words.len() < canonical.split(' ').count()).then(|| words.join(" "))
}

/// The text without spaces, for comparing `Monte Napoleone` with `Montenapoleone`.
pub(crate) fn compact(text: &str) -> String {
    text.chars().filter(|c| *c != ' ').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_diacritics_case_and_punctuation() {
        for (raw, plain, german) in [
            ("Amrumer Straße", "amrumer strasse", "amrumer strasse"),
            ("Mönckebergstraße", "monckebergstrasse", "moenckebergstrasse"),
            ("  Nowy  Świat ", "nowy swiat", "nowy swiat"),
            ("Długa", "dluga", "dluga"),
            ("Avenue des Champs-Élysées", "avenue des champs elysees", "avenue des champs elysees"),
            ("O'Connell Street", "oconnell street", "oconnell street"),
            ("Ørsted", "orsted", "orsted"),
            ("Rue du Rho\u{302}ne", "rue du rhone", "rue du rhone"),
        ] {
            assert_eq!(fold(raw, Umlauts::Plain), plain, "{raw}");
            assert_eq!(fold(raw, Umlauts::German), german, "{raw}");
        }
    }

    #[test]
    fn abbreviations_and_glued_types_reach_the_same_form() {
        let canon = |raw: &str| canonical(&fold(raw, Umlauts::Plain));
        for (a, b) in [
            ("Amrumer Str.", "Amrumer Straße"),
            ("Amrumerstrasse", "amrumer strasse"),
            ("Baker St", "Baker Street"),
            ("5th Ave", "Fifth Avenue"),
            ("rue de Rivoli", "Rue Rivoli"),
            ("C/ Alcalá", "Calle de Alcalá"),
            ("ul. Nowy Świat", "Nowy Świat"),
            ("Ste-Catherine O.", "Sainte Catherine Ouest"),
            ("Saint Patrick's Street", "St Patrick's St"),
        ] {
            assert_eq!(canon(a), canon(b), "{a} = {b}");
        }
        assert_eq!(canon("Bahnhofstr. 12"), "bahnhof str 12");
        assert_eq!(without_type("amrumer str").as_deref(), Some("amrumer"));
        assert_eq!(without_type("unter den linden"), None);
    }
}
