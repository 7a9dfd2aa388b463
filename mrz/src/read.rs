//! A picture to an outcome: find the zone, read each cell, mend by the check digits, parse.

use crate::correct;
use crate::glyphs::match_cell;
use crate::gray::Gray;
use crate::parse;
use crate::zone::{self, Grid};
use crate::{binarize, blobs, layout, lines, sample};
use kyc_core::mrz::{MrzData, MrzFormat};
use kyc_core::CalendarDate;

/// At most this many candidate zones are read in one picture (the lowest first).
const MAX_GRIDS: usize = 4;

/// What a picture's zone says. The lines are personal data: never log them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MrzOutcome {
    /// No zone in the picture (none there, or too small, blurred or cut off to find).
    None,
    /// A zone, but a check digit fails or a character is unclear: a wrong read, or a zone
    /// printed wrong. Its text as read.
    Invalid {
        /// The layout the zone has.
        format: MrzFormat,
        /// The lines as read.
        lines: Vec<String>,
    },
    /// A zone whose check digits all hold.
    Valid {
        /// Its fields.
        data: MrzData,
        /// The lines as read (and mended).
        lines: Vec<String>,
    },
}

impl MrzOutcome {
    /// The fields of a valid read.
    pub fn data(&self) -> Option<&MrzData> {
        match self {
            Self::Valid { data, .. } => Some(data),
            _ => None,
        }
    }

    /// `none`, `invalid` or `valid` (the worker's `status`).
    pub fn status(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Invalid { .. } => "invalid",
            Self::Valid { .. } => "valid",
        }
    }
}

/// Reads the zone in a grayscale picture: `luma` is one byte a pixel, rows of `width`. The
/// dates' centuries follow `today` (a birth date lies in the past).
pub fn read_luma(luma: &[u8], width: usize, today: CalendarDate) -> MrzOutcome {
    let Some(gray) = Gray::reduced(luma, width) else {
        return MrzOutcome::None;
    };
    let mut ink = binarize::ink(&gray);
    let found = blobs::blobs(&mut ink, gray.width, (gray.height / 8) as u32);
    let lines = lines::lines(&found);
    let mut outcome = MrzOutcome::None;
    for grid in zone::grids(&lines).into_iter().take(MAX_GRIDS) {
        if !grid.inside(gray.width, gray.height) {
            continue;
        }
        let text = read_grid(&gray, &grid);
        let strings: Vec<String> = text.lines.iter().map(|l| String::from_utf8_lossy(l).into_owned()).collect();
        if text.trusted {
            if let Some(data) = parse::fields(grid.format, &strings, today) {
                return MrzOutcome::Valid { data, lines: strings };
            }
        }
        if outcome == MrzOutcome::None {
            outcome = MrzOutcome::Invalid { format: grid.format, lines: strings };
        }
    }
    outcome
}

/// Reads the zone in an RGBA picture (a canvas's `ImageData`), by its luma (BT.601).
pub fn read_rgba(rgba: &[u8], width: usize, today: CalendarDate) -> MrzOutcome {
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect();
    read_luma(&luma, width, today)
}

fn read_grid(gray: &Gray, grid: &Grid) -> correct::Text {
    let (count, length) = layout::shape(grid.format);
    let cells: Vec<Vec<_>> =
        (0..count).map(|l| (0..length).map(|k| match_cell(&sample::cell(gray, grid, l, k))).collect()).collect();
    correct::read(grid.format, &cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::specimen::picture;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 12, 7).expect("a date")
    }

    const PASSPORT: [&str; 2] =
        ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

    #[test]
    fn a_passport_turned_two_degrees_reads_valid() {
        let (luma, width) = picture(&PASSPORT, 19.0, 2.0);
        match read_luma(&luma, width, today()) {
            MrzOutcome::Valid { data, lines } => {
                assert_eq!(lines, PASSPORT);
                assert_eq!(data.surname, "ERIKSSON");
                assert_eq!(data.expiry_date, CalendarDate::new(2012, 4, 15).ok());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_id_card_reads_valid_and_a_broken_digit_invalid() {
        let card =
            ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"];
        let (luma, width) = picture(&card, 26.0, -1.5);
        assert_eq!(read_luma(&luma, width, today()).status(), "valid");
        let broken = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408123F1204159UTO<<<<<<<<<<<6", card[2]];
        let (luma, width) = picture(&broken, 26.0, -1.5);
        assert_eq!(read_luma(&luma, width, today()).status(), "invalid");
    }

    #[test]
    fn a_canvas_picture_reads_by_its_luma() {
        let (luma, width) = picture(&PASSPORT, 21.0, -2.5);
        let rgba: Vec<u8> = luma.iter().flat_map(|&v| [v, v, v, 255]).collect();
        assert_eq!(read_rgba(&rgba, width, today()).data().map(|d| d.document_number.as_str()), Some("L898902C3"));
    }

    #[test]
    fn a_blank_picture_has_no_zone() {
        assert_eq!(read_luma(&vec![200; 640 * 360], 640, today()), MrzOutcome::None);
    }
}
