//! Reads a travel document's machine-readable zone (ICAO 9303: passports TD3, ID cards TD1
//! and TD2) from a grayscale picture, checks every check digit and hands over
//! [`kyc_core::mrz::MrzData`] when all of them hold.
//!
//! The same code runs in the browser (a Web Worker, `worker.rs`, built by `scripts/build-mrz`)
//! and natively in the proxy on an uploaded picture ([`read_luma`]). How it works, step by
//! step: [`gray`] reduces the picture, [`binarize`] tells ink from paper, [`blobs`] and
//! [`lines`] find rows of characters, [`zone`] finds two or three of them that form a zone
//! and lays a grid over it, [`sample`] and [`glyphs`] match each cell against the 37 OCR-B
//! templates, [`correct`] turns the scores into text mended by the check digits, and
//! [`parse`] reads the fields. `docs/mrz.md` has the figures.

pub mod binarize;
pub mod blobs;
pub mod check;
pub mod correct;
pub mod glyphs;
pub mod gray;
pub mod layout;
pub mod lines;
pub mod parse;
mod read;
pub mod sample;
#[cfg(any(test, feature = "specimen"))]
pub mod specimen;
pub mod zone;

pub use read::{read_luma, read_rgba, MrzOutcome};
#[cfg(feature = "worker")]
pub mod worker;
