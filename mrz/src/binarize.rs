//! Ink and paper: a pixel is ink when it is darker than the mean of its neighbourhood by a
//! share (Bradley's adaptive threshold, from an integral image), so a shadow, a glare's
//! gradient or a tinted background do not swallow the characters.

use crate::gray::Gray;

/// A pixel is ink when darker than this share of its neighbourhood's mean ...
const SHARE: u32 = 80;
/// ... and darker by this much at least (flat paper's noise is not ink).
const MIN_DEPTH: u32 = 16;

/// One byte a pixel, 1 for ink.
pub fn ink(gray: &Gray) -> Vec<u8> {
    let (w, h) = (gray.width, gray.height);
    // The neighbourhood spans a few characters of a zone at the sizes a camera sees.
    let radius = (w / 48).max(6);
    let mut integral = vec![0u32; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0u32;
        for x in 0..w {
            row += u32::from(gray.pixels[y * w + x]);
            integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
        }
    }
    let mut out = vec![0u8; w * h];
    // Each column's window edges, computed once for all rows.
    let x0: Vec<usize> = (0..w).map(|x| x.saturating_sub(radius)).collect();
    let x1: Vec<usize> = (0..w).map(|x| (x + radius + 1).min(w)).collect();
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(radius), (y + radius + 1).min(h));
        let (top, bottom) = (&integral[y0 * (w + 1)..(y0 + 1) * (w + 1)], &integral[y1 * (w + 1)..(y1 + 1) * (w + 1)]);
        let rows = (y1 - y0) as u32;
        let pixels = &gray.pixels[y * w..(y + 1) * w];
        for (x, (o, &pixel)) in out[y * w..(y + 1) * w].iter_mut().zip(pixels).enumerate() {
            let (a, b) = (x0[x], x1[x]);
            let sum = bottom[b] + top[a] - top[b] - bottom[a];
            let count = (b - a) as u32 * rows;
            let p = u32::from(pixel) * count;
            *o = u8::from(p * 100 < sum * SHARE && p + MIN_DEPTH * count < sum);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dark_stroke_on_a_gradient_is_ink_and_the_gradient_is_not() {
        let (w, h) = (64, 32);
        let mut pixels: Vec<u8> = (0..w * h).map(|i| 120 + (i % w) as u8).collect();
        for y in 10..20 {
            pixels[y * w + 40] = 20;
        }
        let ink = ink(&Gray { width: w, height: h, pixels });
        assert_eq!(ink[15 * w + 40], 1);
        assert_eq!(ink.iter().filter(|&&v| v == 1).count(), 10);
    }
}
