//! Natively only: the build's files of texts, `dist/texts/<lang>-<hash>.txt`, one per language
//! (`src/bin/kyc-texts.rs`, run by `scripts/build-spa`). The name carries a hash of the content
//! as trunk's do, so the proxy serves them to be kept for a year.

use super::Lang;
use std::path::{Path, PathBuf};

/// FNV-1a over `bytes`: enough to tell two builds' files apart, and stable across Rust releases.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The file name of `lang`'s `file`.
pub(crate) fn name(lang: Lang, file: &str) -> String {
    format!("{}-{:016x}.txt", lang.code(), hash(file.as_bytes()))
}

/// Writes every language's file into `dir` (made when missing), replacing the files of an
/// earlier run; returns their paths.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let old = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    for entry in old.flatten() {
        let stale = entry
            .file_name()
            .to_str()
            .is_some_and(|n| Lang::ALL.iter().any(|l| n.starts_with(&format!("{}-", l.code()))));
        if stale {
            std::fs::remove_file(entry.path()).map_err(|e| e.to_string())?;
        }
    }
    Lang::ALL
        .iter()
        .map(|&lang| {
            let file = lang.source().encode(lang).map_err(|e| format!("{}: {e}", lang.code()))?;
            let path = dir.join(name(lang, &file));
            std::fs::write(&path, file).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(path)
        })
        .collect()
}
