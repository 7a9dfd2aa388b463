//! Zones drawn from the reader's own templates, for tests here and in the proxy (the `specimen`
//! feature): no font, no generated files. The specimens a camera would see come from
//! `scripts/mrz-specimens`.

use crate::glyphs::{raw, CELL_HEIGHT, TH, TW};

/// A 1280 x 720 picture (luma, and its width) of `lines` drawn from the templates: `pitch`
/// pixels a character, the zone turned by `degrees`, dark ink on light paper.
pub fn picture(lines: &[&str], pitch: f32, degrees: f32) -> (Vec<u8>, usize) {
    let (w, h) = (1280usize, 720usize);
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (x0, y0) = (120.0, 420.0);
    let spacing = 1.7 * pitch;
    let mut luma = vec![225u8; w * h];
    for y in 0..h {
        for x in 0..w {
            // Into the zone's own frame: along the lines and down across them.
            let (dx, dy) = (x as f32 - x0, y as f32 - y0);
            let (u, v) = (dx * cos + dy * sin, -dx * sin + dy * cos);
            let row = ((v + spacing / 2.0) / spacing).floor();
            let col = (u / pitch).floor();
            if row < 0.0 || col < 0.0 || row as usize >= lines.len() || col as usize >= lines[0].len() {
                continue;
            }
            let (tu, tv) = (u / pitch - col, (v - row * spacing) / (CELL_HEIGHT * pitch) + 0.5);
            if !(0.0..1.0).contains(&tv) {
                continue;
            }
            let glyph = lines[row as usize].as_bytes()[col as usize];
            let ink = raw(glyph)[(tv * TH as f32) as usize * TW + (tu * TW as f32) as usize];
            luma[y * w + x] = 225 - (u16::from(ink) * 200 / 255) as u8;
        }
    }
    (luma, w)
}
