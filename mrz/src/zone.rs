//! From lines of text to a zone's grid of cells: two or three parallel lines, one above the
//! other at a line's spacing, of the same pitch and starting at the same place, with as many
//! characters as a format has. The grid follows the lines' tilt, so a document held a few
//! degrees askew is read as if it were straight.

use crate::layout;
use crate::lines::Line;
use kyc_core::mrz::MrzFormat;

/// A zone's grid: cell `k` of line `l` is centred at `origin[l] + k * step`.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// The format the lines' count and length say.
    pub format: MrzFormat,
    /// The centre of each line's first cell.
    pub origin: Vec<(f32, f32)>,
    /// From one cell to the next along a line.
    pub step: (f32, f32),
}

impl Grid {
    /// The pitch (a cell's width) in pixels.
    pub fn pitch(&self) -> f32 {
        self.step.0.hypot(self.step.1)
    }

    /// Whether every character's ink (half a pitch each way along, 0.55 across) lies within a
    /// picture of `width` x `height`: a zone cut off by the frame's edge has cells of nothing,
    /// which must not be read as characters.
    pub fn inside(&self, width: usize, height: usize) -> bool {
        let length = layout::shape(self.format).1 as f32;
        let (ux, uy) = (self.step.0 / self.pitch(), self.step.1 / self.pitch());
        let (half_w, half_h) = (self.pitch() / 2.0, 0.55 * self.pitch());
        self.origin.iter().all(|&(ox, oy)| {
            [0.0, length - 1.0].iter().all(|&k| {
                let (cx, cy) = (ox + self.step.0 * k, oy + self.step.1 * k);
                [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)].iter().all(|&(a, b)| {
                    let x = cx + a * half_w * ux - b * half_h * uy;
                    let y = cy + a * half_w * uy + b * half_h * ux;
                    x >= 0.0 && y >= 0.0 && x <= (width - 1) as f32 && y <= (height - 1) as f32
                })
            })
        })
    }
}

/// A line measured along its direction: each member's place in pitches from the first, the
/// regression of their positions on those places.
struct Measured<'a> {
    line: &'a Line,
    /// Unit vector along the line.
    u: (f32, f32),
    /// Members' centres projected: (along, across).
    points: Vec<(f32, f32)>,
    pitch: f32,
    /// Along-position of the first member's cell.
    start: f32,
    /// Cells from the first member to the last.
    cells: usize,
    across: f32,
}

/// The members' centres of `line` in coordinates along and across `u`.
fn project(line: &Line, u: (f32, f32)) -> Vec<(f32, f32)> {
    line.members
        .iter()
        .map(|b| {
            let (x, y) = b.centre();
            (x * u.0 + y * u.1, -x * u.1 + y * u.0)
        })
        .collect()
}

fn median(mut values: Vec<f32>) -> f32 {
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

fn measure(line: &Line) -> Option<Measured<'_>> {
    let norm = line.slope.hypot(1.0);
    measure_along(line, (1.0 / norm, line.slope / norm))
}

fn measure_along(line: &Line, u: (f32, f32)) -> Option<Measured<'_>> {
    let points = project(line, u);
    let mut gaps: Vec<f32> = points.windows(2).map(|w| w[1].0 - w[0].0).collect();
    gaps.sort_by(f32::total_cmp);
    let guess = *gaps.get(gaps.len() / 2)?;
    // Each member's cell counted from its left neighbour's (a gap is one cell, a few where
    // characters are lost, none where a glare split a character in two), so an error in the
    // guess does not add up along the line.
    let mut ks = vec![0.0f32];
    for w in points.windows(2) {
        let step = ((w[1].0 - w[0].0) / guess).round();
        ks.push(ks[ks.len() - 1] + step);
    }
    let (start, pitch) = fit(&ks, &points.iter().map(|p| p.0).collect::<Vec<_>>())?;
    if pitch <= 2.0 {
        return None;
    }
    let cells = ((points[points.len() - 1].0 - start) / pitch).round() as usize + 1;
    let across = median(points.iter().map(|p| p.1).collect());
    Some(Measured { line, u, across, points, pitch, start, cells })
}

/// Least squares `y = a + b x`.
fn fit(x: &[f32], y: &[f32]) -> Option<(f32, f32)> {
    let n = x.len() as f32;
    let (mx, my) = (x.iter().sum::<f32>() / n, y.iter().sum::<f32>() / n);
    let sxx: f32 = x.iter().map(|v| (v - mx) * (v - mx)).sum();
    if sxx <= 0.0 {
        return None;
    }
    let b = x.iter().zip(y).map(|(a, c)| (a - mx) * (c - my)).sum::<f32>() / sxx;
    Some((my - b * mx, b))
}

/// The grids the lines may form, the lowest first (a zone is at a document's foot).
pub fn grids(lines: &[Line]) -> Vec<Grid> {
    let mut measured: Vec<Measured> =
        lines.iter().filter_map(measure).filter(|m| m.cells >= 24 && m.cells <= 48).collect();
    measured.sort_by(|a, b| b.across.total_cmp(&a.across));
    let mut out = Vec::new();
    for count in [2, 3] {
        for group in measured.windows(count) {
            if let Some(grid) = grid_of(group) {
                out.push(grid);
            }
        }
    }
    out.sort_by(|a, b| foot(b).total_cmp(&foot(a)));
    out
}

/// The grid of `group` (lowest line first), when its lines make a zone.
fn grid_of(group: &[Measured]) -> Option<Grid> {
    let pitch = group.iter().map(|m| m.pitch).sum::<f32>() / group.len() as f32;
    for pair in group.windows(2) {
        let spacing = pair[0].across - pair[1].across;
        let parallel = (pair[0].u.1 - pair[1].u.1).abs() < 0.03;
        let same_pitch = pair[0].pitch.max(pair[1].pitch) <= 1.12 * pair[0].pitch.min(pair[1].pitch);
        if !(1.2 * pitch..=2.8 * pitch).contains(&spacing) || !parallel || !same_pitch {
            return None;
        }
    }
    // One direction for the zone (its lines are printed parallel), every line measured along
    // it, top line first.
    let weight = |m: &Measured| m.points.len() as f32;
    let slope = group.iter().map(|m| m.line.slope * weight(m)).sum::<f32>() / group.iter().map(weight).sum::<f32>();
    let norm = slope.hypot(1.0);
    let u = (1.0 / norm, slope / norm);
    let group: Vec<Measured> = group.iter().rev().map(|m| measure_along(m.line, u)).collect::<Option<_>>()?;
    // The lines start together; a line whose first characters are lost starts later by whole
    // cells.
    let left = group.iter().map(|m| m.start).fold(f32::INFINITY, f32::min);
    if group.iter().any(|m| {
        let off = (m.start - left) / pitch;
        (off - off.round()).abs() > 0.35
    }) {
        return None;
    }
    let cells = group.iter().map(|m| ((m.start - left) / pitch).round() as usize + m.cells).max()?;
    let format = [MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3]
        .into_iter()
        .filter(|&f| layout::shape(f).0 == group.len())
        .min_by_key(|&f| layout::shape(f).1.abs_diff(cells))?;
    let length = layout::shape(format).1;
    if cells > length || length - cells > 3 {
        return None;
    }
    // Each line's own fit on the shared cell numbers, so its start uses every member.
    let mut origin = Vec::new();
    let mut pitches = Vec::new();
    for m in &group {
        let ks: Vec<f32> = m.points.iter().map(|p| ((p.0 - left) / pitch).round()).collect();
        let (a, b) = fit(&ks, &m.points.iter().map(|p| p.0).collect::<Vec<_>>())?;
        pitches.push(b);
        origin.push((a * u.0 - m.across * u.1, a * u.1 + m.across * u.0));
    }
    let pitch = pitches.iter().sum::<f32>() / pitches.len() as f32;
    Some(Grid { format, origin, step: (pitch * u.0, pitch * u.1) })
}

/// How low a grid's last line is.
fn foot(grid: &Grid) -> f32 {
    grid.origin.last().map_or(0.0, |o| o.1)
}
