//! ICAO 9303 check digits: each character's value (digits as themselves, `A` = 10 ... `Z` =
//! 35, the filler 0) weighed 7, 3, 1 in turn, the sum modulo 10.

use crate::layout::CheckDigit;

/// A character's value, `None` for a character a zone never holds.
pub fn value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'<' => Some(0),
        _ => None,
    }
}

/// The check digit of `chars`.
pub fn digit_of<'a>(chars: impl IntoIterator<Item = &'a u8>) -> Option<u32> {
    let mut sum = 0;
    for (i, &c) in chars.into_iter().enumerate() {
        sum += value(c)? * [7, 3, 1][i % 3];
    }
    Some(sum % 10)
}

/// Whether `check` holds on `lines` (a filler where the digit goes counts as 0, as for an
/// empty optional field).
pub fn holds(check: &CheckDigit, lines: &[Vec<u8>]) -> bool {
    let covered = check.spans.iter().flat_map(|&(l, s, e)| &lines[l][s..e]);
    let printed = lines[check.at.0][check.at.1];
    let printed = if printed == b'<' { Some(0) } else { printed.is_ascii_digit().then(|| u32::from(printed - b'0')) };
    printed.is_some() && digit_of(covered) == printed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_specimen_passports_digits() {
        // ICAO 9303 part 4's specimen: L898902C3 6, 740812 2, 120415 9, ZE184226B<<<<< 1.
        assert_eq!(digit_of(b"L898902C3"), Some(6));
        assert_eq!(digit_of(b"740812"), Some(2));
        assert_eq!(digit_of(b"120415"), Some(9));
        assert_eq!(digit_of(b"ZE184226B<<<<<"), Some(1));
        // The composite: number, birth and expiry with their digits, the personal number.
        assert_eq!(digit_of(b"L898902C3674081221204159ZE184226B<<<<<1"), Some(0));
    }

    #[test]
    fn a_character_outside_the_set_has_no_digit() {
        assert_eq!(digit_of(b"L89a"), None);
    }
}
