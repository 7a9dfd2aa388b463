//! A cell of the grid sampled as the templates were drawn: one pitch wide, `CELL_HEIGHT`
//! pitches high, turned with the line, each sample the mean of four points of its area.

use crate::glyphs::{CELL_HEIGHT, TH, TW};
use crate::gray::Gray;
use crate::zone::Grid;

/// The ink (255 less the luma) of cell `k` of line `l`, one sample beyond the template on each
/// side for the matcher's shifts.
pub fn cell(gray: &Gray, grid: &Grid, l: usize, k: usize) -> [f32; (TW + 2) * (TH + 2)] {
    let (ox, oy) = grid.origin[l];
    let (sx, sy) = grid.step;
    let (cx, cy) = (ox + sx * k as f32, oy + sy * k as f32);
    // Unit vectors along and across the line, scaled to one sample.
    let pitch = grid.pitch();
    let (ux, uy) = (sx / pitch, sy / pitch);
    let (ax, ay) = (ux * pitch / TW as f32, uy * pitch / TW as f32);
    let down = CELL_HEIGHT * pitch / TH as f32;
    let (dx, dy) = (-uy * down, ux * down);
    let mut out = [0.0; (TW + 2) * (TH + 2)];
    for j in 0..TH + 2 {
        for i in 0..TW + 2 {
            let u = i as f32 - 1.0 + 0.5 - TW as f32 / 2.0;
            let v = j as f32 - 1.0 + 0.5 - TH as f32 / 2.0;
            let mut sum = 0.0;
            for (su, sv) in [(-0.25, -0.25), (0.25, -0.25), (-0.25, 0.25), (0.25, 0.25)] {
                let (uu, vv) = (u + su, v + sv);
                sum += gray.sample(cx + uu * ax + vv * dx, cy + uu * ay + vv * dy);
            }
            out[j * (TW + 2) + i] = 255.0 - sum / 4.0;
        }
    }
    out
}
