//! Suggestions while the user types: streets whose name holds the text, the streets of a city
//! the text names, and the streets of a postal code the text begins.

use super::dataset::{city_names, in_country};
use super::normalise::{canonical, compact, fold, Umlauts};
use super::postal;
use super::street::Street;

/// Suggestions returned when the request sets no limit.
pub const DEFAULT_LIMIT: usize = 5;
/// Most suggestions one request gets.
pub const MAX_LIMIT: usize = 10;

/// A street with one of its postal codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Suggestion {
    pub street: &'static Street,
    pub postal_code: &'static str,
}

/// How a street matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    PostalCode,
    NameStart,
    WordStart,
    Inside,
    City,
}

/// Up to `limit` (at most [`MAX_LIMIT`]) suggestions in `country` for `query`, best first and
/// in dataset order among equals. Queries shorter than two letters or digits get none.
pub(crate) fn suggest(country: &str, query: &str, limit: usize) -> Vec<Suggestion> {
    let folded = fold(query, Umlauts::Plain);
    if compact(&folded).len() < 2 {
        return Vec::new();
    }
    let words: Vec<&str> = folded.split(' ').collect();
    // A text starting with a digit-bearing word may begin a postal code, possibly written with a
    // space (`1012 LG`, `NW1 6XE`); shorter beginnings than three characters would match too much.
    let postal_beginnings: Vec<String> = match words[0].bytes().any(|b| b.is_ascii_digit()) {
        true => (1..=words.len()).map(|n| postal::compact(&words[..n].concat())).filter(|p| p.len() >= 3).collect(),
        false => Vec::new(),
    };
    // House numbers typed along with the street take no part in matching names.
    let text = words.iter().copied().filter(|w| !is_house_number(w)).collect::<Vec<_>>().join(" ");
    let mut found = Vec::new();
    for (order, street) in in_country(country).enumerate() {
        let by_name = name_rank(street.name, &text).or_else(|| names_city(street.city, &text).then_some(Rank::City));
        for code in street.postal_codes {
            let by_code = postal_beginnings.iter().any(|p| postal::could_begin(country, code, p));
            if let Some(rank) = by_code.then_some(Rank::PostalCode).or(by_name) {
                found.push((rank, order, Suggestion { street, postal_code: code }));
            }
        }
    }
    // Stable, so a street's postal codes keep their order.
    found.sort_by_key(|(rank, order, _)| (*rank, *order));
    found.into_iter().take(limit.min(MAX_LIMIT)).map(|(.., s)| s).collect()
}

/// Digits with at most one letter after them: `14`, `221b`. (`5th` is part of a name.)
fn is_house_number(word: &str) -> bool {
    let digits = word.strip_suffix(|c: char| c.is_ascii_alphabetic()).unwrap_or(word);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// How well `text` (folded) matches the street `name`, compared both as typed and in canonical
/// form, with umlauts both ways.
fn name_rank(name: &str, text: &str) -> Option<Rank> {
    if compact(text).len() < 2 {
        return None;
    }
    let typed_canonical = canonical(text);
    let mut best: Option<Rank> = None;
    for umlauts in [Umlauts::Plain, Umlauts::German] {
        let folded = fold(name, umlauts);
        let name_canonical = canonical(&folded);
        for (name, typed) in [(folded.as_str(), text), (name_canonical.as_str(), typed_canonical.as_str())] {
            let rank = if typed.is_empty() {
                None
            } else if name.starts_with(typed) {
                Some(Rank::NameStart)
            } else if format!(" {name}").contains(&format!(" {typed}")) {
                Some(Rank::WordStart)
            } else if compact(typed).len() >= 3 && compact(name).contains(&compact(typed)) {
                Some(Rank::Inside)
            } else {
                None
            };
            best = match (best, rank) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
    }
    best
}

/// Whether `text` (folded, three characters or more) begins a word of the city's name or of one
/// of its other names.
fn names_city(city: &'static str, text: &str) -> bool {
    text.len() >= 3
        && city_names(city).any(|name| {
            [Umlauts::Plain, Umlauts::German]
                .into_iter()
                .any(|umlauts| format!(" {}", fold(name, umlauts)).contains(&format!(" {text}")))
        })
}

#[cfg(test)]
mod tests;
