//! Where each format keeps what (ICAO 9303 parts 4 to 6): the kind of character each position
//! may hold, and the fields each check digit covers.

use kyc_core::mrz::MrzFormat;

/// What a position of the zone may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A letter or the filler: names, codes of states, the sex.
    Alpha,
    /// A digit: dates and check digits.
    Digit,
    /// A check digit that may be a filler (an empty optional field, an overflowing number).
    CheckOrFiller,
    /// Letters, digits or fillers: document numbers and optional data.
    Any,
}

/// One check digit: the spans it covers, each `(line, start, end)` with `end` exclusive, and
/// where it is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckDigit {
    /// The covered spans, in the order their characters are weighed.
    pub spans: &'static [(usize, usize, usize)],
    /// The digit's line and position.
    pub at: (usize, usize),
}

/// The lines' count and length of a format.
pub fn shape(format: MrzFormat) -> (usize, usize) {
    match format {
        MrzFormat::Td1 => (3, 30),
        MrzFormat::Td2 => (2, 36),
        MrzFormat::Td3 => (2, 44),
    }
}

/// The format of a zone of `lines` lines of `length` characters.
pub fn format_of(lines: usize, length: usize) -> Option<MrzFormat> {
    [MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3].into_iter().find(|&f| shape(f) == (lines, length))
}

/// Each line's kinds, one letter a position: `A` alpha, `D` digit, `C` check or filler,
/// `X` any.
fn masks(format: MrzFormat) -> &'static [&'static str] {
    match format {
        MrzFormat::Td1 => {
            &["AAAAAXXXXXXXXXCXXXXXXXXXXXXXXX", "DDDDDDDADDDDDDDAAAXXXXXXXXXXXD", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]
        }
        MrzFormat::Td2 => &["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "XXXXXXXXXCAAADDDDDDDADDDDDDDXXXXXXXD"],
        MrzFormat::Td3 => {
            &["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "XXXXXXXXXCAAADDDDDDDADDDDDDDXXXXXXXXXXXXXXCD"]
        }
    }
}

/// The kind of the character at `line`, `position`.
pub fn kind(format: MrzFormat, line: usize, position: usize) -> Kind {
    match masks(format)[line].as_bytes()[position] {
        b'A' => Kind::Alpha,
        b'D' => Kind::Digit,
        b'C' => Kind::CheckOrFiller,
        _ => Kind::Any,
    }
}

const fn cd(spans: &'static [(usize, usize, usize)], at: (usize, usize)) -> CheckDigit {
    CheckDigit { spans, at }
}

const TD1: [CheckDigit; 4] = [
    cd(&[(0, 5, 14)], (0, 14)),
    cd(&[(1, 0, 6)], (1, 6)),
    cd(&[(1, 8, 14)], (1, 14)),
    cd(&[(0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)], (1, 29)),
];
const TD2: [CheckDigit; 4] = [
    cd(&[(1, 0, 9)], (1, 9)),
    cd(&[(1, 13, 19)], (1, 19)),
    cd(&[(1, 21, 27)], (1, 27)),
    cd(&[(1, 0, 10), (1, 13, 20), (1, 21, 35)], (1, 35)),
];
const TD3: [CheckDigit; 5] = [
    cd(&[(1, 0, 9)], (1, 9)),
    cd(&[(1, 13, 19)], (1, 19)),
    cd(&[(1, 21, 27)], (1, 27)),
    cd(&[(1, 28, 42)], (1, 42)),
    cd(&[(1, 0, 10), (1, 13, 20), (1, 21, 43)], (1, 43)),
];

/// The format's check digits, the composite last (it covers the others' fields).
pub fn check_digits(format: MrzFormat) -> &'static [CheckDigit] {
    match format {
        MrzFormat::Td1 => &TD1,
        MrzFormat::Td2 => &TD2,
        MrzFormat::Td3 => &TD3,
    }
}

/// Whether a check digit covers `line`, `position` (the composite covers most of the
/// second line; TD2's and TD3's first line, the names, is covered by none).
pub fn covered(format: MrzFormat, line: usize, position: usize) -> bool {
    check_digits(format)
        .iter()
        .any(|c| c.at == (line, position) || c.spans.iter().any(|&(l, s, e)| l == line && (s..e).contains(&position)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_have_the_formats_lengths() {
        for format in [MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3] {
            let (lines, length) = shape(format);
            assert_eq!(masks(format).len(), lines);
            assert!(masks(format).iter().all(|m| m.len() == length), "{format:?}");
            for c in check_digits(format) {
                assert_ne!(kind(format, c.at.0, c.at.1), Kind::Alpha);
            }
        }
    }
}
