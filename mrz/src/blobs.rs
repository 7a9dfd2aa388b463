//! Connected ink (8-neighbourhood): each blob's box, the candidates for characters.

/// A blob of ink: its box (`x1`, `y1` exclusive) and its pixel count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Blob {
    /// Left edge.
    pub x0: u32,
    /// Top edge.
    pub y0: u32,
    /// Right edge, exclusive.
    pub x1: u32,
    /// Bottom edge, exclusive.
    pub y1: u32,
    /// Ink pixels.
    pub count: u32,
}

impl Blob {
    /// The box's width.
    pub fn width(&self) -> f32 {
        (self.x1 - self.x0) as f32
    }
    /// The box's height.
    pub fn height(&self) -> f32 {
        (self.y1 - self.y0) as f32
    }
    /// The box's centre.
    pub fn centre(&self) -> (f32, f32) {
        ((self.x0 + self.x1) as f32 / 2.0, (self.y0 + self.y1) as f32 / 2.0)
    }
}

/// The blobs of `ink` (one byte a pixel, 1 for ink; cleared on return) of `width` pixels a
/// row, those no taller than `max_height` (larger ones are pictures and frames, not text).
pub fn blobs(ink: &mut [u8], width: usize, max_height: u32) -> Vec<Blob> {
    let height = ink.len() / width;
    let mut out = Vec::new();
    let mut stack = Vec::new();
    for start in 0..ink.len() {
        if ink[start] != 1 {
            continue;
        }
        ink[start] = 0;
        stack.push(start);
        let (sx, sy) = ((start % width) as u32, (start / width) as u32);
        let mut b = Blob { x0: sx, y0: sy, x1: sx + 1, y1: sy + 1, count: 0 };
        while let Some(i) = stack.pop() {
            let (x, y) = (i % width, i / width);
            b.count += 1;
            b.x0 = b.x0.min(x as u32);
            b.x1 = b.x1.max(x as u32 + 1);
            b.y1 = b.y1.max(y as u32 + 1);
            for ny in y.saturating_sub(1)..(y + 2).min(height) {
                for nx in x.saturating_sub(1)..(x + 2).min(width) {
                    let n = ny * width + nx;
                    if ink[n] == 1 {
                        ink[n] = 0;
                        stack.push(n);
                    }
                }
            }
        }
        if b.y1 - b.y0 <= max_height && b.count >= 6 {
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_strokes_and_a_diagonal() {
        let w = 10;
        let mut ink = vec![0u8; w * 8];
        for y in 1..7 {
            ink[y * w + 1] = 1;
            ink[y * w + 6 + y % 2] = 1;
        }
        let found = blobs(&mut ink, w, 100);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].x0, found[0].y0, found[0].x1, found[0].y1), (1, 1, 2, 7));
        assert_eq!((found[1].x0, found[1].x1, found[1].count), (6, 8, 6));
    }
}
