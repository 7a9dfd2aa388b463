//! Blobs in a row: each blob is linked to its nearest neighbour on the right of a like
//! height on the same line, the links make chains, and chains on one straight line with a gap
//! between them (a glare, a lost filler) are joined. A zone's lines come out as long chains,
//! tilted as the document is.

use crate::blobs::Blob;

/// A chain shorter than this is no line of a zone (30 characters at the least).
const MIN_MEMBERS: usize = 10;

/// Blobs on one line, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    /// The blobs, by their centres' x.
    pub members: Vec<Blob>,
    /// The slope of the line through their centres (dy/dx).
    pub slope: f32,
    /// Where that line crosses x = 0.
    pub intercept: f32,
    /// The members' median height.
    pub height: f32,
}

impl Line {
    fn of(members: Vec<Blob>) -> Self {
        let n = members.len() as f32;
        let (mx, my) = members.iter().map(Blob::centre).fold((0.0, 0.0), |a, c| (a.0 + c.0 / n, a.1 + c.1 / n));
        let (mut sxy, mut sxx) = (0.0, 0.0);
        for (x, y) in members.iter().map(Blob::centre) {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
        }
        let slope = if sxx > 0.0 { sxy / sxx } else { 0.0 };
        let mut heights: Vec<f32> = members.iter().map(Blob::height).collect();
        heights.sort_by(f32::total_cmp);
        let height = heights[heights.len() / 2];
        Self { members, slope, intercept: my - slope * mx, height }
    }

    /// The line's y at `x`.
    pub fn y_at(&self, x: f32) -> f32 {
        self.intercept + self.slope * x
    }
}

fn alike(a: &Blob, b: &Blob) -> bool {
    let (ha, hb) = (a.height(), b.height());
    ha.max(hb) <= 1.6 * ha.min(hb)
}

/// The lines of text among `blobs`, long enough to be a zone's.
pub fn lines(blobs: &[Blob]) -> Vec<Line> {
    let mut blobs: Vec<Blob> =
        blobs.iter().copied().filter(|b| b.height() >= 5.0 && b.width() <= 2.5 * b.height()).collect();
    blobs.sort_by(|a, b| a.centre().0.total_cmp(&b.centre().0));
    // Each blob's nearest right neighbour, and the nearest left one's claim on it.
    let mut next: Vec<Option<usize>> = vec![None; blobs.len()];
    let mut prev: Vec<Option<(usize, f32)>> = vec![None; blobs.len()];
    for (i, a) in blobs.iter().enumerate() {
        let (ax, ay) = a.centre();
        let reach = 2.2 * a.height();
        let best = blobs[i + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, b)| b.centre().0 - ax <= reach)
            .filter(|(_, b)| {
                let h = a.height().max(b.height());
                b.centre().0 > ax
                    && (b.centre().1 - ay).abs() <= 0.3 * h
                    && alike(a, b)
                    && b.x0 as f32 - a.x1 as f32 <= 1.2 * h
            })
            .min_by(|x, y| x.1.centre().0.total_cmp(&y.1.centre().0))
            .map(|(j, b)| (i + 1 + j, b.centre().0 - ax));
        if let Some((j, dx)) = best {
            if prev[j].is_none_or(|(_, d)| dx < d) {
                if let Some((old, _)) = prev[j] {
                    next[old] = None;
                }
                prev[j] = Some((i, dx));
                next[i] = Some(j);
            }
        }
    }
    let mut chains: Vec<Line> = Vec::new();
    for start in (0..blobs.len()).filter(|&i| prev[i].is_none()) {
        let mut members = vec![blobs[start]];
        let mut at = start;
        while let Some(j) = next[at] {
            members.push(blobs[j]);
            at = j;
        }
        if members.len() >= 4 {
            chains.push(Line::of(members));
        }
    }
    join(chains).into_iter().filter(|l| l.members.len() >= MIN_MEMBERS).collect()
}

/// Joins chains that continue each other on the same straight line.
fn join(mut chains: Vec<Line>) -> Vec<Line> {
    chains.sort_by(|a, b| a.members[0].centre().0.total_cmp(&b.members[0].centre().0));
    let mut joined = true;
    while joined {
        joined = false;
        'outer: for i in 0..chains.len() {
            let a = &chains[i];
            let end = a.members[a.members.len() - 1].centre().0;
            for j in 0..chains.len() {
                let b = &chains[j];
                let (bx, by) = b.members[0].centre();
                let fits = i != j
                    && bx > end
                    && bx - end <= 9.0 * a.height
                    && (by - a.y_at(bx)).abs() <= 0.35 * a.height
                    && (a.height.max(b.height) <= 1.3 * a.height.min(b.height));
                if fits {
                    let mut members = chains[i].members.clone();
                    members.extend_from_slice(&chains[j].members);
                    let line = Line::of(members);
                    let (hi, lo) = (i.max(j), i.min(j));
                    chains.remove(hi);
                    chains.remove(lo);
                    chains.push(line);
                    joined = true;
                    break 'outer;
                }
            }
        }
    }
    chains
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob(x: u32, y: u32) -> Blob {
        Blob { x0: x, y0: y, x1: x + 8, y1: y + 12, count: 40 }
    }

    #[test]
    fn a_tilted_row_with_a_gap_is_one_line() {
        // 30 characters 11 px apart, rising 1 px in 20, with 4 lost in the middle.
        let row: Vec<Blob> =
            (0..30u32).filter(|i| !(12..16).contains(i)).map(|i| blob(10 + i * 11, 100 - i * 11 / 20)).collect();
        let mut all = row.clone();
        all.push(blob(200, 40)); // a stray blot above
        let found = lines(&all);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].members.len(), 26);
        assert!((found[0].slope + 0.05).abs() < 0.01, "{}", found[0].slope);
    }
}
