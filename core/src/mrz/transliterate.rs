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

/// The upper case of a Latin letter (Basic Latin, Latin-1, Latin Extended-A), by the layout of
/// those blocks rather than Unicode's case tables, which would cost the app's download more.
/// Letters of other scripts stay as they are (the zone cannot write them anyway).
fn latin_upper(c: char) -> char {
    let code = c as u32;
    let upper = match code {
        0x61..=0x7A => code - 0x20,
        0xE0..=0xFE if code != 0xF7 => code - 0x20,
        0xFF => 0x178,
        // Pairs at an odd code point with their lower case one above.
        0x139..=0x148 | 0x179..=0x17E if code.is_multiple_of(2) => code - 1,
        0x139..=0x148 | 0x179..=0x17E => code,
        // ı (dotless i) is I's; ĸ (kra) and ŉ have no single upper case.
        0x131 => 0x49,
        0x138 | 0x149 => code,
        0x17F => 0x53,
        0x100..=0x17F => code & !1,
        // Ș ș, Ț ț (Latin Extended-B), used in Romanian.
        0x219 | 0x21B => code - 1,
        _ => code,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// The typed name's units, upper-cased; `None` when it has a letter the zone cannot write
/// (another script: no comparison is possible then).
fn units(typed: &str) -> Option<Vec<Unit>> {
    let mut out = Vec::new();
    for c in typed.chars().map(latin_upper) {
        let unit = match c {
            'ß' | 'ẞ' => {
                out.extend([Unit::Plain(b'S'), Unit::Plain(b'S')]);
                continue;
            }
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
    use super::{latin_upper, same_name};

    #[test]
    fn latin_letters_upper_case_as_unicode_says() {
        let letters = (0x61..=0x7Au32).chain(0xE0..=0xFF).chain(0x100..=0x17F).chain([0x219, 0x21B]);
        for c in letters.filter_map(char::from_u32).filter(|&c| c != 'ß' && c != '÷') {
            let unicode: Vec<char> = c.to_uppercase().collect();
            let expected = if unicode.len() == 1 { unicode[0] } else { c };
            assert_eq!(latin_upper(c), expected, "{c} U+{:04X}", c as u32);
        }
    }

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
