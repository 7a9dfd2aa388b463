//! Natively only: the build's files of texts, `dist/texts/<part>-<lang>-<hash>.txt`, one per
//! part and language (`src/bin/kyc-texts.rs`, run by `scripts/build-spa`). The name carries a
//! hash of the content as trunk's do, so the proxy serves them to be kept for a year.

use super::account::AccountTexts;
use super::capture::CaptureTexts;
use super::declare::{Part, Table};
use super::rest::RestTexts;
use super::{Lang, Texts};
use std::path::{Path, PathBuf};

/// FNV-1a over `bytes`: enough to tell two builds' files apart, and stable across Rust releases.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The file name of `file`, the texts named `part` (a [`Part`]'s name, or the frame's `form`)
/// in `lang`.
pub(crate) fn name(part: &str, lang: Lang, file: &str) -> String {
    format!("{part}-{}-{:016x}.txt", lang.code(), hash(file.as_bytes()))
}

/// The file of `part` in `lang`, from the translators' table.
pub(crate) fn encoded(part: Part, lang: Lang) -> Result<String, String> {
    match part {
        Part::Main => Texts::encoded(lang),
        Part::Rest => RestTexts::encoded(lang),
        Part::Capture => CaptureTexts::encoded(lang),
        Part::Account => AccountTexts::encoded(lang),
    }
}

/// Writes every part's file in every language into `dir` (made when missing), replacing the
/// texts files of an earlier run; returns their paths.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let old = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    for entry in old.flatten() {
        if entry.path().extension().is_some_and(|e| e == "txt" || e == "br" || e == "gz") {
            std::fs::remove_file(entry.path()).map_err(|e| e.to_string())?;
        }
    }
    let mut paths = Vec::new();
    for part in Part::ALL {
        for lang in Lang::ALL {
            let file = encoded(part, lang).map_err(|e| format!("{} {}: {e}", part.name(), lang.code()))?;
            let path = dir.join(name(part.name(), lang, &file));
            std::fs::write(&path, file).map_err(|e| format!("{}: {e}", path.display()))?;
            paths.push(path);
        }
    }
    // The personal-data form's texts, for the page frame the proxy writes (not a part of the app).
    for lang in Lang::ALL {
        let file = super::form_texts::encoded(lang).map_err(|e| format!("form {}: {e}", lang.code()))?;
        let path = dir.join(name("form", lang, &file));
        std::fs::write(&path, file).map_err(|e| format!("{}: {e}", path.display()))?;
        paths.push(path);
    }
    Ok(paths)
}
