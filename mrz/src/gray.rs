//! A grayscale picture (one luma byte a pixel), reduced to a working size and sampled between
//! pixels.

/// Pictures wider than this are reduced by a whole factor (box filter): the zone's characters
/// stay well above the size the reader needs, and the work stays within a frame's time.
const MAX_WIDTH: usize = 1280;

/// A grayscale picture.
#[derive(Debug, Clone)]
pub struct Gray {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Luma, row by row.
    pub pixels: Vec<u8>,
}

impl Gray {
    /// The picture of `luma` (rows of `width` bytes, a partial last row ignored), reduced to
    /// the working size; `None` when it is empty.
    pub fn reduced(luma: &[u8], width: usize) -> Option<Self> {
        if width == 0 || luma.len() < width {
            return None;
        }
        let height = luma.len() / width;
        let factor = width.div_ceil(MAX_WIDTH);
        if factor == 1 {
            return Some(Self { width, height, pixels: luma[..width * height].to_vec() });
        }
        let (w, h) = (width / factor, height / factor);
        let mut pixels = Vec::with_capacity(w * h);
        let area = (factor * factor) as u32;
        for y in 0..h {
            for x in 0..w {
                let mut sum = 0u32;
                for row in luma[(y * factor) * width..].chunks(width).take(factor) {
                    sum += row[x * factor..(x + 1) * factor].iter().map(|&v| u32::from(v)).sum::<u32>();
                }
                pixels.push((sum / area) as u8);
            }
        }
        Some(Self { width: w, height: h, pixels })
    }

    /// The luma at `(x, y)`, interpolated between the four nearest pixels (edges repeated).
    pub fn sample(&self, x: f32, y: f32) -> f32 {
        let x = x.clamp(0.0, (self.width - 1) as f32);
        let y = y.clamp(0.0, (self.height - 1) as f32);
        let (x0, y0) = (x as usize, y as usize);
        let (x1, y1) = ((x0 + 1).min(self.width - 1), (y0 + 1).min(self.height - 1));
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let p = |x: usize, y: usize| f32::from(self.pixels[y * self.width + x]);
        let top = p(x0, y0) + (p(x1, y0) - p(x0, y0)) * fx;
        let bottom = p(x0, y1) + (p(x1, y1) - p(x0, y1)) * fx;
        top + (bottom - top) * fy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_picture_is_reduced_by_a_whole_factor() {
        let luma = vec![100u8; 1920 * 10];
        let g = Gray::reduced(&luma, 1920).expect("a picture");
        assert_eq!((g.width, g.height), (960, 5));
        assert!((g.sample(3.5, 2.5) - 100.0).abs() < 1e-3);
    }

    #[test]
    fn an_empty_picture_is_none() {
        assert!(Gray::reduced(&[], 10).is_none());
        assert!(Gray::reduced(&[1, 2], 0).is_none());
    }
}
