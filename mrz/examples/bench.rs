//! The reader over the generated test set (`scripts/mrz-specimens`): the read rate, the
//! reads wrongly called valid, the time per frame. `cargo run --release -p kyc-mrz --example
//! bench -- target/mrz-specimens [--verbose]` (scripts/bench-mrz runs it).

use kyc_core::CalendarDate;
use kyc_mrz::{read_luma, MrzOutcome};
use std::time::Instant;

#[derive(serde::Deserialize)]
struct Truth {
    file: String,
    lines: Vec<String>,
    valid: bool,
    variant: String,
    /// Outside the pictures the targets are set on (far off, dim, tilted 6 degrees).
    #[serde(default)]
    stress: bool,
}

/// A binary PGM's luma and width.
fn pgm(bytes: &[u8]) -> Option<(&[u8], usize)> {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..at]).ok()?);
    }
    let width: usize = fields[1].parse().ok()?;
    Some((&bytes[at + 1..], width))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("target/mrz-specimens", String::as_str);
    let verbose = args.iter().any(|a| a == "--verbose");
    let truth: Vec<Truth> = serde_json::from_slice(&std::fs::read(format!("{dir}/truth.json"))?)?;
    let today = CalendarDate::new(2026, 12, 7)?;
    let (mut right, mut false_valid, mut total_ms, mut frames) = (0, 0, 0.0, 0);
    let (mut stress_right, mut stress_false_valid, mut stress_count) = (0, 0, 0);
    let mut by_variant: std::collections::BTreeMap<&str, (u32, u32)> = Default::default();
    for t in &truth {
        let bytes = std::fs::read(format!("{dir}/{}", t.file))?;
        let (luma, width) = pgm(&bytes).ok_or("not a binary PGM")?;
        let start = Instant::now();
        let outcome = read_luma(luma, width, today);
        if !t.stress {
            total_ms += start.elapsed().as_secs_f64() * 1000.0;
            frames += 1;
        }
        let correct = match &outcome {
            MrzOutcome::Valid { lines, .. } => t.valid && *lines == t.lines,
            MrzOutcome::Invalid { .. } => !t.valid,
            MrzOutcome::None => false,
        };
        let wrong_valid = matches!(&outcome, MrzOutcome::Valid { lines, .. } if !t.valid || *lines != t.lines);
        if t.stress {
            stress_count += 1;
            stress_right += u32::from(correct);
            stress_false_valid += u32::from(wrong_valid);
        } else {
            right += u32::from(correct);
            false_valid += u32::from(wrong_valid);
        }
        let v = by_variant.entry(&t.variant).or_default();
        v.0 += u32::from(correct);
        v.1 += 1;
        if verbose && !correct {
            let read = match &outcome {
                MrzOutcome::Valid { lines, .. } | MrzOutcome::Invalid { lines, .. } => lines.join(" / "),
                MrzOutcome::None => String::new(),
            };
            println!(
                "{} {} (valid: {}):\n  read {read}\n  want {}",
                t.file,
                outcome.status(),
                t.valid,
                t.lines.join(" / ")
            );
        }
    }
    let n = frames;
    println!("read correctly: {right}/{n} ({:.1} %; target 95 %)", 100.0 * f64::from(right) / f64::from(n.max(1)));
    println!("reported valid but wrong: {false_valid} (target 0)");
    println!("native: {:.1} ms per frame (1280x720)", total_ms / f64::from(n.max(1)));
    println!("by variant:");
    for (variant, (ok, count)) in by_variant {
        println!("  {variant}: {ok}/{count}");
    }
    if stress_count > 0 {
        println!("stress variants (far, dim, tilt6; outside the targets): {stress_right}/{stress_count} read correctly, {stress_false_valid} reported valid but wrong");
    }
    Ok(())
}
