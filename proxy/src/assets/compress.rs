//! `kyc-proxy assets compress DIR`: the Brotli and gzip siblings of every compressible file of
//! the built SPA (`app.js.br`, `app.js.gz`), made once at build time at the encoders' highest
//! settings, so that the proxy sends them as they are ([`super::encoding`]).

use super::encoding::{Effort, Encoding};
use std::io;
use std::path::{Path, PathBuf};

/// Text and wasm; images other than SVG and fonts are compressed already.
const COMPRESSIBLE: [&str; 10] = ["js", "mjs", "wasm", "css", "html", "svg", "json", "txt", "xml", "map"];

/// A sibling is kept only when it saves this share of the file at least (in percent): below
/// it, the bytes saved do not pay for the decoding.
const MIN_SAVING_PERCENT: usize = 5;

/// What one run did, for the build's log.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Compressed {
    /// Files that got siblings.
    pub files: usize,
    /// Their bytes as they are.
    pub bytes_before: u64,
    /// The sum of each file's smallest encoding.
    pub bytes_after: u64,
    /// Files left as they are (too small a saving).
    pub skipped: usize,
}

/// Writes the siblings of every compressible file under `dir` (stale siblings of a file that
/// no longer gains are removed, so a rebuild never leaves an old encoding beside a new file).
pub fn compress_dir(dir: &Path) -> io::Result<Compressed> {
    let mut done = Compressed::default();
    for path in files_under(dir)? {
        let compressible = path.extension().and_then(|e| e.to_str()).is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let mut smallest = bytes.len();
        for encoding in Encoding::COMPRESSED {
            let sibling = sibling(&path, encoding);
            let encoded = encoding.encode(&bytes, Effort::Most);
            if !encoded.is_empty() && encoded.len() * 100 <= bytes.len() * (100 - MIN_SAVING_PERCENT) {
                std::fs::write(&sibling, &encoded)?;
                smallest = smallest.min(encoded.len());
            } else if sibling.exists() {
                std::fs::remove_file(&sibling)?;
            }
        }
        if smallest < bytes.len() {
            done.files += 1;
            done.bytes_before += bytes.len() as u64;
            done.bytes_after += smallest as u64;
        } else {
            done.skipped += 1;
        }
    }
    Ok(done)
}

/// `app.js` → `app.js.br`.
fn sibling(path: &Path, encoding: Encoding) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(encoding.extension());
    PathBuf::from(name)
}

/// Every file under `dir`, in subdirectories too, in a stable order.
pub fn files_under(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_gets_both_siblings_and_a_file_that_does_not_gain_gets_none() {
        let dir = std::env::temp_dir().join(format!("kyc-compress-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("rest")).unwrap();
        let script = "export function start() { return 'identity verification'; }\n".repeat(50);
        std::fs::write(dir.join("rest/app-0123456789abcdef.js"), &script).unwrap();
        std::fs::write(dir.join("tiny.css"), "a{}").unwrap();
        std::fs::write(dir.join("tiny.css.br"), "stale").unwrap();
        std::fs::write(dir.join("photo.png"), script.as_bytes()).unwrap();

        let done = compress_dir(&dir).unwrap();

        assert_eq!((done.files, done.skipped), (1, 1));
        assert!(dir.join("rest/app-0123456789abcdef.js.br").exists());
        assert!(dir.join("rest/app-0123456789abcdef.js.gz").exists());
        assert!(!dir.join("tiny.css.br").exists() && !dir.join("tiny.css.gz").exists());
        assert!(!dir.join("photo.png.br").exists());
        // A second run finds the same files: siblings are never compressed again.
        assert_eq!(compress_dir(&dir).unwrap(), done);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
