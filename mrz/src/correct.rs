//! From the glyph scores of every cell to the zone's text: each position takes the best glyph
//! its kind allows (a `0` where a name is printed is an `O`; an `O` in a date is a `0`), then a
//! failing check digit is mended by the one change among close runner-ups that makes it hold,
//! when exactly one does. Positions no check digit covers (the names of TD2 and TD3) must be
//! read clearly, or the read is not trusted.

use crate::check;
use crate::glyphs::{Scores, GLYPHS};
use crate::layout::{self, Kind};
use kyc_core::mrz::MrzFormat;

/// A runner-up is considered when it scores this close to the best.
const RUNNER_UP: f32 = 0.12;
/// An uncovered character is trusted when it scores this much at least ...
const MIN_UNCOVERED: f32 = 0.55;
/// ... and this much above the next glyph its kind allows.
const MIN_UNCOVERED_LEAD: f32 = 0.04;
/// A covered character below this is no character at all (a blot, a gap).
const MIN_COVERED: f32 = 0.45;

/// The zone's text as mended, and whether it may be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The lines, upper-case ASCII.
    pub lines: Vec<Vec<u8>>,
    /// Every check digit holds and every character was read clearly enough.
    pub trusted: bool,
}

fn allowed(kind: Kind, glyph: u8) -> bool {
    match kind {
        Kind::Alpha => glyph.is_ascii_uppercase() || glyph == b'<',
        Kind::Digit => glyph.is_ascii_digit(),
        Kind::CheckOrFiller => glyph.is_ascii_digit() || glyph == b'<',
        Kind::Any => true,
    }
}

/// The glyphs `kind` allows at a cell, best first, with their scores.
fn ranked(scores: &Scores, kind: Kind) -> Vec<(u8, f32)> {
    let mut out: Vec<(u8, f32)> =
        GLYPHS.iter().zip(scores).filter(|(&g, _)| allowed(kind, g)).map(|(&g, &s)| (g, s)).collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

/// Reads the zone of `format` from its cells' scores (`cells[line][position]`).
pub fn read(format: MrzFormat, cells: &[Vec<Scores>]) -> Text {
    let ranks: Vec<Vec<Vec<(u8, f32)>>> = cells
        .iter()
        .enumerate()
        .map(|(l, line)| line.iter().enumerate().map(|(p, s)| ranked(s, layout::kind(format, l, p))).collect())
        .collect();
    let mut lines: Vec<Vec<u8>> = ranks.iter().map(|line| line.iter().map(|r| r[0].0).collect()).collect();
    let mut clear = true;
    for (l, line) in ranks.iter().enumerate() {
        for (p, r) in line.iter().enumerate() {
            let lead = r[0].1 - r.get(1).map_or(-1.0, |x| x.1);
            if layout::covered(format, l, p) {
                clear &= r[0].1 >= MIN_COVERED;
            } else {
                clear &= r[0].1 >= MIN_UNCOVERED && lead >= MIN_UNCOVERED_LEAD;
            }
        }
    }
    let checks = layout::check_digits(format);
    let mut held = vec![false; checks.len()];
    for (i, c) in checks.iter().enumerate() {
        if !check::holds(c, &lines) {
            // Positions another check digit already vouches for stay as they are.
            let locked = |l: usize, p: usize| {
                checks.iter().zip(&held).any(|(o, &h)| {
                    h && (o.at == (l, p) || o.spans.iter().any(|&(ol, s, e)| ol == l && (s..e).contains(&p)))
                })
            };
            mend(c, &ranks, &mut lines, locked);
        }
        held[i] = check::holds(c, &lines);
    }
    let trusted = clear && held.iter().all(|&h| h);
    Text { lines, trusted }
}

/// Applies the single runner-up change that makes `check` hold, when there is one clear
/// winner (the smallest loss of score, by a margin); otherwise leaves the text.
fn mend(
    check: &layout::CheckDigit,
    ranks: &[Vec<Vec<(u8, f32)>>],
    lines: &mut [Vec<u8>],
    locked: impl Fn(usize, usize) -> bool,
) {
    let positions = check
        .spans
        .iter()
        .flat_map(|&(l, s, e)| (s..e).map(move |p| (l, p)))
        .chain(std::iter::once(check.at))
        .filter(|&(l, p)| !locked(l, p));
    let mut fixes: Vec<(f32, usize, usize, u8)> = Vec::new();
    for (l, p) in positions {
        let r = &ranks[l][p];
        for &(glyph, score) in r.iter().skip(1).take_while(|(_, s)| r[0].1 - s <= RUNNER_UP) {
            let old = lines[l][p];
            lines[l][p] = glyph;
            if check::holds(check, lines) {
                fixes.push((r[0].1 - score, l, p, glyph));
            }
            lines[l][p] = old;
        }
    }
    fixes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let clear_winner = match fixes.as_slice() {
        [only] => Some(only),
        [first, second, ..] if second.0 - first.0 > RUNNER_UP / 2.0 => Some(first),
        _ => None,
    };
    if let Some(&(_, l, p, glyph)) = clear_winner {
        lines[l][p] = glyph;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores that read `text` plainly, with `overrides` (position, glyph, score) added.
    fn cells(text: &[&str], overrides: &[(usize, usize, u8, f32)]) -> Vec<Vec<Scores>> {
        text.iter()
            .enumerate()
            .map(|(l, line)| {
                line.bytes()
                    .enumerate()
                    .map(|(p, c)| {
                        let mut s = [0.1; 37];
                        s[GLYPHS.iter().position(|&g| g == c).unwrap_or(0)] = 0.9;
                        for &(ol, op, g, v) in overrides {
                            if (ol, op) == (l, p) {
                                s[GLYPHS.iter().position(|&x| x == g).unwrap_or(0)] = v;
                            }
                        }
                        s
                    })
                    .collect()
            })
            .collect()
    }

    const L1: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    const L2: &str = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    fn text(t: &Text) -> Vec<String> {
        t.lines.iter().map(|l| String::from_utf8_lossy(l).into_owned()).collect()
    }

    #[test]
    fn a_clean_zone_is_trusted() {
        let t = read(MrzFormat::Td3, &cells(&[L1, L2], &[]));
        assert_eq!(text(&t), [L1, L2]);
        assert!(t.trusted);
    }

    #[test]
    fn the_kind_of_a_position_turns_lookalikes() {
        // An O read in the birth date, a 0 in the name: each position takes what it may hold.
        let t = read(MrzFormat::Td3, &cells(&[L1, L2], &[(1, 13, b'O', 0.95), (0, 5, b'0', 0.95)]));
        assert_eq!(text(&t), [L1, L2]);
        assert!(t.trusted, "the names' E still leads the letters");
    }

    #[test]
    fn a_check_digit_mends_a_close_confusion() {
        // The document number's 8 read as a B (allowed there), the 8 a close second.
        let t = read(MrzFormat::Td3, &cells(&[L1, L2], &[(1, 1, b'B', 0.95), (1, 1, b'8', 0.88)]));
        assert_eq!(text(&t), [L1, L2]);
        assert!(t.trusted);
    }

    #[test]
    fn a_broken_check_digit_is_not_trusted() {
        let broken = "L898902C36UTO7408123F1204159ZE184226B<<<<<10";
        let t = read(MrzFormat::Td3, &cells(&[L1, broken], &[]));
        assert!(!t.trusted);
    }

    #[test]
    fn an_unclear_name_is_not_trusted() {
        let t = read(MrzFormat::Td3, &cells(&[L1, L2], &[(0, 6, b'F', 0.89)]));
        assert!(!t.trusted);
    }
}
