//! Names as ICAO 9303 (part 3) writes them into a machine-readable zone: upper case Latin
//! letters only, diacritics dropped, some letters spelt out (Ä as AE or A, ß as SS, Þ as TH),
//! hyphens, commas and spaces as fillers, apostrophes and dots left out. A typed name matches a
//! zone's name if some choice among these spellings gives it.

use crate::name::is_combining_mark;

/// Upper-case letters with diacritics or ligatures, and how the zone may spell each.
const SPELLINGS: &[(&str, &[&str])] = &[
    ("ÀÁÂÃĀĂĄ", &["A"]),
    ("ÇĆĈĊČ", &["C"]),
    ("ĎĐÐ", &["D"]),
    ("ÈÉÊËĒĔĖĘĚ", &["E"]),
    ("ĜĞĠĢ", &["G"]),
    ("ĤĦ", &["H"]),
    ("ÌÍÎÏĨĪĬĮİ", &["I"]),
    ("Ĵ", &["J"]),
    ("Ķ", &["K"]),
    ("ĹĻĽĿŁ", &["L"]),
    ("ŃŅŇŊ", &["N"]),
    ("ÒÓÔÕŌŎŐ", &["O"]),
    ("ŔŖŘ", &["R"]),
    ("ŚŜŞŠȘ", &["S"]),
    ("ŢŤŦȚ", &["T"]),
    ("ÙÚÛŨŪŬŮŰŲ", &["U"]),
    ("Ŵ", &["W"]),
    ("ÝŸŶ", &["Y"]),
    ("ŹŻŽ", &["Z"]),
    ("Ñ", &["N", "NXX"]),
    ("Ä", &["AE", "A"]),
    ("Å", &["AA", "A"]),
    ("ÖØ", &["OE", "O"]),
    ("Ü", &["UE", "U"]),
    ("ÆǼ", &["AE"]),
    ("Œ", &["OE"]),
    ("Ĳ", &["IJ"]),
    ("Þ", &["TH"]),
];

/// One unit of a typed name, as the zone may write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A letter the zone writes as one of these.
    Letter(&'static [&'static str]),
    /// A plain A-Z letter.
    Plain(u8),
    /// A filler between name parts.
    Filler,
}

/// The typed name's units, upper-cased; `None` when it has a letter the zone cannot write
/// (another script: no comparison is possible then).
fn units(typed: &str) -> Option<Vec<Unit>> {
    let mut out = Vec::new();
    // `to_uppercase` already spells ß as SS.
    for c in typed.chars().flat_map(char::to_uppercase) {
        let unit = match c {
            'A'..='Z' => Unit::Plain(c as u8),
            ' ' | '-' | ',' | '\u{2010}' => Unit::Filler,
            '\'' | '’' | '.' => continue,
            c if is_combining_mark(c) => continue,
            c => Unit::Letter(SPELLINGS.iter().find(|(letters, _)| letters.contains(c))?.1),
        };
        // One filler between parts, none at the ends: as the zone prints them after reading.
        if unit == Unit::Filler && matches!(out.last(), None | Some(Unit::Filler)) {
            continue;
        }
        out.push(unit);
    }
    if out.last() == Some(&Unit::Filler) {
        out.pop();
    }
    Some(out)
}

/// Whether `units` can be written as `zone`; with `truncated`, a zone that ends early matches
/// too (a full name field cuts long names).
fn spell(units: &[Unit], zone: &[u8], truncated: bool) -> bool {
    let Some((first, rest)) = units.split_first() else { return zone.is_empty() };
    if zone.is_empty() {
        return truncated;
    }
    match *first {
        Unit::Plain(c) => zone[0] == c && spell(rest, &zone[1..], truncated),
        Unit::Filler => zone[0] == b' ' && spell(rest, &zone[1..], truncated),
        Unit::Letter(options) => options.iter().any(|option| {
            let option = option.as_bytes();
            let whole = zone.starts_with(option) && spell(rest, &zone[option.len()..], truncated);
            whole || (truncated && option.starts_with(zone))
        }),
    }
}

/// Whether the typed name `typed` is the zone's name `zone` (fillers as single spaces), as ICAO
/// transliterates; with `truncated`, `zone` may be a cut-off beginning of it.
pub fn same_name(typed: &str, zone: &str, truncated: bool) -> bool {
    let zone: Vec<u8> = zone.split_whitespace().collect::<Vec<_>>().join(" ").into_bytes();
    units(typed).is_some_and(|units| !zone.is_empty() && spell(&units, &zone, truncated))
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn case_diacritics_and_fillers_are_written_as_icao_does() {
        assert!(same_name("Müller-Lüdenscheidt", "MUELLER LUEDENSCHEIDT", false));
        assert!(same_name("Müller-Lüdenscheidt", "MULLER LUDENSCHEIDT", false));
        assert!(same_name("Weiß", "WEISS", false));
        assert!(same_name("José María", "JOSE MARIA", false));
        assert!(same_name("O'Brien", "OBRIEN", false));
        assert!(same_name("Ærøskøbing", "AEROESKOEBING", false));
        assert!(same_name("  Anna  Maria ", "ANNA MARIA", false));
        // Decomposed: e followed by a combining acute accent.
        assert!(same_name("Rene\u{301}e", "RENEE", false));
    }

    #[test]
    fn other_names_differ() {
        assert!(!same_name("Mueller", "MULLER", false));
        assert!(!same_name("Anna", "ANNA MARIA", false));
        assert!(!same_name("Anna Maria", "ANNA", false));
        assert!(!same_name("Ivanov", "", false));
        assert!(!same_name("Иванов", "IVANOV", false));
    }

    #[test]
    fn a_full_zone_may_cut_the_name_short() {
        assert!(same_name("Wolfeschlegelsteinhausen", "WOLFESCHLEGEL", true));
        assert!(same_name("Jürgen", "JU", true));
        assert!(!same_name("Wolfeschlegelsteinhausen", "WOLFESCHLEGEL", false));
        assert!(!same_name("Anna", "ANNE", true));
    }
}
