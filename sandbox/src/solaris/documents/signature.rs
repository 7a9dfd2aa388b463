//! The picture of the signature the user "gave" during the simulated call: a pen stroke over a
//! baseline, drawn in code so there is no binary fixture to maintain.

use super::png;

/// Size of the picture in pixels.
pub(crate) const WIDTH: u32 = 240;
pub(crate) const HEIGHT: u32 = 80;

const PAPER: u8 = 255;
const INK: u8 = 32;
const BASELINE: u8 = 200;

/// The signature as a PNG. `seed` varies the stroke, so different people sign differently.
pub(crate) fn picture(seed: u32) -> Vec<u8> {
    png::grayscale(WIDTH, HEIGHT, &pixels(seed))
}

/// The gray pixels of the picture, row by row.
fn pixels(seed: u32) -> Vec<u8> {
    let (width, height) = (WIDTH as usize, HEIGHT as usize);
    let mut pixels = vec![PAPER; width * height];
    for x in 16..width - 16 {
        pixels[66 * width + x] = BASELINE;
    }
    let phase = f64::from(seed % 628) / 100.0;
    for step in 0..2000 {
        // A looping stroke that slowly moves right: a rough, cursive-looking line.
        let t = f64::from(step) / 2000.0;
        let x = 24.0 + 190.0 * t + 9.0 * (t * 60.0 + phase).cos();
        let y = 38.0 + 18.0 * (t * 31.0 + phase).sin() * (1.0 - 0.6 * t);
        ink(&mut pixels, width, x, y);
    }
    pixels
}

/// A round pen tip of radius 1.5 at (`x`, `y`).
fn ink(pixels: &mut [u8], width: usize, x: f64, y: f64) {
    let height = pixels.len() / width;
    for dy in -2i32..=2 {
        for dx in -2i32..=2 {
            if f64::from(dx * dx + dy * dy) > 2.25 {
                continue;
            }
            let (px, py) = (x.round() as i64 + i64::from(dx), y.round() as i64 + i64::from(dy));
            if let (Ok(px), Ok(py)) = (usize::try_from(px), usize::try_from(py)) {
                if px < width && py < height {
                    pixels[py * width + px] = INK;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stroke_is_on_the_paper_and_depends_on_the_seed() {
        let inked = pixels(1).iter().filter(|p| **p == INK).count();
        assert!(inked > 500 && inked < 5000, "{inked}");
        assert_ne!(pixels(1), pixels(2));
        let encoded = picture(1);
        assert!(encoded.starts_with(&png::SIGNATURE));
        assert_eq!(&encoded[16..24], &[0, 0, 0, 240, 0, 0, 0, 80]);
    }
}
