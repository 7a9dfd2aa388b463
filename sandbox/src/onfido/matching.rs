//! Fuzzy matching of names and addresses against database records, as Onfido's data providers
//! do it: "Catherine Stamley" and "Kate Stanley" are Catherine Stanley, "1/26 Rowland Close" and
//! "Rowland Close, 26a" are 26 Rowland Close; Caroline Stanley and 126 Rowland Close are not.
//!
//! Names: letters compared without case, accents and punctuation; a first name may be a known
//! short form of the one on file; one of the two names may have a typo (one edit, two for long
//! names, none for names of three letters or fewer), not both.
//! Addresses: the postcode must be the same (ZIP+4 compared on its first five digits), the house
//! number on file must be among the numbers given (flat numbers and letter suffixes aside), and
//! the street must match allowing street-type abbreviations and one typo.

use crate::latin::{is_combining_mark, without_diacritics};

/// Short forms of first names; each group is one name.
const NICKNAMES: &[&[&str]] = &[
    &["catherine", "katherine", "kathryn", "kate", "katie", "cathy", "kathy", "cat", "kat"],
    &["william", "will", "bill", "billy", "liam"],
    &["robert", "rob", "bob", "bobby", "robbie"],
    &["elizabeth", "liz", "lizzie", "beth", "betty", "eliza"],
    &["margaret", "maggie", "meg", "peggy"],
    &["james", "jim", "jimmy", "jamie"],
    &["michael", "mike", "mick", "mickey"],
    &["thomas", "tom", "tommy"],
    &["richard", "rick", "dick", "rich"],
    &["edward", "ed", "eddie", "ted", "ned"],
    &["john", "jack", "johnny"],
    &["alexander", "alex", "sandy"],
    &["christopher", "chris", "kit"],
    &["daniel", "dan", "danny"],
    &["jennifer", "jen", "jenny"],
    &["emily", "em", "emmy"],
    &["oliver", "ollie"],
    &["arthur", "art"],
    &["lukas", "lucas", "luke"],
    &["marcus", "marc", "mark"],
    &["priya", "pri"],
];

/// Lower-case ASCII letters and digits, other characters a space; accents dropped (`ß` → `ss`),
/// apostrophes dropped (`O'Brien` → `obrien`).
pub(crate) fn fold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '’' | '`' => {}
            c if is_combining_mark(c) => {}
            c if c.is_ascii_alphanumeric() => out.push(c),
            c => out.push_str(without_diacritics(c).unwrap_or(" ")),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many edits a word of `len` letters may carry and still be the same word.
fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

fn within_typo(a: &str, b: &str) -> bool {
    strsim::damerau_levenshtein(a, b) <= typo_budget(a.len().min(b.len()))
}

/// How alike a name is to the one on file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Likeness {
    Different,
    Typo,
    Nickname,
    Same,
}

fn word_likeness(given: &str, on_file: &str, nicknames: bool) -> Likeness {
    let nickname = || NICKNAMES.iter().any(|group| group.contains(&given) && group.contains(&on_file));
    if given == on_file {
        Likeness::Same
    } else if nicknames && nickname() {
        Likeness::Nickname
    } else if within_typo(given, on_file) {
        Likeness::Typo
    } else {
        Likeness::Different
    }
}

/// The best likeness of any word of `given` to any word of `on_file`, or of the two written
/// together (`Mary Anne` = `Maryanne`).
fn name_likeness(given: &str, on_file: &str, nicknames: bool) -> Likeness {
    let (given, on_file) = (fold(given), fold(on_file));
    let together = word_likeness(&given.replace(' ', ""), &on_file.replace(' ', ""), nicknames);
    let words = given.split(' ').flat_map(|g| on_file.split(' ').map(move |f| (g, f)));
    words.map(|(g, f)| word_likeness(g, f, nicknames)).chain([together]).max().unwrap_or(Likeness::Different)
}

/// Whether the applicant's name is the name on file.
pub(crate) fn name_matches(first: &str, last: &str, first_on_file: &str, last_on_file: &str) -> bool {
    let first = name_likeness(first, first_on_file, true);
    let last = name_likeness(last, last_on_file, false);
    match (first, last) {
        (Likeness::Different, _) | (_, Likeness::Different) => false,
        // One typo is a typo; two are another person.
        (Likeness::Typo, Likeness::Typo) => false,
        _ => true,
    }
}

/// Words that name a unit, not the street.
const UNIT_WORDS: &[&str] = &["flat", "apartment", "apt", "unit", "suite", "no", "nr"];

/// One spelling for street-type words that have several.
fn street_word(word: &str) -> String {
    let long = match word {
        "st" => "street",
        "rd" => "road",
        "ave" | "av" => "avenue",
        "cl" => "close",
        "ln" => "lane",
        "dr" => "drive",
        "ct" => "court",
        "pl" => "place",
        "sq" => "square",
        "gdns" => "gardens",
        "cres" => "crescent",
        "blvd" => "boulevard",
        "str" => "strasse",
        // `Amrumerstr.` is `Amrumerstrasse`.
        w if w.len() > 5 && w.ends_with("str") => return format!("{w}asse"),
        w => w,
    };
    long.to_owned()
}

/// The street of an address line: its words without numbers, unit words or lone letters (the
/// `a` of `26 a`), in one spelling.
fn street(line: &str) -> Vec<String> {
    fold(line)
        .split(' ')
        .filter(|w| w.len() > 1 && !w.bytes().any(|b| b.is_ascii_digit()) && !UNIT_WORDS.contains(w))
        .map(street_word)
        .collect()
}

/// Same words written together or apart (`Amrumerstr.` = `Amrumer Straße`), or word by word
/// with one typo in all (so `Rowan Close` is not `Rowland Close`).
fn streets_match(given: &[String], on_file: &[String]) -> bool {
    if given.is_empty() {
        return false;
    }
    if given.concat() == on_file.concat() {
        return true;
    }
    let edits: Option<Vec<usize>> = (given.len() == on_file.len())
        .then(|| given.iter().zip(on_file).map(|(g, f)| strsim::damerau_levenshtein(g, f)).collect());
    edits.is_some_and(|e| e.iter().sum::<usize>() <= 1 && given.iter().zip(on_file).all(|(g, f)| within_typo(g, f)))
}

/// Every number in an address line: `1/26` gives 1 and 26, `26a` gives 26.
fn numbers(line: &str) -> Vec<u64> {
    line.split(|c: char| !c.is_ascii_digit()).filter_map(|run| run.parse().ok()).collect()
}

/// Letters and digits, upper case; a ZIP+4 reduced to the ZIP.
fn postcode(raw: &str) -> String {
    let code: String = raw.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_uppercase();
    if code.len() == 9 && code.bytes().all(|b| b.is_ascii_digit()) {
        code[..5].to_owned()
    } else {
        code
    }
}

/// Whether an address as given (`line`: flat, number and street in any order and format) is
/// the one on file.
pub(crate) fn address_matches(
    line: &str,
    given_postcode: &str,
    number: &str,
    street_on_file: &str,
    postcode_on_file: &str,
) -> bool {
    let number_on_file = numbers(number).first().copied();
    postcode(given_postcode) == postcode(postcode_on_file)
        && number_on_file.is_some_and(|n| numbers(line).contains(&n))
        && streets_match(&street(line), &street(street_on_file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_name_variations_match_catherine_stanley() {
        for (first, last) in
            [("Catherine", "Stanley"), ("Catherine", "Stamley"), ("Kate", "Stanley"), ("catherine", "STANLEY")]
        {
            assert!(name_matches(first, last, "Catherine", "Stanley"), "{first} {last}");
        }
    }

    #[test]
    fn accents_apostrophes_and_joined_names_do_not_matter() {
        assert!(name_matches("Zoë", "O'Brien", "Zoe", "OBrien"));
        assert!(name_matches("Jana", "Müller", "Jana", "Muller"));
        assert!(name_matches("Mary Anne", "Smith", "Maryanne", "Smith"));
        assert!(name_matches("Lukas Maximilian", "Wagner", "Lukas", "Wagner"));
    }

    #[test]
    fn clearly_different_people_do_not_match() {
        for (first, last) in [
            ("Caroline", "Stanley"),
            ("Catherine", "Stanford"),
            ("Kate", "Stanton"),
            ("Tom", "Stanley"),
            // A typo in each name is a different person.
            ("Catherina", "Stamley"),
            ("Stanley", "Catherine"),
        ] {
            assert!(!name_matches(first, last, "Catherine", "Stanley"), "{first} {last}");
        }
        // Short names allow no typo: Jan is not Jon.
        assert!(!name_matches("Jan", "Smith", "Jon", "Smith"));
    }

    #[test]
    fn the_guides_address_variations_match_26_rowland_close() {
        for line in [
            "26 Rowland Close",
            "1/26 Rowland Close",
            "Rowland Close, 26a",
            "Flat 1, 26 Rowland Cl.",
            "26 rowland close",
        ] {
            assert!(address_matches(line, "OX2 9PL", "26", "Rowland Close", "OX2 9PL"), "{line}");
        }
    }

    #[test]
    fn other_houses_streets_and_postcodes_do_not_match() {
        for (line, code) in [
            ("126 Rowland Close", "OX2 9PL"),
            ("28 Rowland Close", "OX2 9PL"),
            ("26 Rowland Road", "OX2 9PL"),
            ("26 Rowan Close", "OX2 9PL"),
            ("26 Rowland Close", "OX2 9PX"),
            ("26", "OX2 9PL"),
        ] {
            assert!(!address_matches(line, code, "26", "Rowland Close", "OX2 9PL"), "{line}, {code}");
        }
    }

    #[test]
    fn street_spellings_and_zip_plus_four_are_one_address() {
        assert!(address_matches("Amrumer Str. 14", "13353", "14", "Amrumer Straße", "13353"));
        assert!(address_matches("Amrumerstr. 14", "13353", "14", "Amrumer Straße", "13353"));
        assert!(address_matches("1420 Maple Ave", "62704-1234", "1420", "Maple Avenue", "62704"));
        assert!(address_matches("Schoenhauser Allee 80", "10439", "80", "Schönhauser Allee", "10439"));
    }
}
