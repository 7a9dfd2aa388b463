//! Postal codes: which typed codes belong to a street of the dataset, and their official form.

/// How the codes of a country's streets are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    /// The whole code must be one of the street's.
    Exact,
    /// The street holds the first three characters of codes that have `len` in all: Ireland's
    /// Eircode routing keys (`D02` of `D02 X285`), Canada's forward sortation areas (`M5B` of
    /// `M5B 2H1`).
    RoutingKey { len: usize },
    /// US ZIP codes, alone or with the four-digit add-on (ZIP+4).
    Zip,
}

fn scheme(country: &str) -> Scheme {
    match country {
        "IE" => Scheme::RoutingKey { len: 7 },
        "CA" => Scheme::RoutingKey { len: 6 },
        "US" => Scheme::Zip,
        _ => Scheme::Exact,
    }
}

/// Letters and digits only, upper case: `nw1 6xe` → `NW16XE`, `00-497` → `00497`.
pub(crate) fn compact(raw: &str) -> String {
    raw.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// Whether a compact Canadian code alternates letter, digit, letter, digit, letter, digit.
fn canadian(code: &str) -> bool {
    code.bytes().enumerate().all(|(i, b)| if i % 2 == 0 { b.is_ascii_alphabetic() } else { b.is_ascii_digit() })
}

/// The official form of `input` if it is a postal code of a street listed with `code`.
pub(crate) fn official(country: &str, code: &str, input: &str) -> Option<String> {
    let (key, typed) = (compact(code), compact(input));
    match scheme(country) {
        Scheme::Exact => (typed == key).then(|| code.to_owned()),
        Scheme::RoutingKey { len } => {
            let well_formed = typed.len() == len && (country != "CA" || canadian(&typed));
            (well_formed && typed.starts_with(&key)).then(|| format!("{} {}", &typed[..3], &typed[3..]))
        }
        Scheme::Zip => {
            if !typed.starts_with(&key) || !typed.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            match typed.len() {
                5 => Some(typed),
                9 => Some(format!("{}-{}", &typed[..5], &typed[5..])),
                _ => None,
            }
        }
    }
}

/// Whether `typed` (compact) can be the beginning of a postal code of a street listed with
/// `code`, for suggestions while the user is still typing.
pub(crate) fn could_begin(country: &str, code: &str, typed: &str) -> bool {
    let key = compact(code);
    if typed.is_empty() {
        return false;
    }
    match scheme(country) {
        Scheme::Exact => key.starts_with(typed),
        Scheme::RoutingKey { len } => key.starts_with(typed) || (typed.starts_with(&key) && typed.len() <= len),
        Scheme::Zip => key.starts_with(typed) || (typed.starts_with(&key) && typed.len() <= 9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_compared_in_their_compact_form_and_returned_officially() {
        assert_eq!(official("NL", "1012 LG", "1012lg").as_deref(), Some("1012 LG"));
        assert_eq!(official("PL", "00-497", "00497").as_deref(), Some("00-497"));
        assert_eq!(official("GB", "NW1 6XE", "nw16xe").as_deref(), Some("NW1 6XE"));
        assert_eq!(official("DE", "13353", "13351"), None);
    }

    #[test]
    fn routing_keys_accept_any_full_code_starting_with_them() {
        assert_eq!(official("IE", "D02", "d02 x285").as_deref(), Some("D02 X285"));
        assert_eq!(official("IE", "D02", "D02"), None, "the full Eircode is needed");
        assert_eq!(official("IE", "D02", "D01 X285"), None);
        assert_eq!(official("CA", "M5B", "m5b2h1").as_deref(), Some("M5B 2H1"));
        assert_eq!(official("CA", "M5B", "M5BXH1"), None);
        assert_eq!(official("US", "10001", "10001-1234").as_deref(), Some("10001-1234"));
        assert_eq!(official("US", "10001", "1000"), None);
    }

    #[test]
    fn beginnings_of_codes_are_recognised() {
        assert!(could_begin("DE", "13353", "133"));
        assert!(could_begin("GB", "NW1 6XE", "NW1"));
        assert!(could_begin("IE", "D02", "D02X2"));
        assert!(!could_begin("DE", "13353", "13353123"));
        assert!(!could_begin("DE", "13353", ""));
    }
}
