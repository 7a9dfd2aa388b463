//! The 37 OCR-B glyphs of a zone as templates, and how well a sampled cell matches each. The
//! templates (`glyphs.bin`) are rendered from Debian's OCR-B font by `scripts/mrz-templates`:
//! for each glyph, a cell of one pitch by [`CELL_HEIGHT`] pitches, [`TW`] x [`TH`] bytes, ink
//! 255. Matching is normalised cross-correlation, so the light and the contrast of the
//! picture do not count, and each cell is tried at a pixel's shift each way.

use std::sync::OnceLock;

/// The glyphs in the templates' order.
pub const GLYPHS: &[u8; 37] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
/// A template's width in samples.
pub const TW: usize = 16;
/// A template's height in samples.
pub const TH: usize = 20;
/// A cell's height in pitches (`CELL_H` in `mrz/tools/templates.py`).
pub const CELL_HEIGHT: f32 = 1.25;

const RAW: &[u8; 37 * TW * TH] = include_bytes!("glyphs.bin");

/// How well a cell matches each glyph, in [`GLYPHS`] order: 1 is a perfect match.
pub type Scores = [f32; 37];

/// Each template less its mean, scaled to unit length: a match is then one dot product.
fn templates() -> &'static [[f32; TW * TH]; 37] {
    static TEMPLATES: OnceLock<[[f32; TW * TH]; 37]> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let mut out = [[0.0; TW * TH]; 37];
        for (g, t) in out.iter_mut().enumerate() {
            let raw = &RAW[g * TW * TH..(g + 1) * TW * TH];
            let mean = raw.iter().map(|&v| f32::from(v)).sum::<f32>() / (TW * TH) as f32;
            for (o, &v) in t.iter_mut().zip(raw) {
                *o = f32::from(v) - mean;
            }
            let norm = t.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-6);
            t.iter_mut().for_each(|v| *v /= norm);
        }
        out
    })
}

/// The glyphs tried at every placement: those that match best at the centre one (the others
/// keep their centre score, which is already far below).
const SHORTLIST: usize = 6;

/// The scores of a cell sampled `(TW + 2) x (TH + 2)` (ink high), the best of the nine
/// placements of a template inside it.
pub fn match_cell(patch: &[f32; (TW + 2) * (TH + 2)]) -> Scores {
    let mut scores = [-1.0f32; 37];
    let mut window = [0.0f32; TW * TH];
    let Some(()) = place(patch, 1, 1, &mut window) else {
        return scores;
    };
    for (score, t) in scores.iter_mut().zip(templates()) {
        *score = dot(&window, t);
    }
    let mut order: Vec<usize> = (0..37).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    for (dx, dy) in [(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2)] {
        if place(patch, dx, dy, &mut window).is_none() {
            continue;
        }
        for &g in &order[..SHORTLIST] {
            scores[g] = scores[g].max(dot(&window, &templates()[g]));
        }
    }
    scores
}

/// The template-sized window of `patch` at `(dx, dy)`, less its mean and scaled to unit length;
/// `None` when it is flat (nothing to match).
fn place(patch: &[f32; (TW + 2) * (TH + 2)], dx: usize, dy: usize, window: &mut [f32; TW * TH]) -> Option<()> {
    for y in 0..TH {
        let row = (y + dy) * (TW + 2) + dx;
        window[y * TW..(y + 1) * TW].copy_from_slice(&patch[row..row + TW]);
    }
    let mean = window.iter().sum::<f32>() / (TW * TH) as f32;
    window.iter_mut().for_each(|v| *v -= mean);
    let norm = window.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm < 1e-3 {
        return None;
    }
    window.iter_mut().for_each(|v| *v /= norm);
    Some(())
}

fn dot(a: &[f32; TW * TH], b: &[f32; TW * TH]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The template of `glyph` as stored (ink 255), for tests that draw a zone.
#[cfg(any(test, feature = "specimen"))]
pub fn raw(glyph: u8) -> &'static [u8] {
    let g = GLYPHS.iter().position(|&c| c == glyph).expect("a zone glyph");
    &RAW[g * TW * TH..(g + 1) * TW * TH]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_template_matches_itself_best() {
        for (g, &glyph) in GLYPHS.iter().enumerate() {
            let mut patch = [0.0; (TW + 2) * (TH + 2)];
            for y in 0..TH {
                for x in 0..TW {
                    patch[(y + 1) * (TW + 2) + x + 1] = f32::from(raw(glyph)[y * TW + x]);
                }
            }
            let scores = match_cell(&patch);
            let best = (0..37).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap_or(0);
            assert_eq!(best, g, "{}", glyph as char);
        }
    }
}
